/**
 * The walking test against the real server: it keeps running when the person taps another tab,
 * reloads the page or locks the phone (the clock jumps), shows on every screen until stopped,
 * measures distance by laps of a course they entered, and its result shows on progress and on
 * the clinician page, which speaks of "the person", never to "you".
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

async function pick(page: Page, legend: string, label: string): Promise<void> {
  await page.getByRole('group', { name: legend }).getByLabel(label, { exact: true }).check();
}

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'My walking' }).getByRole('link', { name, exact: true });
const banner = (page: Page) => page.locator('[data-running-test]');
const minutesShown = async (page: Page): Promise<number> => {
  const text = (await banner(page).textContent()) ?? '';
  const match = /(\d+):(\d\d)/.exec(text);
  return match === null ? -1 : Number(match[1]);
};

describe('the walking test', () => {
  test('phone: survives another tab, a reload and a locked phone; laps give the distance; the result shows on progress and the clinician page', async () => {
    const { id, token } = (await (await api('POST', '/api/v1/profiles')).json()) as { id: string; token: string };
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${server.url}#/`);
    await page.evaluate((code) => {
      localStorage.setItem('stride.profile.v1', code);
    }, `${id}.${token}`);
    await page.goto(`${server.url}#/walk-test`);
    await page.reload();
    await page.getByRole('button', { name: 'Start walking' }).waitFor();

    await pick(page, 'Pain right now, before you start', '1');
    await page.getByLabel('Length of your measured course in metres (you can skip this)').fill('400');
    await page.getByRole('button', { name: 'Start walking' }).click();
    await page.clock.fastForward('05:00');
    await page.getByRole('button', { name: 'Symptoms started' }).click();
    await page.getByRole('button', { name: 'Lap done' }).click();
    await page.getByRole('button', { name: 'Lap done' }).click();
    await page.getByText('2 laps done.').waitFor();

    // Tapping another tab keeps it: the banner shows it running there.
    await tab(page, 'Walks').click();
    await page.getByRole('heading', { level: 1, name: 'My walking diary' }).waitFor();
    await banner(page).getByText(/^Walking test running: 5:\d\d$/).waitFor();
    await page.screenshot({ path: screenshotPath('40-walk-test-banner-phone'), fullPage: true });
    await tab(page, 'Progress').click();
    await page.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
    expect(await banner(page).getAttribute('data-running-test')).toBe('running');

    // A reload keeps it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
    await banner(page).waitFor();
    expect(await minutesShown(page)).toBe(5);

    // A locked phone stops timers: the clock jumps 4 minutes, and the page shows the real time on return.
    await page.clock.fastForward('04:00');
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => minutesShown(page)).toBe(9);

    await banner(page).getByRole('link', { name: 'Back to the test' }).click();
    await page.getByRole('heading', { level: 1, name: 'Walking test' }).waitFor();
    expect(await banner(page).count()).toBe(0);
    expect(await page.locator('[data-timer]').textContent()).toMatch(/^9:\d\d$/);
    expect(await page.getByText('Symptoms started at 5:00.').count()).toBe(1);
    await page.getByRole('button', { name: 'Lap done' }).click();
    await page.getByRole('button', { name: 'I have to stop' }).click();

    // Stopped but not saved: still kept, and still shown on other screens.
    await page.getByRole('heading', { name: /^You walked for 9:\d\d$/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: /^You walked for 9:\d\d$/ }).waitFor();
    expect(await page.getByLabel('Laps of 400 metres walked').inputValue()).toBe('3');
    await page.getByText('That is 1.2 km.').waitFor();
    await tab(page, 'Shoes').click();
    await banner(page).getByText('Your walking test is not saved yet.').waitFor();
    await banner(page).getByRole('link', { name: 'Finish and save it' }).click();

    await pick(page, 'What eased it?', 'Sitting down');
    await pick(page, 'Why did you stop?', 'Leg pain, tingling or weak legs');
    await pick(page, 'Pain now, after the walk', '4');
    await page.screenshot({ path: screenshotPath('41-walk-test-done-phone'), fullPage: true });
    await page.getByRole('button', { name: 'Save the test' }).click();
    await page.getByText('Test saved in your diary.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('stride.walk-test.v1'))).toBeNull();

    const walks = ((await (await api('GET', `/api/v1/profiles/${id}/walks`, token)).json()) as { walks: { minutes: number }[] }).walks;
    expect(walks).toMatchObject([
      { minutesUntilSymptoms: 5, distanceKm: 1.2, painBefore: 1, painAfter: 4, reliefBy: 'sitting', stoppedBecause: 'leg_symptoms', note: 'Walking test' },
    ]);
    expect(walks[0]?.minutes).toBeGreaterThanOrEqual(9);
    expect(walks[0]?.minutes).toBeLessThan(10);

    // On progress: the result in a table; no banner any more.
    await tab(page, 'Progress').click();
    const row = page.locator('table.walk-tests tbody tr');
    await row.first().waitFor();
    expect(await banner(page).count()).toBe(0);
    const cells = await row.first().locator('td').allTextContents();
    expect(cells[0]).toBe('5 min');
    expect(cells[1]).toMatch(/^9(\.\d)? min$/);
    expect(cells.slice(2)).toEqual(['1.2 km', 'Leg pain, tingling or weak legs']);
    await page.locator('table.walk-tests').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('42-progress-walk-tests-phone'), fullPage: true });

    // On the clinician page: the same result, and every word about the person in the third person.
    const answers = { age: 68, cancer_history: true, leg_symptoms: 'both_legs', relief_sitting: true, relief_leaning_forward: true };
    expect((await api('POST', `/api/v1/profiles/${id}/assessments`, token, { answers })).status).toBe(201);
    const share = (await (await api('POST', `/api/v1/profiles/${id}/shares`, token, { timeZone: 'UTC' })).json()) as { url: string };
    const clinician = await (await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 390, height: 844 } })).newPage();
    await clinician.goto(share.url);
    await clinician.getByRole('heading', { level: 2, name: 'Self-paced walking tests' }).waitFor();
    expect(await clinician.getByRole('columnheader', { name: 'Why they stopped' }).count()).toBe(1);
    expect(await clinician.locator('table.walk-tests tbody tr td').first().textContent()).toBe('5 min');
    const spoken = await clinician.evaluate(() => {
      const copy = document.querySelector('.clinician-summary')?.cloneNode(true) as HTMLElement;
      for (const quoted of copy.querySelectorAll('[data-told-person]')) {quoted.remove();}
      return copy.innerText;
    });
    expect(spoken).toContain('The person answered yes to a warning sign');
    expect(spoken).not.toMatch(/\byou(r|rs|rself)?\b/i);
    await clinician.screenshot({ path: screenshotPath('43-clinician-walk-tests-phone'), fullPage: true });
    await clinician.context().close();
    await context.close();
  });
});
