// End-to-end, the department's register tab (issue 11): Viettel's tower in Móng Cái goes through the desk (approved, its letter
// issued), so it enters the register with the letter's number, and an inspector records a visit to it; an appraiser opens
// "Sổ hạ tầng", clicks the tower on the map and reads its record (letter number, installations, history, inspection), then reads
// the list of non-conforming structures as the API gives it and follows an entry to its structure; a carrier has no such tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startApi } from './apiServer.mjs';
import { launchChromium, openMap, signIn, settle, screenshots } from './browser.mjs';

const tower = { lon: 107.97826, lat: 21.53008 };
let api;
let browser;
let structureId;
let letter;

async function call(key, method, path, body, headers = {}) {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', 'Accept-Language': 'vi', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

before(async () => {
  api = await startApi();
  browser = await launchChromium();
  const site = { carrier: 'Viettel', site_code: 'MC-REG-1', ...tower, pole_class: 'A2b', height_m: 33, camouflaged: false, eirp_dbm: 58, azimuth_deg: 120 };
  const submitted = await call(api.keys.Viettel, 'POST', '/api/submissions', site, { 'Idempotency-Key': 'register-e2e' });
  const id = submitted.submission.id;
  await call(api.keys.appraiser, 'POST', `/api/submissions/${id}/decision`, { outcome: 'approved', reason: 'Phù hợp quy hoạch.' });
  letter = (await call(api.keys.appraiser, 'POST', `/api/submissions/${id}/issue`, {})).number;
  structureId = `HS${id}-1`;
  // Its construction permit, recorded by the department (issue 11, 3).
  await call(api.keys.appraiser, 'POST', `/api/register/structures/${structureId}/permits`, {
    kind: 'permit', permit_number: '125/GPXD', permit_date: '2026-11-10', issued_by: 'Sở Xây dựng tỉnh Quảng Ninh',
  });
  await call(api.keys.appraiser, 'POST', '/api/register/inspections', {
    structure_id: structureId, inspected_on: '2026-11-20', inspectors: ['Nguyễn Văn An', 'Trần Thị Bình'],
    findings: 'Cột đúng vị trí và chiều cao được chấp thuận.', outcome: 'compliant',
  });
});

after(async () => {
  await browser?.close();
  await api?.stop();
});

test("an appraiser clicks a tower and reads its record, then the list of non-conforming structures", async () => {
  const { page, blocked } = await openMap(browser, api.url, { hash: `#map=17/${tower.lat}/${tower.lon}` });
  await signIn(page, api.keys.appraiser);
  const tab = page.locator('[data-tab="register"]');
  assert.equal((await tab.textContent()).trim(), 'Sổ hạ tầng');
  await tab.click();
  const panel = page.locator('[data-panel="register"]');
  await page.waitForSelector('[data-panel="register"][data-loaded="true"]');
  await page.waitForFunction(() => Number(document.querySelector('.register-count')?.textContent) > 0);
  await settle(page);

  // The tower stands at the view's centre: a click there opens its record.
  await page.locator('#map').click();
  const record = panel.locator(`.register-record[data-structure="${structureId}"]`);
  await record.waitFor();
  assert.equal((await record.locator('[data-fact="approval"] .letter-number').textContent()).trim(), letter);
  assert.equal(
    (await record.locator('[data-fact="permit"] .permit-text').textContent()).trim(),
    'Giấy phép xây dựng: số 125/GPXD ngày 10/11/2026 của Sở Xây dựng tỉnh Quảng Ninh',
  );
  assert.equal((await record.locator('[data-fact="owner"]').textContent()).trim(), 'Viettel');
  assert.equal((await record.locator('[data-fact="class"]').textContent()).trim(), 'A2b');
  assert.equal((await record.locator('[data-fact="height"]').textContent()).trim(), '33 m');
  assert.equal((await record.locator('[data-fact="status"]').textContent()).trim(), 'đã chấp thuận, chưa xây dựng');
  assert.equal(await record.locator('.register-installations tbody tr').count(), 1);
  const installation = (await record.locator('.register-installations tbody td').allTextContents()).map((s) => s.trim());
  assert.deepEqual(installation, ['Viettel', '4G', '1', '—']);
  const history = (await record.locator('.register-history li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
  assert.equal(history.length, 2);
  // The source document in words, not the register's key ("submission:12").
  assert.match(history[0], /^đề xuất .* người ghi demo-\S+ · nguồn: quyết định thẩm định \(hồ sơ số \d+\)$/);
  assert.match(history[1], new RegExp(`^đã chấp thuận, chưa xây dựng .* số ${letter.replace(/[/.]/g, '\\$&')} · người ghi demo-appraiser`));
  assert.match(await record.locator('.register-inspections li').textContent(), /^20\/11\/2026 · Nguyễn Văn An, Trần Thị Bình · đạt yêu cầu: Cột đúng vị trí/);
  const held = (await call(api.keys.appraiser, 'GET', `/api/register/structures/${structureId}`)).conformity;
  const conformity = (await record.locator('.register-conformity').textContent()).replace(/\s+/g, ' ').trim();
  if (held.conforms) assert.equal(conformity, 'Phù hợp với quy hoạch hiện hành.');
  else for (const f of held.failures) assert.ok(conformity.includes(f.message_vi), `${f.rule_id} in the record`);

  // Zoomed out to the town, the record beside it: the screenshot docs/register-tab.png.
  for (let i = 0; i < 3; i++) await page.click('.ol-zoom-out');
  await settle(page);
  await record.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshots, 'register-tab.png') });

  // The filters: of the structures around Móng Cái, only the new tower is approved, and it is not VNPT's.
  const count = () => page.locator('.register-count').textContent();
  const before = Number(await count());
  assert.ok(before > 1, `${before} structures around the tower`);
  await panel.locator('select[name="status"]').selectOption('approved');
  await page.waitForFunction(() => document.querySelector('.register-count')?.textContent === '1');
  await panel.locator('select[name="carrier"]').selectOption('VNPT');
  await page.waitForFunction(() => document.querySelector('.register-count')?.textContent === '0');
  await panel.locator('select[name="carrier"]').selectOption('');
  await panel.locator('select[name="status"]').selectOption('');
  await page.waitForFunction((n) => document.querySelector('.register-count')?.textContent === String(n), before);

  // The non-conforming list, as the API holds the register against the plan.
  const expected = await call(api.keys.appraiser, 'GET', '/api/register/nonconforming');
  assert.ok(expected.nonconforming > 0);
  assert.equal((await panel.locator('.register-nc-summary').textContent()).trim(),
    `${expected.nonconforming} vị trí không phù hợp trên tổng số ${expected.held} vị trí đã đối chiếu`);
  const groups = panel.locator('.register-nc-group');
  assert.equal(await groups.count(), expected.groups.length);
  const first = expected.groups[0];
  const heading = (await groups.first().locator('h4').textContent()).replace(/\s+/g, ' ').trim();
  const deadline = first.deadline ? `${first.deadline.split('-').reverse().join('/')} (${first.remedy_vi})` : first.remedy_vi;
  assert.equal(heading, `${first.rule_id} ${first.title_vi} · Thời hạn khắc phục: ${deadline} · ${first.count}`);
  const entry = first.structures[0];
  const item = groups.first().locator('li').first();
  assert.equal((await item.locator('.reason').textContent()).trim(), entry.message_vi);

  // The list as a workbook, read by an outside reader (GDAL's XLSX driver): a line per structure and failing rule.
  const [workbook] = await Promise.all([page.waitForEvent('download'), panel.locator('.register-xlsx').click()]);
  assert.match(workbook.suggestedFilename(), /^danh-sach-khong-phu-hop-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheet = execFileSync('ogrinfo', ['-so', await workbook.path(), 'Không phù hợp quy hoạch'], { encoding: 'utf8' });
  const lines = expected.groups.reduce((n, g) => n + g.structures.length, 0);
  assert.match(sheet, new RegExp(`Feature Count: ${lines}\\b`));
  assert.match(sheet, /Kinh độ: Real/);

  // Following an entry zooms to its structure and opens its record with the failing rule and the deadline.
  await item.locator('button.link').click();
  const other = panel.locator(`.register-record[data-structure="${entry.id}"]`);
  await other.waitFor();
  const failure = other.locator(`.register-failures li[data-rule="${first.rule_id}"]`);
  assert.ok((await failure.textContent()).replace(/\s+/g, ' ').includes(`Thời hạn khắc phục: ${deadline}`));
  await page.waitForFunction(() => location.hash.startsWith('#map=17.00/'));
  const [, lat, lon] = (await page.evaluate(() => location.hash)).slice(5).split('/').map(Number);
  assert.ok(Math.abs(lat - entry.lat) < 2e-5 && Math.abs(lon - entry.lon) < 2e-5, `the map is centred on ${entry.id}`);
  assert.deepEqual(blocked, [], 'nothing the Content-Security-Policy forbids');
});

test('a carrier has no register tab, and the API refuses it the lists', async () => {
  const { page } = await openMap(browser, api.url);
  await signIn(page, api.keys.Viettel);
  assert.equal(await page.locator('[data-tab="register"]').isVisible(), false);
  const response = await fetch(`${api.url}/api/register/nonconforming`, { headers: { Authorization: `Bearer ${api.keys.Viettel}` } });
  assert.equal(response.status, 403);
});
