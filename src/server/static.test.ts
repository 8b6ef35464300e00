/**
 * The built web app on the wire: the brotli or gzip copy the build wrote when the browser accepts
 * it, the plain file otherwise, and `Vary: Accept-Encoding` on every response that has copies.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { createLogger } from './logger.js';

const script = `export const words = ${JSON.stringify('walk '.repeat(2000))};`;
const page = `<!doctype html><title>Stride</title><p>${'x'.repeat(2000)}</p>`;

function webRootWithCopies(): string {
  const root = mkdtempSync(join(tmpdir(), 'stride-web-'));
  mkdirSync(join(root, 'assets'));
  const files: Record<string, string> = { 'index.html': page, 'assets/app-1a2b3c.js': script };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(root, name), content);
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(content));
    writeFileSync(join(root, `${name}.gz`), gzipSync(content));
  }
  writeFileSync(join(root, 'assets/plain-1a2b3c.css'), 'body{}');
  return root;
}

const app = createApp({
  logger: createLogger({ level: 'silent' }),
  rateLimit: false,
  webRoot: webRootWithCopies(),
});

async function bodyOf(res: Response): Promise<Buffer> {
  return Buffer.from(await res.arrayBuffer());
}

describe('compressed delivery of the web app', () => {
  it('sends the brotli copy to a browser that accepts brotli', async () => {
    const res = await app.request('/assets/app-1a2b3c.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await bodyOf(res);
    expect(body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('sends the gzip copy when only gzip is accepted', async () => {
    const res = await app.request('/assets/app-1a2b3c.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    expect(gunzipSync(await bodyOf(res)).toString()).toBe(script);
  });

  it('sends the plain file, still with Vary, when no compression is accepted', async () => {
    const res = await app.request('/assets/app-1a2b3c.js');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    expect((await bodyOf(res)).toString()).toBe(script);
  });

  it('compresses the page itself at /', async () => {
    const res = await app.request('/', { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(brotliDecompressSync(await bodyOf(res)).toString()).toBe(page);
  });

  it('sends a file without copies as it is', async () => {
    const res = await app.request('/assets/plain-1a2b3c.css', {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe('body{}');
  });
});
