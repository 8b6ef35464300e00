/**
 * "Read aloud" hands the browser's own speech (speechSynthesis) the question, its answers and why
 * we ask, in the page's language, slower when asked; on the result, the result. Nothing goes over
 * the network. The speech engine is replaced by a recorder, so the test hears exactly what it was given.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { KNOWLEDGE, assess, nextQuestion } from '../../src/index.js';
import { launchChromium, serveDist, walkInterview, type StaticServer } from './helpers.js';
import { answersUntil, caseAnswers, storageScript } from './states.js';

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

interface Spoken {
  readonly text: string;
  readonly lang: string;
  readonly rate: number;
}

/** Replaces speechSynthesis.speak with a recorder before the app starts. */
const RECORDER = `(() => {
  window.__spoken = [];
  speechSynthesis.speak = (utterance) => {
    window.__spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate });
    setTimeout(() => utterance.onend && utterance.onend(new Event('end')), 50);
  };
})();`;

async function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
}

async function pageWith(storage: Readonly<Record<string, string>>, path: string, locale = 'en-US'): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
  await context.addInitScript(RECORDER);
  await context.addInitScript(storageScript(storage));
  const page = await context.newPage();
  const requests: string[] = [];
  await page.goto(new URL(path, server.url).toString());
  await page.locator('h1').first().waitFor();
  page.on('request', (request) => requests.push(request.url()));
  return { page, requests };
}

test('reads a question, its answers and why we ask, in the page language, and nothing is sent', async () => {
  const answers = answersUntil(caseAnswers('stenosis-classic'), (question) => question.group !== 'warning' && question.type === 'bool');
  const question = nextQuestion(answers);
  if (question === null) {
    throw new Error('the case has no yes/no question');
  }
  const { page, requests } = await pageWith({ 'stride.interview.v1': JSON.stringify({ answers, history: [], previous: {} }) }, '#/questions');
  await page.locator(`[data-question-id="${question.id}"]`).waitFor();
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => spoken(page)).toHaveLength(1);
  const [first] = await spoken(page);
  expect(first?.text).toContain(question.text);
  expect(first?.text).toContain('Yes, No, Not sure');
  expect(first?.text).toContain(question.why);
  expect(first?.lang).toBe(await page.evaluate(() => document.documentElement.lang));
  expect(first?.lang).toBe('en');
  expect(first?.rate).toBe(1);

  // Slower, and remembered on the next question.
  await page.getByLabel('Read slowly').check();
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => spoken(page)).toHaveLength(2);
  expect((await spoken(page))[1]?.rate).toBeLessThan(1);
  await page.locator(`[data-question-id="${question.id}"] [data-answer="false"]`).click();
  await page.waitForFunction((id) => document.querySelector(`[data-question-id="${id}"]`) === null, question.id);
  expect(await page.getByLabel('Read slowly').isChecked()).toBe(true);
  expect(requests).toEqual([]);
  await page.context().close();
});

for (const locale of ['en-US', 'es-ES']) {
  test(`in ${locale}, the answers stay where they are while it reads, so a tap lands on the answer meant`, async () => {
    const answers = answersUntil(caseAnswers('stenosis-classic'), (question) => question.group !== 'warning' && question.type === 'bool');
    const { page } = await pageWith({ 'stride.interview.v1': JSON.stringify({ answers, history: [], previous: {} }) }, '#/questions', locale);
    const no = page.locator('[data-answer="false"]');
    await no.waitFor();
    // Every frame's position of "No", from before the tap on "Read aloud" until the voice has ended.
    await no.evaluate((element) => {
      const positions: number[] = [];
      (window as unknown as { __positions: number[] }).__positions = positions;
      const record = () => {
        positions.push(element.getBoundingClientRect().top);
        requestAnimationFrame(record);
      };
      record();
    });
    await page.locator('.read-aloud-button').click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    await expect.poll(() => page.locator('.read-aloud-speaking').count()).toBe(0);
    const positions = await page.evaluate(() => (window as unknown as { __positions: number[] }).__positions);
    expect(positions.length).toBeGreaterThan(2);
    expect(new Set(positions).size).toBe(1);
    await page.context().close();
  });
}

test('reads every warning sign of a checklist page', async () => {
  const { page } = await pageWith({}, '#/questions');
  await page.locator('[data-question-id]').first().waitFor();
  const shown = await page.$$eval('[data-question-id]', (elements) => elements.map((element) => element.getAttribute('data-question-id') ?? ''));
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => spoken(page)).toHaveLength(1);
  const text = (await spoken(page))[0]?.text ?? '';
  for (const id of shown) {
    expect(text).toContain(KNOWLEDGE.features.find((feature) => feature.id === id)?.text);
  }
  await page.context().close();
});

test('reads the result: how soon, what to do, and what needs checking now', async () => {
  const { page } = await pageWith({}, '#/questions');
  const given = await walkInterview(page, caseAnswers('spinal-malignancy'));
  const expected = assess(given);
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => spoken(page)).toHaveLength(1);
  const text = (await spoken(page))[0]?.text ?? '';
  expect(text).toContain('See a doctor today');
  for (const item of expected.attention) {
    expect(text).toContain(item.text);
  }
  await page.context().close();
});
