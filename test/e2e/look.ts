/** Dev aid (not a test): walks a vignette and saves a page in viewport-sized slices for reading (LOOK_DIR, default /tmp/look). FONT=200 sets 200% text, LANG sets the browser language. */
import { mkdirSync } from 'node:fs';
import { launchChromium, publicVignettes, serveDist, walkInterview } from './helpers.js';

const [id = 'stenosis-classic', route = 'result', width = '390', height = '1400', scheme = 'light'] = process.argv.slice(2);
const dir = process.env['LOOK_DIR'] ?? '/tmp/look';
mkdirSync(dir, { recursive: true });
const server = await serveDist();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, locale: process.env['LANG_TAG'] ?? 'en-US', colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await page.goto(`${server.url}#/questions`);
const vignette = publicVignettes().find((candidate) => candidate.id === id);
if (vignette === undefined) {
  throw new Error(id);
}
await walkInterview(page, vignette.answers, undefined, (process.env['LANG_TAG'] ?? 'en').startsWith('es') ? 'Siguiente' : 'Next');
if (route !== 'result') {
  await page.goto(`${server.url}#/${route}`);
  await page.waitForTimeout(200);
}
if (process.env['FONT'] !== undefined) {
  await page.evaluate((size) => {
    document.documentElement.style.fontSize = `${size}%`;
  }, process.env['FONT']);
}
if (process.env['OPEN'] === '1') {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) {
      details.open = true;
    }
  });
  await page.waitForTimeout(200);
}
const total = await page.evaluate(() => document.documentElement.scrollHeight);
const wide = await page.evaluate(() => document.documentElement.scrollWidth);
for (let y = 0, index = 0; y < total; y += Number(height), index += 1) {
  await page.screenshot({ path: `${dir}/${route}-${String(index).padStart(2, '0')}.png`, clip: { x: 0, y, width: Number(width), height: Math.min(Number(height), total - y) }, fullPage: true });
}
console.log('slices', Math.ceil(total / Number(height)), 'height', total, 'scrollWidth', wide);
await browser.close();
await server.close();
