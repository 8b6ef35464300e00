/** The page's JS heap stays under 20 MB through a whole interview, the result and the report (measured through the DevTools protocol). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, launchChromium, publicVignettes, serveDist, walkInterview, type StaticServer } from './helpers.js';

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

const LIMIT_BYTES = 20 * 1024 * 1024;

test('JS heap under 20 MB from start to report', async () => {
  const page: Page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const samples: number[] = [];
  const sample = async (): Promise<void> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    samples.push(metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
  };
  await page.goto(`${server.url}#/questions`);
  const vignette = publicVignettes().find((candidate) => candidate.id === 'hip-osteoarthritis');
  if (vignette === undefined) {
    throw new Error('vignette missing');
  }
  await walkInterview(page, vignette.answers, sample);
  await sample();
  await page.goto(`${server.url}#/report`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await sample();
  const peak = Math.max(...samples);
  mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'artifacts/web-heap.json'), JSON.stringify({ peakBytes: peak, samples: samples.length }, null, 2));
  console.log(`peak JS heap ${(peak / 1024 / 1024).toFixed(1)} MB over ${String(samples.length)} samples`);
  expect(peak).toBeLessThan(LIMIT_BYTES);
  await page.context().close();
});
