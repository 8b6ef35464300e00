/** Dev aid (not a test): walks a vignette and saves the result page in viewport-sized slices to /tmp/look for reading. */
import { launchChromium, publicVignettes, serveDist, walkInterview } from './helpers.js';

const [id = 'stenosis-classic', route = 'result', width = '390', height = '1400', scheme = 'light'] = process.argv.slice(2);
const server = await serveDist();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, locale: 'en-US', colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await page.goto(`${server.url}#/questions`);
const vignette = publicVignettes().find((candidate) => candidate.id === id);
if (vignette === undefined) {
  throw new Error(id);
}
await walkInterview(page, vignette.answers);
if (route !== 'result') {
  await page.goto(`${server.url}#/${route}`);
  await page.waitForTimeout(200);
}
if (process.env['OPEN'] === '1') {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) {
      details.open = true;
    }
  });
}
const total = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, index = 0; y < total; y += Number(height), index += 1) {
  await page.screenshot({ path: `/tmp/look/${route}-${String(index).padStart(2, '0')}.png`, clip: { x: 0, y, width: Number(width), height: Math.min(Number(height), total - y) }, fullPage: true });
}
console.log('slices', Math.ceil(total / Number(height)));
await browser.close();
await server.close();
