/**
 * Reflow and large text on every screen (WCAG 2.2 1.4.10, 1.4.4, 1.4.12), in Chromium against the
 * real server: at 320 CSS px wide, at 200% text on a 390 px phone, and with the text-spacing
 * overrides of 1.4.12, no screen scrolls sideways and no text is cut off or pushed off screen; the
 * 0-10 pain scales stay a few rows of large targets.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, screenshotPath } from './helpers.js';
import { startServer, type StrideServer } from './server.js';
import { answersUntil, caseAnswers, everyScreen, seedSavedProfile, storageScript, type SavedState, type Screen } from './states.js';

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

interface Condition {
  readonly name: string;
  readonly viewport: { readonly width: number; readonly height: number };
  /** The root font size, as a reader's browser text-size setting sets it. */
  readonly textPercent: number;
  readonly spacing: boolean;
}

const CONDITIONS: readonly Condition[] = [
  { name: '320px', viewport: { width: 320, height: 720 }, textPercent: 100, spacing: false },
  { name: '200% text', viewport: { width: 390, height: 844 }, textPercent: 200, spacing: false },
  { name: '320px and 200% text', viewport: { width: 320, height: 720 }, textPercent: 200, spacing: false },
  { name: 'text spacing', viewport: { width: 320, height: 720 }, textPercent: 100, spacing: true },
];

/** The WCAG 1.4.12 test values. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/** What does not reflow: sideways scrolling, text outside the viewport, text cut off by a box that hides its overflow. */
async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const scroll = document.documentElement.scrollWidth - width;
    if (scroll > 1) {
      problems.push(`the page scrolls sideways by ${String(scroll)} px`);
    }
    const inScroller = (element: Element): boolean => {
      for (let node: Element | null = element.parentElement; node !== null && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
          return true;
        }
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const element = node.parentElement;
      if (text === '' || element === null || !element.checkVisibility() || element.closest('.visually-hidden, .skip-link, svg') !== null) {
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
      if (rects.some((rect) => rect.right > width + 1 || rect.left < -1) && !inScroller(element)) {
        problems.push(`text off screen: "${text.slice(0, 60)}"`);
        continue;
      }
      for (let box: Element | null = element; box !== null && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (!/hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) {
          continue;
        }
        const frame = box.getBoundingClientRect();
        if (rects.some((rect) => rect.right > frame.right + 1 || rect.bottom > frame.bottom + 1 || rect.left < frame.left - 1 || rect.top < frame.top - 1)) {
          problems.push(`text cut off by <${box.tagName.toLowerCase()} class="${box.getAttribute('class') ?? ''}">: "${text.slice(0, 60)}"`);
          break;
        }
      }
    }
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 && rect.right > width + 1 && element.checkVisibility() && element.closest('.visually-hidden, .skip-link') === null && !inScroller(element)) {
        problems.push(`<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> reaches ${String(Math.round(rect.right - width))} px past the edge`);
      }
    }
    return [...new Set(problems)].slice(0, 20);
  });
}

async function open(screen: Screen, condition: Condition, locale = 'en-US'): Promise<Page> {
  // The CSP forbids injected styles; bypassing it stands in for the reader's own browser text settings.
  const context = await browser.newContext({ viewport: condition.viewport, locale, timezoneId: 'UTC', bypassCSP: true });
  await context.addInitScript(storageScript(screen.storage));
  const page = await context.newPage();
  await page.goto(new URL(screen.path, server.url).toString());
  await page.locator('h1').first().waitFor();
  if (screen.name === 'progress' || screen.name === 'clinician') {
    await page.locator('canvas').first().waitFor();
  }
  await page.addStyleTag({ content: `html { font-size: ${String(condition.textPercent)}% !important; }${condition.spacing ? TEXT_SPACING : ''}` });
  // Open every disclosure: what is one tap away must reflow too.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) {
      details.open = true;
    }
  });
  await page.waitForTimeout(150);
  return page;
}

const screens = (): Screen[] => everyScreen(saved);

describe.each(CONDITIONS)('reflow at $name', (condition) => {
  test('every screen fits the width and cuts off no text', async () => {
    const failures: Record<string, string[]> = {};
    for (const screen of screens()) {
      const page = await open(screen, condition);
      const problems = await reflowProblems(page);
      if (problems.length > 0) {
        failures[screen.name] = problems;
      }
      if (condition.textPercent === 200 && condition.viewport.width === 390) {
        await page.screenshot({ path: screenshotPath(`40-reflow-200-${screen.name}`) });
      }
      await page.context().close();
    }
    expect(failures).toEqual({});
  });
});

describe('the 0-10 pain scales at 200% text on a phone', () => {
  test.each([
    ['the diary', '#/diary', 'Pain before the walk'],
    ['the walking test', '#/walk-test', 'Pain right now, before you start'],
  ])('in %s: eleven large targets in at most four rows', async (_where, path, legend) => {
    const screen = screens().find((candidate) => candidate.path === path);
    if (screen === undefined) {
      throw new Error(path);
    }
    const page = await open(screen, CONDITIONS[1] ?? CONDITIONS[0]!);
    const scale = page.getByRole('group', { name: legend });
    const boxes = await scale.locator('label').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect()).map((rect) => ({ top: Math.round(rect.top), width: rect.width, height: rect.height })));
    expect(boxes).toHaveLength(11);
    expect(new Set(boxes.map((box) => box.top)).size).toBeLessThanOrEqual(4);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await scale.screenshot({ path: screenshotPath(`41-pain-scale-200-${path.slice(2)}`) });
    await scale.getByLabel('7', { exact: true }).check();
    expect(await scale.getByLabel('7', { exact: true }).isChecked()).toBe(true);
    await page.context().close();
  });
});

describe('words at 200% text on a phone', () => {
  test.each(['en-US', 'es-ES'])('in %s, the checklist breaks its lines between words, never inside one', async (locale) => {
    const checklist = screens().find((candidate) => candidate.name === 'checklist');
    if (checklist === undefined) {
      throw new Error('no checklist screen');
    }
    const page = await open(checklist, CONDITIONS[1] ?? CONDITIONS[0]!, locale);
    const broken = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          // One line's fragments share a top; a word on two lines has two.
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) {
            found.push(match[0]);
          }
        }
      }
      return found;
    });
    expect(broken).toStrictEqual([]);
    await page.context().close();
  });
});
