/** After one visit, the whole interview, the result, the report and the supplements page work with the server gone and the network off. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { assess } from '../../src/index.js';
import { launchChromium, publicVignettes, serveDist, walkInterview } from './helpers.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

test('a second visit works offline from the service worker cache', async () => {
  const server = await serveDist();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(server.url);
  // First visit: wait until the service worker has cached the app and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // Take the network away twice over: the server is closed, and the browser is told it is offline.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('link', { name: 'Start the check' }).click();
  const vignette = publicVignettes().find((candidate) => candidate.id === 'sacroiliac-one-side');
  if (vignette === undefined) {
    throw new Error('vignette missing');
  }
  const given = await walkInterview(page, vignette.answers);
  expect(await page.getAttribute('[data-triage-level]', 'data-triage-level')).toBe(assess(given).triage.level);
  // en-GB: the emergency number is 999.
  await expect.poll(() => page.locator('a[href="tel:999"]').count()).toBeGreaterThan(0);

  await page.goto(`${server.url}#/report`);
  await page.getByRole('heading', { level: 1, name: 'Stride summary for your doctor' }).waitFor();
  await page.goto(`${server.url}#/supplements`);
  await page.getByRole('heading', { level: 1, name: 'Supplements for back pain' }).waitFor();

  // The answers survive a reload, offline too.
  await page.reload();
  await page.goto(`${server.url}#/result`);
  await page.waitForSelector('[data-triage-level]');
  await context.close();
});
