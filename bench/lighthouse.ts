// Lighthouse (mobile) on every main screen of the app served by the real server, in Debian's
// Chromium: the start page, a question, the result, the report, the diary and progress, each with
// the state a person would have there (answers in localStorage, a saved profile with eight weeks
// of walks made through the API), from a cold cache. Prints one table.
// `npm run bench:web`: needs web/dist (npm run build:web) and the npm registry (npx fetches
// lighthouse once; it is not a project dependency because only this script needs it).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../test/e2e/server.js';
import { answersUntil, caseAnswers, everyScreen, seedSavedProfile } from '../test/e2e/states.js';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const EVERY_SCREEN = ['start', 'question-yes-no', 'result', 'report', 'diary', 'progress'];
// BENCH_SCREENS=question-yes-no,result runs only those (one Lighthouse run is about a minute here).
const SCREENS = process.env['BENCH_SCREENS']?.split(',') ?? EVERY_SCREEN;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, lcpMs: 1500 };

const server = await startServer();
const work = mkdtempSync(join(tmpdir(), 'stride-lh-'));
const debugPort = 9300 + Math.floor(Math.random() * 500);
const browserProcess = spawn(
  '/usr/bin/chromium',
  ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--remote-debugging-port=${debugPort}`, `--user-data-dir=${join(work, 'profile')}`, 'about:blank'],
  { stdio: 'ignore' },
);

interface Row {
  readonly screen: string;
  readonly scores: Record<string, number>;
  readonly lcpMs: number;
  readonly fcp: string;
  readonly tbt: string;
  readonly cls: string;
}

/** Playwright over the DevTools port, retried while Chromium starts. */
async function connect(): Promise<Browser> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
    } catch (error) {
      if (attempt > 50) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const rows: Row[] = [];
try {
  const saved = await seedSavedProfile(server.url, answersUntil(caseAnswers('stenosis-classic')));
  const origin = new URL(server.url).origin;
  for (const screen of everyScreen(saved).filter((candidate) => SCREENS.includes(candidate.name))) {
    // Set the screen's storage from a page of the same origin that does not run the app, so the
    // app is neither cached nor its service worker installed; then let go of the browser, since
    // Lighthouse drives it alone.
    const browser = await connect();
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(new URL('/api/v1/health', server.url).toString());
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await cdp.send('Network.clearBrowserCache');
    await page.evaluate((storage) => {
      for (const [key, value] of Object.entries(storage)) {
        localStorage.setItem(key, value);
      }
    }, screen.storage);
    await page.close();
    await browser.close();
    console.error(`lighthouse: ${screen.name}`);
    const output = join(work, `${screen.name}.json`);
    const run = spawnSync(
      'npx',
      ['-y', LIGHTHOUSE, new URL(screen.path, server.url).toString(), `--port=${debugPort}`, '--disable-storage-reset', '--only-categories=performance,accessibility,best-practices', '--form-factor=mobile', '--output=json', `--output-path=${output}`, '--quiet'],
      { stdio: 'inherit', timeout: 240_000 },
    );
    if (run.status !== 0) {
      throw new Error(`lighthouse failed on ${screen.name}`);
    }
    const report = JSON.parse(readFileSync(output, 'utf8'));
    rows.push({
      screen: screen.name,
      scores: Object.fromEntries(Object.entries(report.categories).map(([name, category]) => [name, Math.round(category.score * 100)])),
      lcpMs: report.audits['largest-contentful-paint'].numericValue,
      fcp: report.audits['first-contentful-paint'].displayValue,
      tbt: report.audits['total-blocking-time'].displayValue,
      cls: report.audits['cumulative-layout-shift'].displayValue,
    });
  }
} finally {
  // Chromium writes to its profile until it has exited: remove the folder only after that.
  const exited = new Promise((resolve) => browserProcess.once('exit', resolve));
  browserProcess.kill('SIGTERM');
  await exited;
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const mark = (ok: boolean): string => (ok ? '' : ' (below target)');
console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, cold cache (targets: performance >= ${TARGETS.performance}, LCP <= ${TARGETS.lcpMs / 1000} s, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']})\n`);
console.log('| screen | performance | accessibility | best practices | LCP | FCP | TBT | CLS |\n|---|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const performance = row.scores['performance'] ?? 0;
  const accessibility = row.scores['accessibility'] ?? 0;
  const practices = row.scores['best-practices'] ?? 0;
  console.log(
    `| ${row.screen} | ${performance}${mark(performance >= TARGETS.performance)} | ${accessibility}${mark(accessibility >= TARGETS.accessibility)} | ${practices}${mark(practices >= TARGETS['best-practices'])} | ${(row.lcpMs / 1000).toFixed(1)} s${mark(row.lcpMs <= TARGETS.lcpMs)} | ${row.fcp} | ${row.tbt} | ${row.cls} |`,
  );
}
