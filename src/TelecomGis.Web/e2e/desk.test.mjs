// End-to-end, the appraisal desk (issue 10, item 8): a carrier's dossier, sent to the API in the test's setup, reaches the
// appraisers' queue in Vietnamese; an appraiser opens it (its sites on the map and in the table), overrides a rule with a
// written reason, decides the dossier and downloads the letter; a carrier sees only its own dossiers, their status in words.
// The desk's own routes (a decision per site, consultations, issuing) are exercised once the API has them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from './apiServer.mjs';
import { launchChromium, openMap, signIn, settle, screenshots } from './browser.mjs';

let api;
let browser;
let viettel;
let mobifone;
let vnpt;

// The API's codes that must never reach a Vietnamese reader.
const codes = /\b(pending|decided|issued|approved|refused|conforms|does_not_conform|needs_consultation|approve_with_conditions)\b/;

async function submitBatch(carrier, csv, incoming) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'ho-so.csv');
  for (const [name, value] of Object.entries(incoming)) form.append(name, value);
  const response = await fetch(`${api.url}/api/submissions`, { method: 'POST', headers: { Authorization: `Bearer ${api.keys[carrier]}` }, body: form });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).submission.id;
}

before(async () => {
  api = await startApi();
  browser = await launchChromium();
  // The headers carriers write (issue 10, item 9): the dossiers of the whole desk path are read from them.
  const header = 'Nhà mạng,Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao cột (m),Ngụy trang,Dùng chung trạm';
  viettel = await submitBatch('Viettel', [header, 'Viettel,MC-33,107.97826,21.53008,A2b,33,không,', 'Viettel,HL-20,107.0800,20.9500,A1a,12,không,'].join('\n'),
    { incomingNumber: '125/VTQN-KT', incomingDate: '2026-12-01', incomingSigner: 'Nguyễn Văn An', incomingSubject: 'Đề nghị thẩm định vị trí trạm BTS' });
  mobifone = await submitBatch('MobiFone', [header, 'MobiFone,MF-7,107.0850,20.9550,A1a,12,không,'].join('\n'), {});
  vnpt = await submitBatch('VNPT', [header, 'VNPT,VN-33,107.97826,21.53008,A2b,33,không,', 'VNPT,VN-12,107.0900,20.9600,A1a,12,không,'].join('\n'),
    { incomingNumber: '57/VNPT-QN', incomingDate: '2026-12-02', incomingSigner: 'Trần Thị Bình', incomingSubject: 'Đề nghị thẩm định hai vị trí trạm' });
});

after(async () => {
  await browser?.close();
  await api?.stop();
});

test('an appraiser opens a dossier from the queue, overrides a rule with a reason, decides and downloads the letter', async () => {
  const { page, context, blocked } = await openMap(browser, api.url);
  await signIn(page, api.keys.appraiser);
  assert.match(await page.locator('#signin .who').textContent(), / · chuyên viên thẩm định$/);
  const tab = page.locator('[data-tab="desk"]');
  assert.equal((await tab.textContent()).trim(), 'Bàn thẩm định');
  await tab.click();
  await page.waitForSelector('.desk-queue-box[data-loaded="true"]');

  // The queue: both carriers' dossiers, the nearest due first (received first while the server gives no due dates), in Vietnamese.
  const queue = page.locator('table.desk-queue tbody');
  const ids = (await queue.locator('tr').evaluateAll((rows) => rows.map((r) => Number(r.dataset.dossier))));
  assert.ok(ids.includes(viettel) && ids.includes(mobifone), `the queue lists ${ids}`);
  assert.deepEqual(ids, [...ids].sort((a, b) => a - b), 'received first, answered first');
  const line = queue.locator(`tr[data-dossier="${viettel}"]`);
  assert.match(await line.textContent(), /Viettel/);
  assert.equal((await line.locator('.dossier-status').textContent()).trim(), 'Chờ xử lý');
  assert.doesNotMatch(await queue.textContent(), codes);

  // Opened: the facts, the sites in the table, the map fitted to them.
  const before = await page.evaluate(() => location.hash);
  await line.click();
  const dossier = page.locator(`.dossier[data-dossier="${viettel}"]`);
  await dossier.waitFor();
  await page.waitForFunction((was) => location.hash !== was, before, { timeout: 15_000 });
  const [, lat, lon] = /map=[\d.]+\/([\d.]+)\/([\d.]+)/.exec(await page.evaluate(() => location.hash)).map(Number);
  assert.ok(lat > 20.9 && lat < 21.6 && lon > 107.0 && lon < 108.0, `the map shows the dossier's sites (${lat}, ${lon})`);
  const sites = dossier.locator('tr.site-row');
  assert.equal(await sites.count(), 2);
  const tower = dossier.locator('tr.site-row[data-row="1"]');
  assert.match(await tower.textContent(), /MC-33[\s\S]*Cần xin ý kiến[\s\S]*Chưa quyết định/);
  // The dossier's results as a workbook (a zip package), under its Vietnamese name.
  const [workbook] = await Promise.all([page.waitForEvent('download'), dossier.locator('.dossier-xlsx').click()]);
  assert.equal(workbook.suggestedFilename(), `ket-qua-tham-dinh-${viettel}.xlsx`);
  assert.equal(readFileSync(await workbook.path()).subarray(0, 2).toString('latin1'), 'PK');

  // A site unfolded: every rule's outcome in words, with its figure.
  await tower.click();
  const detail = dossier.locator('tr.site-detail[data-row="1"]');
  await detail.waitFor();
  assert.equal(await detail.locator('table.rules tbody tr').count(), 12, 'R01–R12');
  assert.equal((await detail.locator('tr[data-rule="R04"] .outcome').textContent()).trim(), 'Xin ý kiến');
  assert.ok(await detail.locator('table.rules td.num').evaluateAll((cells) => cells.some((c) => /\d/.test(c.textContent))), 'measured figures are shown');

  // An override needs a written reason; with one, the rule passes and the engine's outcome stays beside it.
  const override = detail.locator('form.override-form');
  await override.locator('select[name="rule_id"]').selectOption('R04');
  await override.locator('select[name="outcome"]').selectOption('pass');
  await override.locator('button[type="submit"]').click();
  assert.equal(await override.getAttribute('data-state'), 'failed');
  assert.match(await override.locator('.form-message').textContent(), /Cần ghi rõ lý do/);
  await override.locator('textarea[name="reason"]').fill('Bộ Chỉ huy Quân sự tỉnh đã đồng ý bằng văn bản');
  await override.locator('button[type="submit"]').click();
  const r04 = dossier.locator('tr.site-detail[data-row="1"] tr[data-rule="R04"]');
  await r04.locator('.overridden').waitFor();
  assert.equal((await r04.locator('.outcome').textContent()).trim(), 'Đạt');
  assert.match(await r04.locator('.overridden').textContent(), /kết quả ban đầu: Xin ý kiến · Bộ Chỉ huy Quân sự tỉnh đã đồng ý/);
  assert.equal(await dossier.locator('tr.site-row[data-row="1"]').getAttribute('data-verdict'), 'conforms');

  // The whole dossier's decision, then its letter.
  const decision = dossier.locator('form.batch-decision-form');
  await decision.locator('select[name="outcome"]').selectOption('approved');
  await decision.locator('textarea[name="reason"]').fill('Các vị trí phù hợp quy hoạch');
  await decision.locator('button[type="submit"]').click();
  await page.waitForSelector(`.dossier[data-dossier="${viettel}"] .status .dossier-status[data-status="decided"]`);
  assert.equal((await dossier.locator('.status .dossier-status').textContent()).trim(), 'Đã quyết định');
  await page.waitForSelector(`table.desk-queue tr[data-dossier="${viettel}"] .dossier-status[data-status="decided"]`);
  assert.doesNotMatch(await page.locator('[data-panel="desk"]').textContent(), codes);

  const [letter, download] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(`/api/submissions/${viettel}/letter?format=pdf`)),
    page.waitForEvent('download'),
    dossier.locator('.letter-download[data-format="pdf"]').click(),
  ]);
  assert.equal(letter.status(), 200);
  assert.equal(readFileSync(await download.path()).subarray(0, 4).toString('latin1'), '%PDF');
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'desk-dossier.png') });

  // The draft opens in a tab of its own to read.
  const [preview] = await Promise.all([context.waitForEvent('page'), dossier.locator('.letter-preview').click()]);
  assert.match(preview.url(), /^blob:/);
  await preview.close();

  // A site's dot on the map unfolds its line: MobiFone's one-site dossier is fitted to the middle of the map.
  const was = await page.evaluate(() => location.hash);
  await page.locator(`table.desk-queue tr[data-dossier="${mobifone}"]`).click();
  const single = page.locator(`.dossier[data-dossier="${mobifone}"]`);
  await single.waitFor();
  await page.waitForFunction((h) => location.hash !== h, was, { timeout: 15_000 });
  await page.waitForTimeout(500);
  const box = await page.locator('#map').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await single.locator('tr.site-detail[data-row="1"]').waitFor({ timeout: 15_000 });
  assert.equal(await single.locator('tr.site-row[data-row="1"]').getAttribute('aria-expanded'), 'true');
  await page.locator(`table.desk-queue tr[data-dossier="${viettel}"]`).click();
  await dossier.waitFor();

  // English on request, and back.
  await page.click('#language');
  assert.equal((await tab.textContent()).trim(), 'Appraisal desk');
  assert.equal((await dossier.locator('.status .dossier-status').textContent()).trim(), 'decided');
  await page.click('#language');
  assert.equal((await dossier.locator('.status .dossier-status').textContent()).trim(), 'Đã quyết định');
  assert.deepEqual(blocked, [], 'the desk works under the map\'s Content-Security-Policy');
  await context.close();
});

test('a carrier sees only its own dossiers, their status in words, and no desk', async () => {
  const { page, context } = await openMap(browser, api.url);
  await signIn(page, api.keys.MobiFone);
  assert.match(await page.locator('#signin .who').textContent(), / · doanh nghiệp viễn thông · MobiFone$/, 'the role in words, not "carrier"');
  assert.equal(await page.locator('[data-tab="desk"]').isVisible(), false, 'the desk is the department\'s');
  await page.click('[data-tab="submissions"]');
  await page.waitForSelector('table.submissions tbody tr');
  const ids = async () => (await page.locator('table.submissions tbody tr td:first-child').allTextContents()).map(Number);
  assert.deepEqual(await ids(), [mobifone], 'MobiFone lists its own dossier, not Viettel\'s');
  const row = page.locator('table.submissions tbody tr').first();
  assert.equal((await row.locator('.dossier-status').textContent()).trim(), 'Chờ xử lý');

  // A dossier sent from the map with its incoming document beside the file.
  const file = join(mkdtempSync(join(tmpdir(), 'telecomgis-dossier-')), 'ho-so.csv');
  writeFileSync(file, 'Nhà mạng,Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao cột (m),Ngụy trang,Dùng chung trạm\nMobiFone,MF-8,107.0870,20.9570,A1a,12,không,\n');
  await page.setInputFiles('form.upload input[type="file"]', file);
  await page.fill('form.upload input[name="incomingNumber"]', '88/MBF-KV5');
  await page.fill('form.upload input[name="incomingDate"]', '2026-12-02');
  await page.fill('form.upload input[name="incomingSubject"]', 'Đề nghị thẩm định vị trí trạm BTS');
  const sent = page.waitForRequest((r) => r.url().includes('/api/submissions') && r.method() === 'POST');
  await page.click('form.upload button[type="submit"]');
  // Chromium does not hand a multipart body with a file to the driver; the request's key names the letter it was sent under
  // (dossierUpload.ts), and the desk shows the number once the API records it.
  assert.match((await sent).headers()['idempotency-key'], /:88\/MBF-KV5$/);
  await page.waitForSelector('.progress[data-state="done"]', { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('table.submissions tbody tr').length === 2);
  const mine = await ids();
  assert.ok(mine.includes(mobifone) && !mine.includes(viettel), `MobiFone lists ${mine}`);
  assert.equal((await row.locator('td.dossier-letter').textContent()).trim(), '—', 'no letter before the department answers');
  assert.doesNotMatch(await page.locator('table.submissions').textContent(), codes);
  await context.close();
});

/** Clicks a download button and returns the response's status and the bytes saved. */
async function downloadFrom(page, button, path) {
  const [response, download] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(path)),
    page.waitForEvent('download'),
    button.click(),
  ]);
  return { status: response.status(), bytes: readFileSync(await download.path()) };
}

test('a consultation reply, a decision per site, the draft letter, issuing, 409 after, a correction, and the carrier downloads the same bytes', async (t) => {
  const { page, context } = await openMap(browser, api.url);
  await signIn(page, api.keys.appraiser);
  await page.click('[data-tab="desk"]');
  await page.waitForSelector('.desk-queue-box[data-loaded="true"]');
  await page.locator(`table.desk-queue tr[data-dossier="${vnpt}"]`).click();
  const dossier = page.locator(`.dossier[data-dossier="${vnpt}"]`);
  await dossier.waitFor();
  await dossier.locator('tr.site-row[data-row="2"]').click();
  const site = dossier.locator('tr.site-detail[data-row="2"] form.site-decision-form');
  await site.locator('select[name="decision"]').selectOption('approve');
  await site.locator('button[type="submit"]').click();
  // Either refused (no such route) or recorded and read back: "done" alone comes before the dossier is drawn again.
  await page.waitForFunction((id) => document.querySelector(`.dossier[data-dossier="${id}"] form.site-decision-form`)?.dataset.state === 'failed'
    || document.querySelector(`.dossier[data-dossier="${id}"] tr.site-row[data-row="2"] .site-decision`)?.dataset.decision === 'approve', vnpt);

  // The API decides whether the desk's routes are there: without them, the page says so in Vietnamese and carries on.
  const probe = await (await fetch(`${api.url}/api/submissions/${vnpt}`, { headers: { Authorization: `Bearer ${api.keys.appraiser}` } })).json();
  if (probe.submission.due_date === undefined) {
    assert.equal(await site.getAttribute('data-state'), 'failed');
    assert.equal((await site.locator('.form-message').textContent()).trim(), 'Máy chủ chưa có chức năng này.');
    assert.equal(await dossier.locator('tr.site-row').count(), 2, 'the dossier stays open and usable');
    t.diagnostic('this API has no desk routes yet: checked that the page says so; the desk path runs once it has them');
    await context.close();
    return;
  }

  // The queue's facts: the incoming letter and the due date.
  const line = page.locator(`table.desk-queue tr[data-dossier="${vnpt}"]`);
  assert.match(await line.textContent(), /57\/VNPT-QN/);
  assert.match(await line.locator('td').nth(4).textContent(), /^\d{2}\/\d{2}\/\d{4}$/);
  assert.match(await dossier.locator('td.incoming').textContent(), /57\/VNPT-QN ngày 02\/12\/2026 · Người ký: Trần Thị Bình/);

  // Row 2 approved; row 1 (the tower by the military area) approved with conditions.
  assert.equal((await dossier.locator('tr.site-row[data-row="2"] .site-decision').textContent()).trim(), 'Chấp thuận');
  // Row 1, by the military area: the request to the provincial Military Command, and its reply recorded.
  await dossier.locator('tr.site-row[data-row="1"]').click();
  const consultation = dossier.locator('tr.site-detail[data-row="1"] .consultation');
  const request = await downloadFrom(page, consultation.locator('button.consult-request[data-rule="R04"]'),
    `/api/submissions/${vnpt}/rows/1/consultation-request?rule=R04`);
  assert.equal(request.status, 200);
  assert.equal(request.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a .docx (a zip)');
  const reply = consultation.locator('form.consultation-form');
  await reply.locator('select[name="rule"]').selectOption('R04');
  await reply.locator('select[name="answer"]').selectOption('conditions');
  await reply.locator('button[type="submit"]').click();
  assert.equal((await reply.locator('.form-message').textContent()).trim(), 'Cần ghi số và ngày của văn bản trả lời.');
  await reply.locator('input[name="document_number"]').fill('312/BCH-TM');
  await reply.locator('input[name="date"]').fill('2026-12-04');
  await reply.locator('textarea[name="conditions"]').fill('Cột ngụy trang, chiều cao không quá 33 m');
  await reply.locator('button[type="submit"]').click();
  const recorded = dossier.locator('tr.site-detail[data-row="1"] ul.replies li[data-rule="R04"]');
  await recorded.waitFor();
  assert.match(await recorded.textContent(), /312\/BCH-TM ngày 04\/12\/2026 — Đồng ý có điều kiện \(Cột ngụy trang/);
  assert.notEqual((await dossier.locator('tr.site-detail[data-row="1"] tr[data-rule="R04"] .outcome').textContent()).trim(), 'Xin ý kiến',
    'the reply settles the rule');

  const tower = dossier.locator('tr.site-detail[data-row="1"] form.site-decision-form');
  await tower.locator('select[name="decision"]').selectOption('approve_with_conditions');
  await tower.locator('button[type="submit"]').click();
  assert.equal(await tower.getAttribute('data-state'), 'failed');
  assert.equal((await tower.locator('.form-message').textContent()).trim(), 'Cần ghi rõ điều kiện.');
  await tower.locator('textarea[name="conditions"]').fill('Ngụy trang cột theo ý kiến của Bộ Chỉ huy Quân sự tỉnh');
  await tower.locator('button[type="submit"]').click();
  await page.waitForSelector(`.dossier[data-dossier="${vnpt}"] tr.site-row[data-row="1"] .site-decision[data-decision="approve_with_conditions"]`);
  assert.equal((await dossier.locator('tr.site-row[data-row="1"] .site-decision').textContent()).trim(), 'Chấp thuận có điều kiện');
  await page.waitForSelector(`.dossier[data-dossier="${vnpt}"] .status .dossier-status[data-status="decided"]`);

  // The draft, then the issue under the clerk's number.
  const draft = await downloadFrom(page, dossier.locator('.letter-download[data-format="pdf"]'), `/api/submissions/${vnpt}/letter?format=pdf`);
  assert.equal(draft.status, 200);
  assert.equal(draft.bytes.subarray(0, 4).toString('latin1'), '%PDF');
  await dossier.locator('form.issue-form input[name="register_number"]').fill('15/SKHCN-BCVT');
  await dossier.locator('form.issue-form button[type="submit"]').click();
  await page.waitForSelector(`.dossier[data-dossier="${vnpt}"] .status .dossier-status[data-status="issued"]`);
  assert.equal((await dossier.locator('.status .dossier-status').textContent()).trim(), 'Đã ban hành');
  assert.match(await dossier.locator('ul.issued-letters').textContent(), /Số 15\/SKHCN-BCVT/);
  assert.equal(await dossier.locator('form.issue-form').count(), 0, 'issued once');
  const first = await downloadFrom(page, dossier.locator('.letter-download[data-format="pdf"]'), `/api/submissions/${vnpt}/letter?format=pdf`);
  assert.equal(first.status, 200);

  // Frozen: a change after the issue is refused, in Vietnamese.
  assert.equal(await dossier.locator('tr.site-row[data-row="2"]').getAttribute('aria-expanded'), 'true', 'an opened site stays open across reloads');
  const late = dossier.locator('tr.site-detail[data-row="2"] form.site-decision-form');
  await late.locator('select[name="decision"]').selectOption('refuse');
  await late.locator('textarea[name="reason"]').fill('Thử thay đổi sau khi ban hành');
  await late.locator('button[type="submit"]').click();
  await page.waitForSelector(`.dossier[data-dossier="${vnpt}"] tr.site-detail[data-row="2"] form.site-decision-form[data-state="failed"]`);
  const refusal = (await late.locator('.form-message').textContent()).trim();
  assert.ok(refusal.length > 0);
  assert.doesNotMatch(refusal, /\b(the|is|has|been|letter|issued)\b/i, `in Vietnamese: ${refusal}`);

  // A correction, with its reason, reopens the dossier; the next letter (the register's next number) replaces the first.
  const correction = dossier.locator('form.correction-form');
  await correction.locator('textarea[name="reason"]').fill('Sửa điều kiện ngụy trang của trạm VN-33');
  await correction.locator('button[type="submit"]').click();
  await page.waitForSelector(`.dossier[data-dossier="${vnpt}"] form.issue-form`);
  await dossier.locator('form.issue-form button[type="submit"]').click();
  await page.waitForSelector(`.dossier[data-dossier="${vnpt}"] .status .dossier-status[data-status="issued"]`);
  const letters = dossier.locator('ul.issued-letters li');
  assert.equal(await letters.count(), 2);
  assert.match(await letters.nth(1).textContent(), /thay thế công văn số 15\/SKHCN-BCVT/);
  const issued = await downloadFrom(page, dossier.locator('.letter-download[data-format="pdf"]'), `/api/submissions/${vnpt}/letter?format=pdf`);
  assert.equal(issued.status, 200);
  assert.ok(!issued.bytes.equals(first.bytes), 'the correction is a new letter');
  assert.doesNotMatch(await page.locator('[data-panel="desk"]').textContent(), codes);
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'desk-issued.png') });
  await context.close();

  // The carrier: the status in words and the issued letter, byte for byte.
  const carrier = await openMap(browser, api.url);
  await signIn(carrier.page, api.keys.VNPT);
  await carrier.page.click('[data-tab="submissions"]');
  const row = carrier.page.locator('table.submissions tbody tr').filter({ has: carrier.page.locator(`td:first-child:text-is("${vnpt}")`) });
  await row.waitFor();
  assert.equal((await row.locator('.dossier-status').textContent()).trim(), 'Đã ban hành');
  const copy = await downloadFrom(carrier.page, row.locator('button.carrier-letter[data-format="pdf"]'), `/api/submissions/${vnpt}/letter?format=pdf`);
  assert.equal(copy.status, 200);
  assert.ok(copy.bytes.equals(issued.bytes), 'the carrier gets exactly the issued bytes');
  await carrier.context.close();
});
