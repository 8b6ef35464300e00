/**
 * Walks the real interview in Chromium for every public vignette and checks the page shows what
 * `assess` gives for the same answers, and that the progress line never goes backwards: its total
 * never grows, the question's number never passes it, and the bar never shrinks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../../src/index.js';
import { launchChromium, publicVignettes, serveDist, walkInterviewRecorded, type StaticServer } from './helpers.js';

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

interface ProgressSeen {
  readonly text: string;
  readonly number: number;
  readonly total: number | null;
  readonly fraction: number;
}

async function progressOf(page: Page): Promise<ProgressSeen> {
  const { text, value, max } = await page.evaluate(() => {
    const bar = document.querySelector('.progress progress');
    return {
      text: document.querySelector('.progress-text')?.textContent ?? '',
      value: bar instanceof HTMLProgressElement ? bar.value : Number.NaN,
      max: bar instanceof HTMLProgressElement ? bar.max : Number.NaN,
    };
  });
  const match = /^Question (\d+)(?: of about (\d+)|: nearly done)?$/.exec(text);
  if (match === null) {
    throw new Error(`an unexpected progress line: "${text}"`);
  }
  return { text, number: Number(match[1]), total: match[2] === undefined ? null : Number(match[2]), fraction: value / max };
}

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
    const seen: ProgressSeen[] = [];
    const { given } = await walkInterviewRecorded(page, vignette.answers, async () => {
      seen.push(await progressOf(page));
    });

    const expected = assess(given);
    const level = await page.getAttribute('[data-triage-level]', 'data-triage-level');
    const causes = await page.$$eval('[data-cause-id]', (elements) => elements.map((element) => element.getAttribute('data-cause-id')));
    expect(level).toBe(expected.triage.level);
    // CONTRACT 5 (v1.1): the causes that need checking now first, then the ranked causes.
    const attention = expected.attention.map((item) => item.id);
    expect(causes).toEqual([...attention, ...expected.causes.map((cause) => cause.id).filter((id) => !attention.includes(id))]);
    // CONTRACT 4: answering only what is asked gives the triage of answering everything.
    expect(level).toBe(assess(vignette.answers).triage.level);

    // The progress line on every screen, compared with the screen before; from the second screen on it has an estimate.
    expect(seen.slice(1).map((now) => now.total !== null || now.text.endsWith('nearly done'))).not.toContain(false);
    let total = Number.POSITIVE_INFINITY;
    seen.forEach((now, index) => {
      if (now.total !== null) {
        expect(now.total, `screen ${String(index + 1)}: "${now.text}"`).toBeLessThanOrEqual(total);
        expect(now.number, `screen ${String(index + 1)}: "${now.text}"`).toBeLessThanOrEqual(now.total);
        total = now.total;
      }
      const before = seen[index - 1];
      if (before !== undefined) {
        expect(now.number).toBeGreaterThan(before.number);
        expect(now.fraction, `screen ${String(index + 1)}: "${now.text}"`).toBeGreaterThanOrEqual(before.fraction);
      }
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
