// End-to-end, the planner's tab: a coverage run at a coarse grid (1000 m keeps it to seconds), its gaps listed most people
// first (a click zooms there), a hazard polygon drawn with mouse clicks on the map answered by the resilience analysis, and a
// commune's postal, fiber and coverage figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

test('a planner runs coverage, reads the gaps most people first, draws a storm over Móng Cái and opens a commune', async () => {
  const { page, context } = await openMap(browser, api.url, { hash: '#map=11/21.50/107.90' });
  await signIn(page, api.keys.planner);
  await page.click('[data-tab="planner"]');
  assert.equal((await page.locator('[data-tab="planner"]').textContent()).trim(), 'Quy hoạch');
  await page.selectOption('select[name="resolution"]', '1000');
  await page.click('.run-coverage');
  await page.waitForSelector('.coverage-progress[data-state="finished"]', { timeout: 60_000 }).catch(async (e) => {
    await page.screenshot({ path: join(screenshots, 'planner-failed.png') });
    throw new Error(`${e.message}\n${await page.locator('[data-panel="planner"]').textContent()}`);
  });
  await page.waitForSelector('table.gaps tbody tr');
  const people = (await page.locator('table.gaps tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.dataset.population))));
  assert.ok(people.length > 0, 'some 4G gaps are listed');
  assert.deepEqual(people, [...people].sort((a, b) => b - a), 'most people first');
  // Each gap's communes by the name a planner reads: "Phường Hạ Long", "Đặc khu Cô Tô", never a bare "Hạ Long".
  const named = await page.locator('table.gaps tbody tr td:first-child').allTextContents();
  assert.ok(named.every((cell) => cell.split(', ').every((c) => /^(Xã|Phường|Thị trấn|Đặc khu) /.test(c))), named.join(' / '));
  assert.ok(await page.locator('.layer-item[data-layer="coverage-gaps"] input').isChecked(), 'the gap layer is shown once the run is done');
  await page.click('[data-tab="layers"]');
  await page.locator('.layer-item[data-layer="coverage-share"]').scrollIntoViewIfNeeded();
  assert.match(await page.locator('.layer-item[data-layer="coverage-share"] .legend').textContent(), /80% trở lên/);
  await page.screenshot({ path: join(screenshots, 'planner-layers.png') });
  await page.click('[data-tab="planner"]');

  // A storm's footprint, corner by corner, finished with a double click.
  await page.click('.draw-hazard');
  const box = await page.locator('#map').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (const [dx, dy] of [[-160, -120], [160, -120], [160, 120]]) {
    await page.mouse.click(cx + dx, cy + dy);
    await page.waitForTimeout(350);
  }
  await page.mouse.dblclick(cx - 160, cy + 120);
  await page.waitForSelector('[data-panel="planner"][data-resilience="done"]', { timeout: 60_000 });
  assert.equal(await page.locator('[data-panel="planner"] .error').count(), 0, await page.locator('[data-panel="planner"]').textContent());
  const losses = page.locator('table.losses tbody tr');
  assert.ok(await losses.count() > 0, 'communes lose coverage');
  assert.match(await page.locator('.resilience-summary').textContent(), /Trạm bị ảnh hưởng: [1-9]\d* \/ 1400/);
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'planner-coverage.png') });

  // A gap's row zooms the map to it.
  const before = await page.evaluate(() => location.hash);
  await page.locator('table.gaps tbody tr').first().click();
  await page.waitForFunction((was) => location.hash !== was, before, { timeout: 5_000 });
  assert.notEqual(await page.evaluate(() => location.hash), before);

  // A commune's figures: coverage share per technology, postal service and fiber reach.
  await page.click('[data-tab="commune"]');
  await page.mouse.click(cx, cy);
  await page.waitForSelector('table.postal-figures');
  assert.match(await page.locator('table.postal-figures').textContent(), /Bán kính phục vụ bình quân[\s\S]*km/);
  assert.match(await page.locator('table.postal-figures').textContent(), /Có điểm BĐ-VH xã/);
  assert.ok(await page.locator('table.fiber-figures td[data-reached]').count() === 1);
  assert.ok(await page.locator('table.coverage-figures tr[data-technology="4G"]').count() === 1);
  await page.click('[data-tab="layers"]');
  await page.locator('.layer-item[data-layer="postal-radius"] input').check();
  await page.click('[data-tab="commune"]');
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'planner-commune.png') });
  await page.click('#language');
  assert.match(await page.locator('table.postal-figures').textContent(), /Average service radius/);
  await context.close();
});
