/** Walks the real interview in Chromium for every public vignette and checks the page shows what `assess` gives for the same answers. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../../src/index.js';
import { launchChromium, publicVignettes, serveDist, walkInterview, type StaticServer } from './helpers.js';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('every public vignette, answered through the page', () => {
  test.each(publicVignettes().map((vignette) => [vignette.id, vignette] as const))('%s', async (_id, vignette) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') {
        errors.push(message.text());
      }
    });
    await page.goto(`${server.url}#/questions`);
    const given = await walkInterview(page, vignette.answers);

    const expected = assess(given);
    const level = await page.getAttribute('[data-triage-level]', 'data-triage-level');
    const causes = await page.$$eval('[data-cause-id]', (elements) => elements.map((element) => element.getAttribute('data-cause-id')));
    expect(level).toBe(expected.triage.level);
    // CONTRACT 5 (v1.1): the causes that need checking now first, then the ranked causes.
    const attention = expected.attention.map((item) => item.id);
    expect(causes).toEqual([...attention, ...expected.causes.map((cause) => cause.id).filter((id) => !attention.includes(id))]);
    // CONTRACT 4: answering only what is asked gives the triage of answering everything.
    expect(level).toBe(assess(vignette.answers).triage.level);
    expect(errors).toEqual([]);
    await context.close();
  });
});
