/**
 * Outcome measures from check-ins against the real server: two check-ins (back pain 7, then 4)
 * show on progress and on the clinician page with their change, called "a real change" only past
 * the published threshold; a change without a published threshold is shown, not judged; a page
 * with no measured check-in shows no measures at all; the clinician page lists the check-in walking
 * tests with the distance change judged. axe on both pages.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkinWarningSigns } from '../../src/engine/checkin.js';
import { KNOWLEDGE } from '../../src/index.js';
import { launchChromium, screenshotPath } from './helpers.js';
import { callApi, startServer, type StrideServer } from './server.js';

let server: StrideServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

const api = (method: string, path: string, token?: string, body?: unknown): Promise<Response> =>
  callApi(server.url, method, path, token, body);

async function checkAccessibility(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect.soft(serious, `axe on ${name}`).toEqual([]);
}

const noSigns = Object.fromEntries(checkinWarningSigns(KNOWLEDGE).map((feature) => [feature.id, false]));
const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function newProfile(): Promise<{ id: string; token: string }> {
  return (await (await api('POST', '/api/v1/profiles')).json()) as { id: string; token: string };
}

async function openProgress(profile: { id: string; token: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${server.url}#/progress`);
  await page.evaluate((code) => {
    localStorage.setItem('stride.profile.v1', code);
  }, `${profile.id}.${profile.token}`);
  await page.reload();
  await page.locator('[data-program]').waitFor();
  return page;
}

describe('outcome measures', () => {
  test('phone: back pain 7 then 4 reads as a real change on progress and on the clinician page; PEG without a threshold is not judged', async () => {
    const profile = await newProfile();
    const post = (date: string, measures: unknown) => api('POST', `/api/v1/profiles/${profile.id}/checkins`, profile.token, { date, warningSigns: noSigns, measures });
    expect((await post(daysAgo(14), { nrs_back: 7, peg: [6, 6, 6], psfs: [{ activity: 'Walk to the shops', score: 3 }], walking_test: { minutes: 8, minutesUntilSymptoms: 4, distanceKm: 0.5 } })).status).toBe(201);
    expect((await post(daysAgo(7), { nrs_back: 4, peg: [5, 5, 5], psfs: [{ activity: 'Walk to the shops', score: 4 }], walking_test: { minutes: 12, minutesUntilSymptoms: 6, distanceKm: 0.95 } })).status).toBe(201);

    const page = await openProgress(profile);
    const back = page.locator('[data-measures] [data-measure="nrs_back"]');
    await back.waitFor();
    expect(await back.getByRole('heading', { name: 'Back pain now' }).count()).toBe(1);
    const backText = await back.textContent();
    expect(backText).toContain('Now: 4 points.');
    expect(backText).toContain('3 points better');
    expect(backText).toContain('This is a real change.');
    expect(backText).toContain('A real change is 2 points or more (Ostelo 2008).');
    // The table gives both check-ins, oldest first.
    expect(await back.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('7 points'), expect.stringContaining('4 points')]);
    const psfs = await page.locator('[data-measure="psfs"]').textContent();
    expect(psfs).toContain('This is not yet a real change.');
    expect(psfs).not.toContain('This is a real change.');
    expect(await page.locator('[data-measure="walking_test_distance"]').textContent()).toContain('450 m better');
    expect(await page.locator('[data-measure="walking_test"]').textContent()).toContain('No published threshold');
    const peg = await page.locator('[data-measure="peg"]').textContent();
    expect(peg).toContain('No published threshold; the change is shown, not judged.');
    expect(peg).not.toContain('real change.');
    // Each score with two check-ins is drawn as a line too, named for screen readers.
    await back.locator('.chart-box canvas').first().waitFor();
    expect(await back.getByRole('img').getAttribute('aria-label')).toContain('Back pain now. First check-in: 7 points');
    await page.screenshot({ path: screenshotPath('55-progress-measures-phone'), fullPage: true });
    await checkAccessibility(page, 'progress with measures');

    const share = (await (await api('POST', `/api/v1/profiles/${profile.id}/shares`, profile.token, { timeZone: 'UTC' })).json()) as { url: string };
    const clinician = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 390, height: 844 } })).newPage();
    await clinician.goto(share.url);
    const block = clinician.locator('.clinician-summary [data-measures]');
    await block.waitFor();
    expect(await block.getByRole('heading', { name: 'Measures', level: 2 }).count()).toBe(1);
    const clinicianBack = await block.locator('[data-measure="nrs_back"]').textContent();
    expect(clinicianBack).toContain('Since the first check-in on');
    expect(clinicianBack).toContain('This is a real change: it passes the published meaningful change.');
    // The check-in walking tests, with the distance change judged by Carlesso 2021's 375.9 m.
    const walkTests = clinician.locator('[data-checkin-walk-tests] tbody tr');
    expect(await walkTests.count()).toBe(2);
    expect(await walkTests.nth(1).textContent()).toContain('+450 m. This is a real change');
    // Written to the clinician: no "your" in the block.
    expect((await block.textContent())?.toLowerCase()).not.toMatch(/\byour?\b/);
    await clinician.screenshot({ path: screenshotPath('56-clinician-measures-phone'), fullPage: true });
    await checkAccessibility(clinician, 'clinician page with measures');
    await clinician.context().close();
    await page.context().close();
  });

  test('shows no measures when no check-in carried one', async () => {
    const profile = await newProfile();
    expect((await api('POST', `/api/v1/profiles/${profile.id}/checkins`, profile.token, { date: daysAgo(1), warningSigns: noSigns })).status).toBe(201);
    const page = await openProgress(profile);
    expect(await page.locator('[data-measures]').count()).toBe(0);
    await page.context().close();
  });
});
