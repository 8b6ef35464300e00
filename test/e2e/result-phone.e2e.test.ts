/**
 * The result on a 390x844 phone: triage first (a call button in an emergency), then what needs
 * checking now (CONTRACT 5: data-attention, warning signs in words, no percentage), at most three
 * ranked causes, three plan items, save and the report, all within 6 screens; the whole result at
 * most 12 screens before anything is opened; the rest one tap away; unanswered warning signs listed
 * by name, never reassurance.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../../src/index.js';
import { launchChromium, publicVignettes, screenshotPath, serveDist, walkInterview, type StaticServer } from './helpers.js';

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

const SCREEN = { width: 390, height: 844 };

async function resultFor(id: string): Promise<{ page: Page; given: Record<string, unknown> }> {
  const vignette = publicVignettes().find((candidate) => candidate.id === id);
  if (vignette === undefined) {
    throw new Error(`no public vignette ${id}`);
  }
  const context = await browser.newContext({ viewport: SCREEN, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}#/questions`);
  const given = await walkInterview(page, vignette.answers);
  await page.locator('.result-actions').waitFor();
  return { page, given };
}

/** The bottom of an element, in phone screens from the top of the page. */
async function screensTo(page: Page, selector: string): Promise<number> {
  const bottom = await page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().bottom + scrollY);
  return bottom / SCREEN.height;
}

const CASES = ['stenosis-classic', 'cauda-equina', 'spinal-malignancy', 'worn-shoes', 'vascular-calf', 'inflammatory-young-man', 'aortic-aneurysm', 'hip-osteoarthritis'];

describe.each(CASES)('the result for %s on a phone', (id) => {
  test('fits the screens it must, in the order it must', async () => {
    const { page, given } = await resultFor(id);
    const expected = assess(given);
    const total = (await page.evaluate(() => document.documentElement.scrollHeight)) / SCREEN.height;
    const toReport = await screensTo(page, '.result-actions a[href="#/report"]');
    const toSave = await screensTo(page, '.save-box');
    console.log(`${id}: ${expected.triage.level}, report link within ${toReport.toFixed(1)} screens, whole result ${total.toFixed(1)} screens`);
    expect(toSave).toBeLessThanOrEqual(6);
    expect(toReport).toBeLessThanOrEqual(6);
    expect(total).toBeLessThanOrEqual(12);

    // Attention first, then the ranked causes, in ranked order (CONTRACT 5).
    const attentionIds = expected.attention.map((item) => item.id);
    const listed = await page.$$eval('[data-cause-id]', (elements) => elements.map((element) => [element.getAttribute('data-cause-id'), element.getAttribute('data-attention')]));
    expect(listed.slice(0, attentionIds.length)).toEqual(attentionIds.map((cause) => [cause, 'true']));
    expect(listed.slice(attentionIds.length).map(([cause]) => cause)).toEqual(expected.causes.map((cause) => cause.id).filter((cause) => !attentionIds.includes(cause)));
    for (const item of expected.attention) {
      const text = await page.locator(`[data-attention="true"][data-cause-id="${item.id}"]`).innerText();
      expect(text).toContain(item.text);
      expect(text).not.toMatch(/\d\s*%/);
    }

    // At most three ranked causes and three plan items show before anything is opened.
    const visibleCauses = await page.locator('[data-cause-id]:not([data-attention])').evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
    expect(visibleCauses).toBeGreaterThan(0);
    expect(visibleCauses).toBeLessThanOrEqual(3);
    const visiblePlan = await page.locator('[data-plan-id]').evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
    expect(visiblePlan).toBeLessThanOrEqual(3);
    const nonSafety = expected.plan.filter((item) => item.topic !== 'safety');
    expect(await page.locator('[data-plan-id]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-plan-id')))).toEqual(nonSafety.map((item) => item.id));

    await page.screenshot({ path: screenshotPath(`10-result-phone-${id}`), fullPage: true });

    // The rest is one tap away.
    const more = page.locator('.more-causes > summary');
    if ((await more.count()) > 0) {
      await more.click();
      expect(await page.locator('[data-cause-id]:not([data-attention])').evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length)).toBe(listed.length - attentionIds.length);
    }

    if (expected.triage.level === 'emergency') {
      const call = page.locator('.triage a[href^="tel:"]');
      expect(await call.count()).toBe(1);
      expect(await screensTo(page, '.triage a[href^="tel:"]')).toBeLessThanOrEqual(1);
    }
    await page.context().close();
  });
});

test.each([
  ['every question "not sure"', {}],
  ['a self-care case whose newer warning signs were not answered', publicVignettes().find((vignette) => vignette.id === 'worn-shoes')?.answers ?? {}],
])('a result with warning signs not answered names them and never reads as reassurance: %s', async (name, answers) => {
  const context = await browser.newContext({ viewport: SCREEN, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}#/questions`);
  const given = await walkInterview(page, answers);
  const expected = assess(given);
  expect(expected.triage.unanswered.length).toBeGreaterThan(0);
  expect(expected.triage.level).not.toBe('emergency');
  const banner = page.locator('[data-triage-level]');
  const text = await banner.innerText();
  const listed = await banner.locator('.not-checked li').allInnerTexts();
  expect(listed).toHaveLength(expected.triage.unanswered.length);
  expect(text).toContain('we cannot say all is well');
  expect(text).not.toMatch(/self-care is a reasonable start|not serious|nothing serious/i);
  expect(await page.locator('main').innerText()).not.toMatch(/is not serious/i);
  await page.screenshot({ path: screenshotPath(`10-result-phone-unanswered-${expected.triage.level}`), fullPage: true });
  console.log(`${name}: ${expected.triage.level}, ${String(listed.length)} signs listed as not checked`);
  await context.close();
});
