/** The clinician report printed to PDF (A4 and Letter) fits one page and carries the triage, the warning signs and the likely causes. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../../src/index.js';
import { en } from '../../web/src/i18n/en.js';
import { ROOT, launchChromium, publicVignettes, serveDist, walkInterview, type StaticServer } from './helpers.js';

let server: StaticServer;
let browser: Browser;
const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Squeezes whitespace, since PDF text breaks lines wherever the layout did. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe.each(['spinal-malignancy', 'stenosis-classic', 'hip-osteoarthritis'])('report for %s', (id) => {
  test.each(['A4', 'Letter'] as const)('%s: one page with triage and causes', async (format) => {
    const vignette = publicVignettes().find((candidate) => candidate.id === id);
    if (vignette === undefined) {
      throw new Error(id);
    }
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${server.url}#/questions`);
    const given = await walkInterview(page, vignette.answers);
    const result = assess(given);
    await page.goto(`${server.url}#/report`);
    await page.getByRole('heading', { level: 1, name: en.report.title }).waitFor();

    const expected = [
      en.result.levels[result.triage.level],
      ...result.causes.filter((cause) => cause.band !== 'unlikely').map((cause) => cause.name),
      en.report.warningTitle,
      'Knowledge version',
    ];
    mkdirSync(join(ROOT, 'artifacts/pdf'), { recursive: true });
    const file = join(ROOT, `artifacts/pdf/report-${id}-${format}.pdf`);
    await page.pdf({ path: file, format, printBackground: true });
    if (hasPoppler) {
      const text = flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
      for (const phrase of expected) {
        expect(text).toContain(phrase);
      }
      const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1];
      expect(pages).toBe('1');
    } else {
      // Without poppler, check what the print layout shows.
      await page.emulateMedia({ media: 'print' });
      const text = flat(await page.locator('main').innerText());
      for (const phrase of expected) {
        expect(text).toContain(phrase);
      }
    }
    await page.context().close();
  });
});

describe('the report in Spanish', () => {
  test.each(['A4', 'Letter'] as const)('%s: one page, in Spanish, with the note on the translation', async (format) => {
    const { es, REVIEW_NOTE } = await import('../../web/src/i18n/es.js');
    const vignette = publicVignettes().find((candidate) => candidate.id === 'spinal-malignancy');
    if (vignette === undefined) {
      throw new Error('spinal-malignancy');
    }
    const page = await browser.newPage({ locale: 'es-ES' });
    await page.goto(`${server.url}#/questions`);
    const given = await walkInterview(page, vignette.answers, undefined, es.interview.next);
    const result = assess(given);
    await page.goto(`${server.url}#/report`);
    await page.getByRole('heading', { level: 1, name: es.report.title }).waitFor();
    mkdirSync(join(ROOT, 'artifacts/pdf'), { recursive: true });
    const file = join(ROOT, `artifacts/pdf/report-es-spinal-malignancy-${format}.pdf`);
    await page.pdf({ path: file, format, printBackground: true });
    if (hasPoppler) {
      const text = flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
      for (const phrase of [es.result.levels[result.triage.level], es.report.answersTitle, es.report.attentionTitle, REVIEW_NOTE]) {
        expect(text).toContain(phrase);
      }
      const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1];
      expect(pages).toBe('1');
    }
    await page.context().close();
  });
});
