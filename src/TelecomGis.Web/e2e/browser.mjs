// Debian's Chromium driven by playwright-core (never a downloaded browser: none can be fetched here), with the flags a
// headless container needs; PLATFORM.md lists them.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const screenshots = join(import.meta.dirname, 'screenshots');

export async function launchChromium() {
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // The browser's own words (a file input's "Chọn tệp", a date field's dd/mm/yyyy) in Vietnamese, as a department's browsers
    // show them, so the screenshots in docs/ carry no English inside a Vietnamese page. Chromium on Linux takes its interface
    // language from LANGUAGE (not --lang) and needs Debian's chromium-l10n for vi.pak.
    env: { ...process.env, LANGUAGE: 'vi' },
  });
}

/** A page of the map at a laptop's size (1366 × 768), or a tablet's in portrait (820 × 1180). */
export async function openMap(browser, url, { hash = '', tablet = false } = {}) {
  const context = await browser.newContext({ viewport: tablet ? { width: 820, height: 1180 } : { width: 1366, height: 768 }, acceptDownloads: true, locale: 'vi-VN' });
  const page = await context.newPage();
  const tiles = [];
  page.on('response', (r) => { if (r.url().includes('/api/tiles/')) tiles.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] }); });
  // The server's Content-Security-Policy (Hosting/SecurityHeaders.cs): anything the map does that it forbids is collected here.
  const blocked = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
  await page.goto(`${url}/${hash}`);
  await page.waitForSelector('body[data-map-ready="true"]', { timeout: 30_000 });
  return { page, context, tiles, blocked };
}

export async function signIn(page, key) {
  await page.fill('#signin input[name="key"]', key);
  await page.click('#signin .signin-button');
  await page.waitForSelector('#signin[data-signed-in="true"]');
}

/** Lets the map finish drawing what it fetched (OpenLayers fires rendercomplete when no tile or source is loading). */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}
