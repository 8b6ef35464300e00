/**
 * The warning-sign checklist in Chromium: "I have none of these" answers a page in one tap, an
 * emergency sign offers the emergency advice at once without marking the other signs "no", and
 * a person who goes on is still asked every sign; the 72-year-old with neurogenic claudication is
 * asked what eases her walking and how long she can walk. Screenshots at phone size, 200% text and in Spanish.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../../src/index.js';
import { es } from '../../web/src/i18n/es.js';
import { launchChromium, publicVignettes, screenshotPath, serveDist, walkInterviewRecorded, type StaticServer } from './helpers.js';

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

const PHONE = { width: 390, height: 844 };

async function open(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'en-US', ...options });
  const page = await context.newPage();
  await page.goto(`${server.url}#/questions`);
  await page.locator('[data-question-id]').first().waitFor();
  return page;
}

/** The answers the page has saved (web/src/state/storage.ts). */
async function savedAnswers(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('stride.interview.v1') ?? '{}') as { answers?: Record<string, unknown> }).answers ?? {});
}

const idsOn = (page: Page): Promise<string[]> =>
  page.$$eval('[data-question-id]', (elements) => elements.map((element) => element.getAttribute('data-question-id') ?? ''));

describe('the warning-sign checklist', () => {
  test('answers every sign of a page "no" with one tap on "I have none of these"', async () => {
    const page = await open();
    const first = await idsOn(page);
    await page.getByRole('button', { name: 'I have none of these' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('checklist-none-phone') });
    await page.getByRole('button', { name: 'I have none of these' }).click();
    await page.getByRole('heading', { level: 1, name: 'Warning signs: part 2 of 2' }).waitFor();
    expect(await savedAnswers(page)).toEqual(Object.fromEntries(first.map((id) => [id, false])));
    await page.context().close();
  });

  test('no longer offers "I have none of these" once a sign is ticked "yes" or "not sure"', async () => {
    const page = await open();
    const none = page.getByRole('button', { name: 'I have none of these' });
    await page.locator('[data-question-id="numbness_tingling"] [data-answer="false"]').click();
    expect(await none.count()).toBe(1);
    await page.locator('[data-question-id="numbness_tingling"] [data-answer="true"]').click();
    expect(await none.count()).toBe(0);
    await page.locator('[data-question-id="numbness_tingling"] [data-answer="null"]').click();
    expect(await none.count()).toBe(0);
    await page.context().close();
  });

  test('offers the emergency advice as soon as a ticked sign makes it an emergency, leaving the other signs unanswered', async () => {
    const page = await open();
    expect(await page.locator('[data-emergency]').count()).toBe(0);
    await page.locator('[data-question-id="bladder_bowel_change"] [data-answer="true"]').click();
    const panel = page.locator('[data-emergency]');
    await panel.waitFor();
    expect(await panel.getAttribute('role')).toBe('alert');
    // The button stays in view at the foot of the screen, however far up the list the person is.
    const go = page.getByRole('button', { name: 'See what to do now' });
    expect(await go.evaluate((element) => element.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    await page.screenshot({ path: screenshotPath('checklist-emergency-phone') });
    await page.getByRole('button', { name: 'See what to do now' }).click();
    await page.locator('[data-triage-level]').waitFor();
    expect(await page.getAttribute('[data-triage-level]', 'data-triage-level')).toBe('emergency');
    const saved = await savedAnswers(page);
    expect(saved).toEqual({ bladder_bowel_change: true });
    // The signs not answered are listed as not checked, never read as "no".
    expect(assess(saved).triage.unanswered).toContain('saddle_numbness');
    await page.context().close();
  });

  test('still asks every sign on the page when the person goes on instead', async () => {
    const page = await open();
    await page.locator('[data-question-id="saddle_numbness"] [data-answer="true"]').click();
    await page.locator('[data-emergency]').waitFor();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Please answer each one' }).waitFor();
    expect(await page.locator('[data-triage-level]').count()).toBe(0);
    const open_ = (await idsOn(page)).filter((id) => id !== 'saddle_numbness');
    for (const id of open_) {
      await page.locator(`[data-question-id="${id}"] [data-answer="false"]`).click();
    }
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.locator('[data-triage-level]').waitFor();
    expect(await page.getAttribute('[data-triage-level]', 'data-triage-level')).toBe('emergency');
    expect(Object.keys(await savedAnswers(page)).sort()).toEqual([...open_, 'saddle_numbness'].sort());
    await page.context().close();
  });

  test('reads well at 200% text and in Spanish on a phone', async () => {
    const page = await open({ locale: 'es-ES', bypassCSP: true });
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await page.getByRole('button', { name: es.interview.noneOfThese }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('checklist-none-es-200-phone') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.locator('[data-question-id="bladder_bowel_change"] [data-answer="true"]').click();
    await page.getByRole('button', { name: es.interview.emergencyShow }).waitFor();
    await page.screenshot({ path: screenshotPath('checklist-emergency-es-200-phone') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.context().close();
  });
});

test('asks the 72-year-old with neurogenic claudication what eases it and how long she can walk', async () => {
  const stenosis = publicVignettes().find((vignette) => vignette.id === 'stenosis-classic');
  if (stenosis === undefined) {
    throw new Error('no stenosis-classic vignette');
  }
  const page = await open();
  const asked: string[] = [];
  await walkInterviewRecorded(page, { ...stenosis.answers, age: 72, walk_minutes_until_pain: 5 }, ({ questionIds }) => {
    asked.push(...questionIds);
    return Promise.resolve();
  });
  expect(asked).toContain('walk_minutes_until_pain');
  expect(asked.some((id) => id === 'relief_sitting' || id === 'relief_leaning_forward')).toBe(true);
  expect(await page.getAttribute('[data-triage-level]', 'data-triage-level')).toBe('soon');
  expect(await page.getAttribute('[data-cause-id]:not([data-attention])', 'data-cause-id')).toBe('spinal_stenosis');
  await page.context().close();
});
