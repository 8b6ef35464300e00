// Lighthouse (mobile) on the built web app served by the real server, in Debian's Chromium.
// `npm run bench:web`: needs `npm run build`, web/dist and network access to the npm registry
// (npx fetches lighthouse once; it is not a project dependency because only this script needs it).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 8000 + Math.floor(Math.random() * 900);
const dataDir = mkdtempSync(join(tmpdir(), 'stride-lh-'));
const server = spawn(process.execPath, ['dist/server/main.js'], { env: { ...process.env, PORT: String(port), STRIDE_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1500));
const output = join(dataDir, 'lighthouse.json');
const run = spawnSync('npx', ['-y', 'lighthouse@12.8.2', `http://127.0.0.1:${port}/`, '--chrome-path=/usr/bin/chromium',
  '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
  '--only-categories=performance,accessibility,best-practices', '--form-factor=mobile', '--output=json', `--output-path=${output}`, '--quiet'], { stdio: 'inherit' });
server.kill('SIGTERM');
if (run.status !== 0) {
  process.exit(run.status ?? 1);
}
const report = JSON.parse(readFileSync(output, 'utf8'));
console.log('| Lighthouse (mobile, start page) | score |\n|---|---:|');
for (const [name, category] of Object.entries(report.categories)) {
  console.log(`| ${name} | ${Math.round(category.score * 100)} |`);
}
for (const audit of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
  console.log(`| ${audit} | ${report.audits[audit].displayValue} |`);
}
