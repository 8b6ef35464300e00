/**
 * The saved-results journey against the real server (temp SQLite): save a result, log and delete a
 * walk, run the walking test, add shoes, see the charts and trend over seeded weeks, compare checks,
 * share a link and open it in a fresh browser, print it on one page, revoke it (410 shown plainly),
 * open on another device by recovery code, erase everything. axe on every new screen; screenshots
 * at 390x844 and 1280x800.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, publicVignettes, ROOT, screenshotPath, walkInterview } from './helpers.js';
import { startServer, type StrideServer } from './server.js';

let server: StrideServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const STENOSIS = publicVignettes().find((v) => v.id === 'stenosis-classic');
if (STENOSIS === undefined) {
  throw new Error('no stenosis-classic vignette');
}

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: PHONE,
    ...options,
  });
  return context.newPage();
}

async function checkAccessibility(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) {
      details.open = true;
    }
  });
  // Closed disclosures build their content when opened (Disclosure.tsx): let it render.
  await page.waitForTimeout(150);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect.soft(serious, `axe on ${name}`).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

async function api(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<Response> {
  return fetch(new URL(path, server.url), {
    method,
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const isoDaysAgo = (days: number): string =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const dayText = (daysAgo: number): string =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDaysAgo(daysAgo)}T00:00:00Z`),
  );

/** Eight weeks of walks, three a week: symptoms after `early` minutes at first, after `late` in the last two weeks. */
async function seedWalks(
  id: string,
  token: string,
  early: number,
  late: number,
  painLate: number,
): Promise<void> {
  for (let week = 7; week >= 0; week -= 1) {
    for (const day of [1, 3, 5]) {
      const ago = week * 7 + day - 1;
      const recent = week < 2;
      const until = recent ? late : early;
      const walk = {
        date: isoDaysAgo(ago),
        minutes: until + 5,
        minutesUntilSymptoms: until,
        painBefore: 2,
        painAfter: recent ? painLate : 4,
        stoppedBecause: 'leg_symptoms',
        reliefBy: 'sitting',
      };
      expect((await api('POST', `/api/v1/profiles/${id}/walks`, token, walk)).status).toBe(201);
    }
  }
}

async function pick(page: Page, legend: string, label: string): Promise<void> {
  await page.getByRole('group', { name: legend }).getByLabel(label, { exact: true }).check();
}

describe('saved results, diary, progress and sharing', () => {
  test('phone: save, log, walking test, shoes, progress, share, revoke, erase', async () => {
    const page = await newPage();
    await page.goto(`${server.url}#/questions`);
    await walkInterview(page, STENOSIS.answers);

    // Nothing is sent until they choose to save.
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) {sent.push(request.url());}
    });
    await page.getByRole('heading', { name: 'Keep track over the weeks' }).scrollIntoViewIfNeeded();
    expect(sent).toEqual([]);
    await page.getByRole('button', { name: 'Save my results' }).click();
    const code = await page.locator('#recovery-code').inputValue();
    expect(code).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    const [id = '', token = ''] = code.split('.');
    await page.locator('.save-box').screenshot({ path: screenshotPath('20-saved-phone') });
    await checkAccessibility(page, 'result with save box');

    // Log a walk, see it listed, delete it.
    await page.getByRole('link', { name: 'Go to my walking diary' }).click();
    await page.getByRole('heading', { level: 1, name: 'My walking diary' }).waitFor();
    const started = Date.now();
    await page.getByLabel('How many minutes did you walk?').fill('20');
    await page.getByLabel('After how many minutes did pain or leg symptoms start?').fill('8');
    await pick(page, 'Pain before the walk', '2');
    await pick(page, 'Pain after the walk', '4');
    await pick(page, 'Why did you stop?', 'Leg pain, tingling or weak legs');
    await page.getByRole('button', { name: 'Save the walk' }).click();
    await page.getByText('20 min walk, symptoms after 8 min, pain 2 before, 4 after').waitFor();
    console.log(`logging one walk by script took ${String(Date.now() - started)} ms`);
    await shot(page, '21-diary-phone');
    await checkAccessibility(page, 'diary');
    // Delete offers an Undo first, and nothing is deleted on the server until it is over.
    const storedWalks = async (): Promise<number> =>
      ((await (await api('GET', `/api/v1/profiles/${id}/walks`, token)).json()) as { walks: object[] }).walks.length;
    await page.getByRole('button', { name: /^Delete the walk of/ }).click();
    await page.getByText('No walks yet.').waitFor();
    await page.getByRole('button', { name: /^Undo: bring back the walk of/ }).click();
    await page.getByText('20 min walk, symptoms after 8 min, pain 2 before, 4 after').waitFor();
    await page.getByText('The walk is back.').waitFor();
    expect(await storedWalks()).toBe(1);
    await page.getByRole('button', { name: /^Delete the walk of/ }).click();
    await page.getByText('No walks yet.').waitFor();
    await page.locator('.undo-toast').getByRole('button', { name: /^Undo/ }).waitFor();
    await shot(page, '21b-diary-undo-phone');
    await checkAccessibility(page, 'diary with undo');
    expect(await storedWalks()).toBe(1);
    // Leaving the diary ends the offer: the delete is made.

    // Shoes.
    await page
      .getByRole('navigation', { name: 'My walking' })
      .getByRole('link', { name: 'Shoes' })
      .click();
    await page.getByLabel('Name of the pair').fill('Blue trainers');
    await page.getByLabel('Km already walked in them, if you know').fill('120');
    await page.getByRole('button', { name: 'Add the pair' }).click();
    await page.getByRole('heading', { name: 'Blue trainers' }).waitFor();
    await expect.poll(storedWalks).toBe(0);
    await page.getByText('This is a rule of thumb, not a study result.').waitFor();
    await shot(page, '22-shoes-phone');
    await checkAccessibility(page, 'shoes');

    // Seed eight weeks through the API: symptoms after 5 minutes at first, 12 lately.
    await seedWalks(id, token, 5, 12, 2);

    // Progress: trend, plan and three charts with tables.
    await page
      .getByRole('navigation', { name: 'My walking' })
      .getByRole('link', { name: 'Progress' })
      .click();
    await page.locator('[data-trend="improving"]').waitFor();
    await expect.poll(() => page.locator('.chart-box canvas').count()).toBe(3);
    expect(await page.locator('[role="img"][aria-label]').count()).toBe(3);
    expect(await page.locator('[data-program]').getAttribute('data-program')).toBe('increase');
    expect(await page.locator('.program').textContent()).toContain('rest for 2 minutes');
    await shot(page, '23-progress-phone');
    await checkAccessibility(page, 'progress');

    // Earlier checks.
    await page
      .getByRole('navigation', { name: 'My walking' })
      .getByRole('link', { name: 'Checks' })
      .click();
    await page.locator('.compare-table tbody tr').first().waitFor();
    await shot(page, '24-history-phone');
    await checkAccessibility(page, 'history');

    // Share a link; open it in a fresh browser with no storage.
    await page
      .getByRole('navigation', { name: 'My walking' })
      .getByRole('link', { name: 'Share' })
      .click();
    await page.getByRole('button', { name: 'Make a link' }).click();
    const link = await page.locator('#share-link').inputValue();
    expect(link).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
    await page.locator('.share-row[data-status="active"]').waitFor();
    await shot(page, '25-share-phone');
    await checkAccessibility(page, 'share');

    const clinician = await newPage();
    await clinician.goto(link);
    await clinician
      .getByRole('heading', { level: 1, name: 'Stride summary for a clinician' })
      .waitFor();
    await clinician.locator('.cs-chart canvas, [data-chart="cs-chart"] canvas').first().waitFor();
    expect(await clinician.evaluate(() => localStorage.length)).toBe(0);
    expect(await clinician.locator('.cs-causes li').count()).toBeGreaterThan(0);
    expect(await clinician.locator('[data-triage-level]').count()).toBe(1);
    await shot(clinician, '26-clinician-phone');
    await checkAccessibility(clinician, 'clinician summary');

    // Revoke: the link answers 410, said plainly.
    await page.getByRole('button', { name: /^Stop this link, made/ }).click();
    await page.locator('.share-row[data-status="revoked"]').waitFor();
    // A stopped link offers nothing to copy.
    expect(await page.locator('#share-link').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy the link' }).count()).toBe(0);
    await clinician.reload();
    await clinician.locator('[data-share-status="410"]').waitFor();
    expect(await clinician.getByRole('heading', { level: 1 }).textContent()).toBe(
      'This link has expired or was stopped by the person who shared it.',
    );
    await shot(clinician, '27-clinician-revoked-phone');
    await checkAccessibility(clinician, 'revoked link');
    await clinician.context().close();

    // A walking test left running, then erase everything, with a confirm.
    await page.getByRole('navigation', { name: 'My walking' }).getByRole('link', { name: 'Walk test' }).click();
    await page.getByRole('button', { name: 'Start walking' }).click();
    await page.getByRole('navigation', { name: 'My walking' }).getByRole('link', { name: 'Share' }).click();
    await page.locator('[data-running-test="running"]').waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([
      'stride.interview.v1',
      'stride.profile.v1',
      'stride.saved-answers.v1',
      'stride.walk-test.v1',
    ]);
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByRole('button', { name: 'Yes, erase it all' }).click();
    await page.getByText('Everything is erased. Nothing of yours is left on the server.').waitFor();
    await shot(page, '28-erased-phone');
    await checkAccessibility(page, 'erased');
    // Nothing of theirs is left on the device either: web storage, IndexedDB, the caches hold nothing of the API.
    const left = await page.evaluate(async () => {
      const cachedApi: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) {
          if (request.url.includes('/api/')) {cachedApi.push(request.url);}
        }
      }
      return {
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        databases: (await indexedDB.databases()).map((database) => database.name),
        cachedApi,
      };
    });
    expect(left).toEqual({ local: [], session: [], databases: [], cachedApi: [] });
    expect(await page.locator('[data-running-test]').count()).toBe(0);
    await page.goto(`${server.url}#/result`);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.locator('[data-triage-level]').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect((await api('GET', `/api/v1/profiles/${id}/walks`, token)).status).toBe(401);
    await page.context().close();
  });

  test('phone: 3 years of daily walks show 8 weeks at a time, across a long gap', async () => {
    const { id, token } = (await (await api('POST', '/api/v1/profiles')).json()) as {
      id: string;
      token: string;
    };
    // Daily walks for 3 years, except a 151-day gap 100 to 250 days ago.
    const days = Array.from({ length: 1096 }, (_, ago) => ago).filter((ago) => ago < 100 || ago > 250);
    for (let start = 0; start < days.length; start += 25) {
      const batch = days.slice(start, start + 25).map((ago) => ({
        date: isoDaysAgo(ago),
        minutes: 20,
        painBefore: 2,
        painAfter: 3,
        stoppedBecause: 'planned',
      }));
      const codes = await Promise.all(
        batch.map(async (walk) => (await api('POST', `/api/v1/profiles/${id}/walks`, token, walk)).status),
      );
      expect(codes.every((code) => code === 201)).toBe(true);
    }
    const page = await newPage();
    await page.goto(`${server.url}#/open`);
    await page.getByLabel('Recovery code').fill(`${id}.${token}`);
    await page.getByRole('button', { name: 'Open my results' }).click();
    await page.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
    const started = Date.now();
    await page
      .getByRole('navigation', { name: 'My walking' })
      .getByRole('link', { name: 'Walks' })
      .click();
    const rows = page.locator('.walk-list li');
    await expect.poll(() => rows.count()).toBe(56);
    console.log(`diary of ${String(days.length)} walks: first 56 rows shown in ${String(Date.now() - started)} ms`);
    await shot(page, '33-diary-pages-phone');
    await checkAccessibility(page, 'diary pages');

    const earlier = page.getByRole('button', { name: 'Show earlier walks' });
    await earlier.click();
    await expect.poll(() => rows.count()).toBe(100); // days 56-99, then the gap
    // The next 8 weeks are all gap: the list jumps to the 8 weeks up to the walk before it.
    await earlier.click();
    await expect.poll(() => rows.count()).toBe(156);
    await page.getByText(`Showing walks since ${dayText(306)}.`).waitFor();
    expect(await earlier.evaluate((button) => button === document.activeElement)).toBe(true);
    while (await earlier.isVisible()) {
      const before = await rows.count();
      await earlier.click();
      // Either more rows come, or (the last time) the button goes: nothing is earlier.
      await expect
        .poll(async () => (await rows.count()) > before || !(await earlier.isVisible()))
        .toBe(true);
    }
    expect(await rows.count()).toBe(days.length);
    const none = page.getByText('There are no earlier walks.');
    expect(await none.evaluate((p) => p === document.activeElement)).toBe(true);
    await page.context().close();
  });

  test('phone: the self-paced walking test records the walk and what eased it', async () => {
    const { id, token } = (await (await api('POST', '/api/v1/profiles')).json()) as {
      id: string;
      token: string;
    };
    const page = await newPage();
    await page.clock.install();
    await page.goto(`${server.url}#/open`);
    await page.getByLabel('Recovery code').fill(`${id}.${token}`);
    await page.getByRole('button', { name: 'Open my results' }).click();
    await page.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
    await page
      .getByRole('navigation', { name: 'My walking' })
      .getByRole('link', { name: 'Walk test' })
      .click();
    await pick(page, 'Pain right now, before you start', '1');
    await shot(page, '29-walk-test-ready-phone');
    await checkAccessibility(page, 'walk test ready');
    await page.getByRole('button', { name: 'Start walking' }).click();
    await page.clock.fastForward('06:00');
    await page.getByRole('button', { name: 'Symptoms started' }).click();
    await page.clock.fastForward('03:00');
    await expect.poll(() => page.locator('[data-timer]').textContent()).toBe('9:00');
    await shot(page, '30-walk-test-running-phone');
    await checkAccessibility(page, 'walk test running');
    await page.getByRole('button', { name: 'I have to stop' }).click();
    // The fake clock still flows in real time between jumps, so allow a few seconds more.
    await page.getByRole('heading', { name: /^You walked for 9:0\d$/ }).waitFor();
    await pick(page, 'What eased it?', 'Leaning forward');
    await pick(page, 'Why did you stop?', 'Leg pain, tingling or weak legs');
    await pick(page, 'Pain now, after the walk', '5');
    await checkAccessibility(page, 'walk test done');
    await page.getByRole('button', { name: 'Save the test' }).click();
    await page.getByText('Test saved in your diary.').waitFor();
    const walks = (
      (await (await api('GET', `/api/v1/profiles/${id}/walks`, token)).json()) as {
        walks: object[];
      }
    ).walks;
    expect(walks).toMatchObject([
      {
        minutesUntilSymptoms: 6,
        painBefore: 1,
        painAfter: 5,
        reliefBy: 'leaning_forward',
        stoppedBecause: 'leg_symptoms',
      },
    ]);
    expect((walks[0] as { minutes: number }).minutes).toBeCloseTo(9, 0);
    await page.context().close();
  });

  test('desktop: a worsening trend sends them back to the advice; the clinician page prints on one page', async () => {
    const { id, token } = (await (await api('POST', '/api/v1/profiles')).json()) as {
      id: string;
      token: string;
    };
    expect(
      (
        await api('POST', `/api/v1/profiles/${id}/assessments`, token, {
          answers: STENOSIS.answers,
        })
      ).status,
    ).toBe(201);
    await seedWalks(id, token, 15, 6, 7);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await newPage({ viewport: DESKTOP, colorScheme: scheme });
      await page.goto(`${server.url}#/open`);
      await page.getByLabel('Recovery code').fill(`${id}.${token}`);
      await page.getByRole('button', { name: 'Open my results' }).click();
      await page.locator('[data-trend="worsening"]').waitFor();
      await page.getByRole('alert').getByRole('link', { name: 'Read your advice' }).waitFor();
      expect(await page.locator('[data-program]').getAttribute('data-program')).toBe('step_back');
      await expect.poll(() => page.locator('.chart-box canvas').count()).toBe(3);
      await shot(page, `31-progress-worsening-desktop-${scheme}`);
      await checkAccessibility(page, `progress worsening ${scheme}`);
      await page.context().close();
    }

    const share = (await (
      await api('POST', `/api/v1/profiles/${id}/shares`, token, { timeZone: 'UTC' })
    ).json()) as { url: string; apiUrl: string };
    expect(share.url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
    expect(share.apiUrl).toBe(share.url.replace('/share/', '/api/v1/shares/'));
    expect((await fetch(share.apiUrl)).status).toBe(200);
    const clinician = await newPage({ viewport: DESKTOP });
    await clinician.goto(share.url);
    await clinician.locator('[data-chart="cs-chart"] canvas').waitFor();
    const pattern = (await clinician.locator('.cs-block', { has: clinician.locator('#cs-pattern') }).textContent()) ?? '';
    expect(pattern).toContain('In the diary, eased by: Sitting down (');
    expect(pattern).toContain('In the diary, why walks ended: Leg pain, tingling or weak legs (');
    expect(pattern).not.toMatch(/leg_symptoms|\bsitting\b/);
    await shot(clinician, '32-clinician-desktop');
    await checkAccessibility(clinician, 'clinician desktop');
    mkdirSync(join(ROOT, 'artifacts/pdf'), { recursive: true });
    for (const format of ['A4', 'Letter'] as const) {
      const file = join(ROOT, `artifacts/pdf/clinician-summary-${format}.pdf`);
      await clinician.pdf({ path: file, format, printBackground: true });
      if (existsSync('/usr/bin/pdfinfo')) {
        const pages = /Pages:\s+(\d+)/.exec(
          execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
        )?.[1];
        expect(pages, `clinician summary on ${format}`).toBe('1');
      }
    }
    await clinician.context().close();
  });
});
