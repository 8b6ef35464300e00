/**
 * Serves the built web app: files from the web root with their content types, the build's brotli
 * or gzip copy when the browser accepts it (`Vary: Accept-Encoding`), hashed assets cached for a
 * year, everything else revalidated; unknown page paths fall back to index.html so the app's own
 * router can take them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

/** Vite puts content-hashed files here; their names change when they do. */
const IMMUTABLE_PREFIX = '/assets/';

/** A share link's page: the app shows the clinician summary (it fetches /api/v1/shares/{token}). */
const SHARE_PAGE = /^\/share\/[A-Za-z0-9_-]{1,200}$/;

/** Paths that belong to the API and never fall back to the page. */
const NOT_PAGES = /^\/(api|fhir|cds-services)(\/|$)/;

/** Files the build keeps a .br and .gz copy of (web/build/precompress.ts); their response depends on Accept-Encoding. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|webmanifest|txt|xml)$/;

/** Whether a request path names a file the build compresses (a directory path serves its index.html). */
function isCompressible(path: string): boolean {
  return path.endsWith('/') || COMPRESSIBLE.test(path);
}

export function webApp(webRoot: string): MiddlewareHandler {
  const root = resolve(webRoot);
  const indexPath = join(root, 'index.html');
  const files = serveStatic({ root, precompressed: true });
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || NOT_PAGES.test(c.req.path)) {
      await next();
      return;
    }
    const served = await files(c, () => Promise.resolve());
    if (served instanceof Response) {
      served.headers.set(
        'Cache-Control',
        c.req.path.startsWith(IMMUTABLE_PREFIX)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
      // Every compressible file has variants, so a cache must key on Accept-Encoding even when
      // this response is the plain one (serveStatic only says so when it picked a compressed copy).
      if (
        isCompressible(c.req.path) &&
        !(served.headers.get('Vary') ?? '').includes('Accept-Encoding')
      ) {
        served.headers.append('Vary', 'Accept-Encoding');
      }
      return served;
    }
    if (SHARE_PAGE.test(c.req.path) && existsSync(indexPath)) {
      // One level down: a <base> keeps the page's relative asset URLs pointing at the web root.
      const html = readFileSync(indexPath, 'utf8').replace('<head>', '<head><base href="../" />');
      c.header('Cache-Control', 'no-store');
      c.header('X-Robots-Tag', 'noindex, nofollow');
      return c.html(html);
    }
    // A path with a file extension is a missing file, not a page of the app.
    const lastSegment = c.req.path.split('/').pop() ?? '';
    if (lastSegment.includes('.') || !existsSync(indexPath)) {
      await next();
      return;
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  };
}
