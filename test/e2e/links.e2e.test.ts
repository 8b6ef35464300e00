/**
 * Addresses that survive a reload: a source reference opens its entry at an address of its own
 * (#/result/source-<id>), and reloading that address, or any screen's, lands in the same place.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from './helpers.js';
import { startServer, type StrideServer } from './server.js';
import { answersUntil, caseAnswers, everyScreen, seedSavedProfile, storageScript, type SavedState } from './states.js';

let server: StrideServer;
let browser: Browser;
let saved: SavedState;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
  saved = await seedSavedProfile(server.url, answersUntil(caseAnswers('stenosis-classic')));
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

async function openWith(storage: Readonly<Record<string, string>>, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', timezoneId: 'UTC' });
  await context.addInitScript(storageScript(storage));
  const page = await context.newPage();
  await page.goto(new URL(path, server.url).toString());
  await page.locator('h1').first().waitFor();
  return page;
}

test.each(['result', 'supplements'])('a source reference on the %s page opens its entry, and a reload lands on it again', async (name) => {
  const screen = everyScreen(saved).find((candidate) => candidate.name === name);
  if (screen === undefined) {
    throw new Error(name);
  }
  const page = await openWith(screen.storage, screen.path);
  // A reference inside a closed disclosure is still a link with its own address.
  const reference = page.locator('a.ref').first();
  const href = (await reference.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^#/${name}/source-[a-z0-9_]+$`));
  await page.evaluate((target) => {
    location.hash = target;
  }, href);
  const entry = page.locator(`#${href.split('/').pop() ?? ''}`);
  await expect.poll(() => entry.isVisible()).toBe(true);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(href.split('/').pop());
  expect(await entry.isVisible()).toBe(true);

  await page.reload();
  await page.locator('h1').first().waitFor();
  expect(new URL(page.url()).hash).toBe(href);
  await expect.poll(() => entry.isVisible()).toBe(true);
  const inView = await entry.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= innerHeight;
  });
  expect(inView).toBe(true);
  await page.context().close();
});

test('every screen reloads to the same screen', async () => {
  for (const screen of everyScreen(saved)) {
    const page = await openWith(screen.storage, screen.path);
    const before = await page.locator('h1').first().innerText();
    const url = page.url();
    await page.reload();
    await page.locator('h1').first().waitFor();
    expect(page.url(), screen.name).toBe(url);
    expect(await page.locator('h1').first().innerText(), screen.name).toBe(before);
    await page.context().close();
  }
});
