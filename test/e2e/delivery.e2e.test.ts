/**
 * What a new visitor's phone downloads from `npm start`'s server: every text file comes brotli
 * compressed with `Vary: Accept-Encoding`, and the first load of the start page, counted in bytes
 * on the wire (headers included) by the browser itself, stays within 100 KB.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MIN_BYTES as COMPRESSED_FROM_BYTES } from '../../web/build/precompress.js';
import { launchChromium } from './helpers.js';
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

const FIRST_LOAD_LIMIT_BYTES = 100 * 1024;

interface Transfer {
  readonly url: string;
  readonly bytes: number;
  /** The body's size as sent, when the server says it (it does for uncompressed files). */
  readonly bodyBytes: number | undefined;
  readonly encoding: string | undefined;
  readonly vary: string | undefined;
  readonly type: string | undefined;
}

test.each(['en-US', 'es-ES'])('the first load of the start page in %s is compressed and at most 100 KB on the wire', async (locale) => {
  // The service worker's background precache is counted apart: it starts after the page has loaded.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, { url: string; headers: Record<string, string> }>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]));
    responses.set(event.requestId, { url: event.response.url, headers });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = responses.get(event.requestId);
    if (response !== undefined) {
      transfers.push({
        url: response.url,
        bytes: event.encodedDataLength,
        bodyBytes: response.headers['content-length'] === undefined ? undefined : Number(response.headers['content-length']),
        encoding: response.headers['content-encoding'],
        vary: response.headers['vary'],
        type: response.headers['content-type'],
      });
    }
  });
  await page.goto(server.url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();

  const total = transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
  console.log(
    `first load (${locale}) ${(total / 1024).toFixed(1)} KB on the wire:\n${transfers.map((transfer) => `  ${(transfer.bytes / 1024).toFixed(1)} KB ${transfer.encoding ?? 'identity'} ${new URL(transfer.url).pathname}`).join('\n')}`,
  );
  expect(transfers.some((transfer) => transfer.url.endsWith('.js'))).toBe(true);
  // A file under 1 KB has no compressed copy: it would save less than its headers cost (web/build/precompress.ts).
  const small = (transfer: Transfer): boolean => transfer.bodyBytes !== undefined && transfer.bodyBytes < COMPRESSED_FROM_BYTES;
  for (const transfer of transfers.filter((candidate) => (/\.(?:js|css)$/.test(new URL(candidate.url).pathname) && !small(candidate)) || new URL(candidate.url).pathname === '/')) {
    expect(transfer.encoding, transfer.url).toBe('br');
    expect(transfer.vary, transfer.url).toContain('Accept-Encoding');
  }
  expect(total).toBeLessThanOrEqual(FIRST_LOAD_LIMIT_BYTES);
  await context.close();
});

test("opened at a saved profile's address, the page asks for those screens' chunk at once, and only there", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const screensChunk = (url: string): boolean => /\/assets\/lazy\/my-[^/]*\.js$/.test(url);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  await page.goto(server.url, { waitUntil: 'networkidle' });
  expect(requested.filter(screensChunk)).toStrictEqual([]);
  expect(await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toStrictEqual([]);

  await page.close();
  requested.length = 0;
  const diary = await context.newPage();
  diary.on('request', (request) => requested.push(request.url()));
  await diary.goto(new URL('#/diary', server.url).toString(), { waitUntil: 'networkidle' });
  const preloaded = await diary.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(preloaded.some(screensChunk)).toBe(true);
  // The preload is the one download: the screens' import() finds it in the module map.
  expect(requested.filter(screensChunk)).toHaveLength(1);
  await diary.getByRole('heading', { level: 1 }).waitFor();
  await context.close();
});

test('the service worker precache downloads the compressed copies too', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const page = await context.newPage();
  const precached: { url: string; bytes: number; bodyBytes: number; encoding: string | null }[] = [];
  context.on('requestfinished', (request) => {
    if (request.serviceWorker() === null) {
      return;
    }
    void Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => {
      precached.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, bodyBytes: sizes.responseBodySize, encoding: response?.headers()['content-encoding'] ?? null });
    });
  });
  await page.goto(server.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForTimeout(300);
  const total = precached.reduce((sum, item) => sum + item.bytes, 0);
  console.log(`service worker precache ${(total / 1024).toFixed(1)} KB on the wire over ${String(precached.length)} files`);
  const scripts = precached.filter((item) => item.url.endsWith('.js') && item.bodyBytes >= COMPRESSED_FROM_BYTES);
  expect(scripts.length).toBeGreaterThan(0);
  for (const item of scripts) {
    expect(item.encoding, item.url).toBe('br');
  }
  await context.close();
});
