// End-to-end, the department's report tab (issue 13): the API serves a store filled by `generate history` (synthetic dossiers
// through the desk's own store methods); a planner opens "Báo cáo", picks the first nine months of 2026 and reads the key figures
// with their change on 2025, the charts, and downloads the workbook; a carrier has no such tab and the API refuses it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApi } from './apiServer.mjs';
import { launchChromium, openMap, signIn, screenshots } from './browser.mjs';

const repository = resolve(import.meta.dirname, '../../..');
let api;
let browser;
let expected;

before(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'telecomgis-e2e-reports-'));
  const store = join(folder, 'lich-su.gpkg');
  const cli = join(repository, 'src/TelecomGis.Cli/bin/Release/net10.0/telecomgis.dll');
  const plan = join(repository, 'data/quang-ninh');
  execFileSync('dotnet', [cli, 'generate', 'history', '--plan', plan, '--store', store, '--from', '2025-01-01', '--to', '2026-09-30'], { stdio: 'pipe' });
  // What the page must show, read by the command-line tool from the same store.
  execFileSync('dotnet', [cli, 'report', '--plan', plan, '--store', store, '--period', '2026-9M', '--out', folder], { stdio: 'pipe' });
  expected = JSON.parse(readFileSync(join(folder, 'bao-cao-2026-9M.json'), 'utf8'));
  api = await startApi({ store });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await api?.stop();
});

function figure(tableId, key) {
  return expected.tables.find((t) => t.id === tableId).lines.find((l) => l.key === key);
}

test('a planner reads the nine months of 2026 against 2025, with charts, and downloads the workbook', async () => {
  const { page, blocked } = await openMap(browser, api.url);
  await signIn(page, api.keys.planner);
  const tab = page.locator('[data-tab="reports"]');
  assert.equal((await tab.textContent()).trim(), 'Báo cáo');
  await tab.click();
  const panel = page.locator('[data-panel="reports"]');
  await panel.locator('select[name="year"]').selectOption('2026');
  await panel.locator('select[name="kind"]').selectOption('9M');
  await panel.locator('form.reports-period button[type="submit"]').click();
  await page.waitForSelector('[data-panel="reports"][data-loaded="true"][data-period="2026-9M"]');

  assert.equal((await panel.locator('.reports-title').textContent()).trim(), 'Kỳ báo cáo: 9 tháng đầu năm 2026');
  const received = figure('tham-dinh', 'received');
  const card = panel.locator('.key-figure[data-figure="received"]');
  assert.equal((await card.locator('.value').textContent()).trim(), new Intl.NumberFormat('vi-VN').format(received.current));
  const delta = received.comparisonPercent - 100;
  assert.equal((await card.locator('.change').textContent()).trim(),
    `${delta >= 0 ? '+' : ''}${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(delta)}% so với cùng kỳ`);
  assert.equal((await panel.locator('.key-figure[data-figure="conforms"] .value').textContent()).trim(),
    new Intl.NumberFormat('vi-VN').format(figure('tham-dinh', 'conforms').current));
  assert.match(await panel.locator('.key-figure[data-figure="sharing"] .value').textContent(), /%$/);
  assert.match(await panel.locator('.reports-coverage').textContent(), /^Chưa có dữ liệu/);

  // Three charts drawn: each canvas has pixels that are not blank.
  for (const name of ['bts', 'sharing', 'months']) {
    const inked = await panel.locator(`canvas.chart-${name}`).evaluate((canvas) => {
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
      return count;
    });
    assert.ok(inked > 500, `the ${name} chart is drawn (${inked} pixels)`);
  }

  const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('.download-xlsx').click()]);
  assert.equal(download.suggestedFilename(), 'bao-cao-2026-9M.xlsx');
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an .xlsx is a zip');

  await panel.locator('.key-figures').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshots, 'reports-tab.png') });
  assert.deepEqual(blocked, [], 'nothing the Content-Security-Policy forbids');

  // English, the same figures.
  await page.click('#language');
  assert.equal((await panel.locator('.reports-title').textContent()).trim(), 'Period: first nine months of 2026');
  assert.match(await card.locator('.change').textContent(), /on the same period last year$/);
});

test('a carrier has no report tab, and the API refuses it', async () => {
  const { page } = await openMap(browser, api.url);
  await signIn(page, api.keys.Viettel);
  assert.equal(await page.locator('[data-tab="reports"]').isVisible(), false);
  const response = await fetch(`${api.url}/api/reports?period=2026-9M`, { headers: { Authorization: `Bearer ${api.keys.Viettel}` } });
  assert.equal(response.status, 403);
});
