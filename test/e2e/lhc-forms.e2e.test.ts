/**
 * The static FHIR Questionnaire in a renderer Stride does not control: LHC-Forms (npm `lforms`, the
 * NLM's web component, loaded from node_modules with every non-loopback request refused) renders
 * GET /fhir/Questionnaire/stride in Debian's Chromium, shows a follow-up only after its enabling
 * answer, keeps a warning sign's recheck while the sign is empty, and the response it writes is
 * accepted by $assess.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, ROOT } from './helpers.js';
import { startServer, type StrideServer } from './server.js';

const LFORMS = join(ROOT, 'node_modules/lforms/dist/lforms');

/** The page the LHC-Forms README describes: its styles, zone.js, the web component, the R4 library. */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LHC-Forms</title>
<link href="/lforms/webcomponent/styles.css" rel="stylesheet">
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js" type="module"></script>
<script src="/lforms/webcomponent/polyfills.js" type="module"></script>
<script src="/lforms/webcomponent/main.js" type="module"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js" defer></script>
</head><body><div id="form"></div></body></html>`;

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

/** Serves the page and the lforms package's own built files, nothing else. */
async function serveLhcForms(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    const file = normalize(join(LFORMS, path.replace(/^\/lforms\//, '/')));
    if (!file.startsWith(LFORMS) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

interface LhcFormsWindow {
  readonly LForms?: {
    readonly Util: {
      addFormToPage(
        form: unknown,
        element: string,
        options: { fhirVersion: string },
      ): Promise<void>;
      getFormFHIRData(type: string, version: string): unknown;
    };
  };
}

/** Is an item of the Questionnaire on the page (LHC-Forms leaves a disabled item out)? */
function shown(page: Page, linkId: string): Promise<boolean> {
  return page.locator(`[id="item-${linkId}/1"]`).isVisible();
}

let browser: Browser;
let stride: StrideServer;

beforeAll(async () => {
  browser = await launchChromium();
  stride = await startServer();
});

afterAll(async () => {
  await browser.close();
  await stride.close();
});

test('LHC-Forms renders the Questionnaire offline and enables follow-ups only after their answer', async () => {
  const lhc = await serveLhcForms();
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const outside: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('http://127.0.0.1:')) {
      await route.continue();
      return;
    }
    outside.push(url);
    await route.abort();
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(lhc.url);
  await page.waitForFunction(
    () => typeof (window as LhcFormsWindow).LForms?.Util.addFormToPage === 'function',
  );
  const served = await fetch(new URL('fhir/Questionnaire/stride', stride.url));
  expect(served.status).toBe(200);
  const questionnaire: unknown = await served.json();
  await page.evaluate(async (form) => {
    await (window as LhcFormsWindow).LForms?.Util.addFormToPage(form, 'form', {
      fhirVersion: 'R4',
    });
  }, questionnaire);
  await expect.poll(() => shown(page, 'leg_weakness')).toBe(true);
  expect(await page.getByText('Is a leg or foot weak').isVisible()).toBe(true);

  // A warning sign's follow-up appears only after "yes" to the sign.
  expect(await shown(page, 'weakness_progressing')).toBe(false);
  await page.locator('[id="leg_weakness/1|true"]').click();
  await expect.poll(() => shown(page, 'weakness_progressing')).toBe(true);
  await page.locator('[id="leg_weakness/1|false"]').click();
  await expect.poll(() => shown(page, 'weakness_progressing')).toBe(false);

  // The plainer recheck stands while the sign is empty ("not sure"), and goes once it is answered.
  expect(await shown(page, 'bladder_bowel_recheck')).toBe(true);
  await page.locator('[id="bladder_bowel_change/1|false"]').click();
  await expect.poll(() => shown(page, 'bladder_bowel_recheck')).toBe(false);

  // A question for people from 45 on appears once the age says so.
  expect(await shown(page, 'onset_before_45')).toBe(false);
  await page.locator('[id="age/1"]').fill('67');
  await page.locator('[id="age/1"]').press('Tab');
  await expect.poll(() => shown(page, 'onset_before_45')).toBe(true);

  // What LHC-Forms writes is a QuestionnaireResponse that $assess takes.
  const response = await page.evaluate(() =>
    (window as LhcFormsWindow).LForms?.Util.getFormFHIRData('QuestionnaireResponse', 'R4'),
  );
  const assessed = await fetch(new URL('fhir/QuestionnaireResponse/$assess', stride.url), {
    method: 'POST',
    headers: { 'content-type': 'application/fhir+json' },
    body: JSON.stringify(response),
  });
  expect(assessed.status).toBe(200);
  const bundle = (await assessed.json()) as { entry?: { resource?: { resourceType?: string } }[] };
  expect(bundle.entry?.map((entry) => entry.resource?.resourceType)).toContain('RiskAssessment');

  expect(outside).toStrictEqual([]);
  expect(pageErrors).toStrictEqual([]);
  await context.close();
  await lhc.close();
});
