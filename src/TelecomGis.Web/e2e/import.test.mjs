// End-to-end, the planners' import tab (issue 12, item 2): a department's CSV of postal points, with its own Vietnamese
// headers, previewed on the map; its columns matched to the layer's fields in the mapping table (a column, a fixed value, a
// value map "Điểm BĐVHX=điểm bưu điện văn hóa xã"); the row with a broken latitude listed with its reason; then imported into a draft
// plan version, which the plan list shows as not current.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test('a planner previews a CSV of postal points, maps its columns, sees the rejected row and imports the rest as a draft', async () => {
  const csv = join(mkdtempSync(join(tmpdir(), 'telecomgis-import-')), 'diem-buu-chinh.csv');
  writeFileSync(csv, [
    'Mã;Tên điểm;Loại hình;Mã xã;Kinh độ;Vĩ độ',
    'BC-MC;Bưu cục Móng Cái;Bưu cục;06727;107°57\'57.6"E;21°31\'30"N',
    'VHX-HH;Điểm BĐVHX Hải Hòa;Điểm BĐVHX;06730;107.9776;21.5263',
    'VHX-X;Điểm BĐVHX lỗi;Điểm BĐVHX;06730;107.9776;121.5263',
  ].join('\n'));

  const { page, context } = await openMap(browser, api.url, { hash: '#map=10/21.30/107.50' });
  await signIn(page, api.keys.planner);
  await page.click('[data-tab="import"]');
  const panel = page.locator('[data-panel="import"]');
  assert.equal((await page.locator('[data-tab="import"]').textContent()).trim(), 'Nhập dữ liệu');
  await panel.locator('select[name="layer"]').selectOption('post-offices');
  await panel.locator('input[name="files"]').setInputFiles(csv);
  await panel.locator('.import-preview').click();
  await page.waitForSelector('[data-panel="import"] table.import-mapping');

  // Nothing fills the name, the kind or the operator yet: every row is rejected for it, in Vietnamese.
  assert.match(await panel.locator('table.import-rejected').textContent(), /thiếu tên/);
  assert.equal(await panel.locator('tr[data-field="id"] select').inputValue(), 'Mã');
  assert.equal(await panel.locator('tr[data-field="commune_code"] select').inputValue(), 'Mã xã');

  await panel.locator('tr[data-field="name"] select').selectOption('Tên điểm');
  await panel.locator('tr[data-field="kind"] select').selectOption('Loại hình');
  // The kinds by their Vietnamese names, as the form offers them (the bundle's codes are for English readers and programs).
  const values = panel.locator('tr[data-field="kind"] input[name="values"]');
  assert.equal(await values.getAttribute('placeholder'), '…=bưu cục; …=điểm bưu điện văn hóa xã');
  await values.fill('BC=bưu cục; Điểm BĐVHX=điểm bưu điện văn hóa xã');
  await panel.locator('tr[data-field="operator"] select').selectOption('=');
  await panel.locator('tr[data-field="operator"] input[name="constant"]').fill('VNPost');
  await panel.locator('.import-preview').click();
  await page.waitForSelector('[data-panel="import"] .import-summary[data-accepted="2"]');

  assert.equal(await panel.getAttribute('data-preview-count'), '2', 'the two points taken are drawn on the map');
  const rejected = panel.locator('table.import-rejected tbody tr');
  assert.equal(await rejected.count(), 1);
  assert.equal(await rejected.first().getAttribute('data-number'), '4', 'the row as the spreadsheet numbers it');
  assert.match(await rejected.first().textContent(), /Vĩ độ/);
  assert.match(await panel.locator('.import-notes').textContent(), /kinh độ, vĩ độ từ cột Kinh độ, Vĩ độ/);
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'import-preview.png') });

  // Without "skip", one rejected row stores nothing and says why; with it, a draft version.
  await panel.locator('.import-submit').click();
  await page.waitForSelector('[data-panel="import"] .error');
  assert.match(await panel.locator('.error').textContent(), /vĩ độ 121.5263 nằm ngoài Việt Nam/);
  await panel.locator('input[name="skip"]').check();
  await panel.locator('.import-submit').click();
  await page.waitForSelector('[data-panel="import"] .import-done');
  // The draft is named as the department would (the plan, its import time), never by its hash (Vietnamese first).
  const done = await panel.locator('.import-done').textContent();
  assert.match(done, /^Đã nhận 2 đối tượng và lưu thành Quy hoạch .+, bản nhập lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4} \(bản nháp\)\. /);
  assert.doesNotMatch(done, /[0-9a-f]{12}/);

  const plans = await (await fetch(`${api.url}/api/plans`, { headers: { Authorization: `Bearer ${api.keys.planner}` } })).json();
  assert.equal(plans.length, 2);
  assert.equal(plans.filter((p) => p.current).length, 1);
  const draft = plans.find((p) => !p.current);
  const detail = await (await fetch(`${api.url}/api/plans/${draft.version}`, { headers: { Authorization: `Bearer ${api.keys.planner}` } })).json();
  assert.equal(detail.layer_counts.postal_points, 2);

  // The tab speaks English on request.
  await page.click('#language');
  assert.equal((await page.locator('[data-tab="import"]').textContent()).trim(), 'Import');
  await context.close();
});
