/**
 * The clinician page never reads an unasked relief question as "no": after the interview of the
 * 72-year-old with neurogenic claudication, "Eased by" names what eased it and says which reliefs
 * were not asked, rather than "none". Runs the real server, since a share link needs it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from './helpers.js';
import { startServer, type StrideServer } from './server.js';
import { answersUntil, caseAnswers, seedSavedProfile } from './states.js';

let server: StrideServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

test('says which reliefs were not asked, and "not asked" when none was, never "none"', async () => {
  // Answered as the interview asks, so at least one relief question is left unasked.
  const answers = answersUntil({ ...caseAnswers('stenosis-classic'), age: 72, walk_minutes_until_pain: 5 });
  expect(answers['relief_leaning_forward']).toBe(true);
  expect(answers['relief_sitting']).toBeUndefined();
  const lines = async (saved: Record<string, unknown>): Promise<string> => {
    const { shareUrl } = await seedSavedProfile(server.url, saved as Parameters<typeof seedSavedProfile>[1]);
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(shareUrl);
    const pattern = page.locator('.cs-block', { has: page.locator('#cs-pattern') });
    await pattern.waitFor();
    const text = (await pattern.textContent()) ?? '';
    await page.close();
    return text;
  };
  const asked = await lines(answers);
  expect(asked).toContain('Eased by: Leaning forward eases it');
  expect(asked).toContain('not asked: Sitting down eases it');
  expect(asked).not.toContain('Eased by: none');

  const noRelief = Object.fromEntries(Object.entries(answers).filter(([id]) => !id.startsWith('relief_')));
  expect(await lines(noRelief)).toContain('Eased by: not asked');
});
