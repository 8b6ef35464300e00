/**
 * A check-in against the real server: a new warning sign gives its triage at once (with the
 * emergency call), then shows on progress (plan paused), the diary and the clinician page until
 * a later check-in with "None of these" and its measures clears it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'My walking' }).getByRole('link', { name, exact: true });

describe('check-ins', () => {
  test('phone: a new warning sign escalates at once and stays on progress, the diary and the clinician page until a clean check-in', async () => {
    const { id, token } = (await (await api('POST', '/api/v1/profiles')).json()) as { id: string; token: string };
    const answers = { age: 64, leg_symptoms: 'both_legs', relief_sitting: true, relief_leaning_forward: true };
    expect((await api('POST', `/api/v1/profiles/${id}/assessments`, token, { answers })).status).toBe(201);
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/progress`);
    await page.evaluate((code) => {
      localStorage.setItem('stride.profile.v1', code);
    }, `${id}.${token}`);
    await page.reload();
    await page.locator('[data-checkin-offer="weekly"]').waitFor();
    expect(await page.locator('[data-attention-level]').count()).toBe(0);

    await tab(page, 'Check-in').click();
    await page.getByRole('heading', { name: 'Since last time, is any of these new?' }).waitFor();
    // Every warning sign is listed; a follow-up appears only with its first sign.
    expect(await page.locator('[data-question-id]').count()).toBeGreaterThanOrEqual(20);
    expect(await page.locator('[data-question-id="weakness_progressing"]').count()).toBe(0);
    await page.getByLabel('Weakness in a leg or foot', { exact: true }).check();
    await page.locator('[data-question-id="weakness_progressing"]').waitFor();
    await page.getByLabel('New bladder or bowel trouble').check();
    await page.screenshot({ path: screenshotPath('50-checkin-signs-phone'), fullPage: true });
    await page.getByRole('button', { name: 'Send and see what to do' }).click();
    await page.locator('[data-checkin-level="emergency"]').waitFor();
    expect(await page.locator('[data-checkin-level] a[href="tel:999"]').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('51-checkin-emergency-phone'), fullPage: true });

    // On progress: attention first, the plan paused.
    await tab(page, 'Progress').click();
    await page.locator('[data-attention-level="emergency"]').waitFor();
    expect(await page.locator('[data-program]').getAttribute('data-program')).toBe('paused');
    await page.screenshot({ path: screenshotPath('52-progress-attention-phone'), fullPage: true });
    await tab(page, 'Walks').click();
    await page.locator('[data-attention-level="emergency"]').waitFor();

    // On the clinician page, in the clinician's terms.
    const share = (await (await api('POST', `/api/v1/profiles/${id}/shares`, token, { timeZone: 'UTC' })).json()) as { url: string };
    const clinician = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 390, height: 844 } })).newPage();
    await clinician.goto(share.url);
    await clinician.locator('.clinician-summary [data-attention-level="emergency"]').waitFor();
    expect(await clinician.locator('[data-attention-level]').textContent()).toContain('New bladder or bowel trouble');
    await clinician.screenshot({ path: screenshotPath('53-clinician-attention-phone'), fullPage: true });

    // A later check-in with none of the signs, and the measures, clears it.
    await tab(page, 'Check-in').click();
    await page.getByRole('button', { name: 'None of these' }).click();
    await page.getByRole('heading', { name: 'How you are now' }).waitFor();
    await page
      .getByRole('group', { name: 'What number best describes your pain in your lower back right now?' })
      .getByLabel('3', { exact: true })
      .check();
    await page.getByLabel('Thing 1').fill('Walk to the shops');
    await page.getByRole('group', { name: 'How well can you do this now: Walk to the shops?' }).getByLabel('4', { exact: true }).check();
    await page.screenshot({ path: screenshotPath('54-checkin-measures-phone'), fullPage: true });
    await page.getByRole('button', { name: 'Save the check-in' }).click();
    await page.locator('[data-checkin-saved]').waitFor();
    const stored = (await (await api('GET', `/api/v1/profiles/${id}/checkins`, token)).json()) as {
      checkins: { measures: Record<string, unknown> }[];
      attention: unknown;
    };
    expect(stored.checkins[0]?.measures).toEqual({ nrs_back: 3, psfs: [{ activity: 'Walk to the shops', score: 4 }] });
    expect(stored.attention).toBeNull();
    await tab(page, 'Progress').click();
    await page.locator('[data-program]').waitFor();
    expect(await page.locator('[data-attention-level]').count()).toBe(0);
    expect(await page.locator('[data-program]').getAttribute('data-program')).not.toBe('paused');
    await clinician.reload();
    await clinician.getByRole('heading', { level: 1 }).waitFor();
    await clinician.locator('.cs-trend').waitFor();
    expect(await clinician.locator('.clinician-summary [data-attention-level]').count()).toBe(0);
    await clinician.context().close();
    await context.close();
  });
});
