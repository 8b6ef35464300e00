/** Shared pieces of the browser tests: a static server for web/dist, Debian's Chromium, and a walker that answers the interview through the CONTRACT's hooks. */
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AnswerValue } from '../../src/index.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DIST = join(ROOT, 'web/dist');
export const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');
export const VIGNETTES = join(ROOT, 'test/vignettes/public');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export interface StaticServer {
  readonly url: string;
  readonly close: () => Promise<void>;
  /** Every path the page asked for, to prove it made no other requests. */
  readonly requests: readonly string[];
}

/** Serves web/dist on 127.0.0.1 at a random port, the way any plain static server would. */
export async function serveDist(): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Debian's Chromium with the flags this machine needs (no background network, no sandbox as root). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Vignette {
  readonly id: string;
  readonly file: string;
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

export function publicVignettes(): Vignette[] {
  return readdirSync(VIGNETTES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = JSON.parse(readFileSync(join(VIGNETTES, file), 'utf8')) as { id: string; answers: Record<string, AnswerValue> };
      return { id: parsed.id, file, answers: parsed.answers };
    });
}

export interface ScreenInfo {
  readonly key: string;
  readonly questionIds: readonly string[];
}

/** What a walk through the interview did: the answers it gave, the screens it saw and the taps it took. */
export interface WalkRecord {
  readonly given: Record<string, AnswerValue>;
  /** Interview screens answered (a checklist page counts as one), not counting the result. */
  readonly screens: number;
  /** Each click, and each number typed, counts as one tap. */
  readonly taps: number;
}

async function screenKey(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    if (document.querySelector('[data-triage-level]') !== null) {
      return 'result';
    }
    return document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null;
  });
}

const idsOnScreen = (page: Page): Promise<string[]> =>
  page.$$eval('[data-question-id]', (elements) => elements.map((element) => element.getAttribute('data-question-id') ?? ''));

/**
 * Answers every screen the interview shows, taking each answer from `answers` (a question the
 * case does not cover is answered "Not sure"), until the result appears. A checklist page whose
 * signs the case answers all "no" is answered with its one "I have none of these" tap, as a person would.
 */
export async function walkInterviewRecorded(
  page: Page,
  answers: Readonly<Record<string, AnswerValue>>,
  onScreen?: (screen: ScreenInfo) => Promise<void>,
  /** The "Next" button's name in the page's language. */
  nextLabel = 'Next',
): Promise<WalkRecord> {
  const given: Record<string, AnswerValue> = {};
  let screens = 0;
  let taps = 0;
  for (let step = 0; step < 150; step += 1) {
    await page.waitForSelector('[data-triage-level], [data-question-id]');
    const key = await screenKey(page);
    if (key === 'result') {
      return { given, screens, taps };
    }
    if (key === null) {
      throw new Error('an interview screen without data-screen');
    }
    screens += 1;
    const firstIds = await idsOnScreen(page);
    await onScreen?.({ key, questionIds: firstIds });
    const none = page.locator('[data-answer="none"]');
    if ((await none.count()) > 0 && firstIds.every((id) => answers[id] === false)) {
      for (const id of firstIds) {
        given[id] = false;
      }
      await none.click();
      taps += 1;
    } else {
      const hasNext = (await page.getByRole('button', { name: nextLabel, exact: true }).count()) > 0;
      const answeredHere = new Set<string>();
      // A checklist can reveal a follow-up sign after an answer, so look again until none is left.
      for (;;) {
        const open = (await idsOnScreen(page)).filter((id) => !answeredHere.has(id));
        if (open.length === 0 || (await screenKey(page)) !== key) {
          break;
        }
        for (const id of open) {
          answeredHere.add(id);
          const value = answers[id] ?? null;
          given[id] = value;
          const question = page.locator(`[data-question-id="${id}"]`);
          if (typeof value === 'number') {
            await question.locator('input[type="number"]').fill(String(value));
          } else {
            await question.locator(`[data-answer="${String(value)}"]`).click();
          }
          taps += 1;
        }
      }
      if (hasNext && (await screenKey(page)) === key) {
        await page.getByRole('button', { name: nextLabel, exact: true }).click();
        taps += 1;
      }
    }
    await page.waitForFunction(
      (previous) =>
        document.querySelector('[data-triage-level]') !== null ||
        (document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? previous) !== previous,
      key,
    );
  }
  throw new Error('the interview did not end within 150 screens');
}

/** walkInterviewRecorded, returning only the answers given. */
export async function walkInterview(
  page: Page,
  answers: Readonly<Record<string, AnswerValue>>,
  onScreen?: (screen: ScreenInfo) => Promise<void>,
  nextLabel = 'Next',
): Promise<Record<string, AnswerValue>> {
  return (await walkInterviewRecorded(page, answers, onScreen, nextLabel)).given;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
