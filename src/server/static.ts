/**
 * Serves the built web app: files from the web root with their content types, hashed assets
 * cached for a year, everything else revalidated; unknown page paths fall back to index.html so
 * the app's own router can take them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

/** Vite puts content-hashed files here; their names change when they do. */
const IMMUTABLE_PREFIX = '/assets/';

/** Paths that belong to the API and never fall back to the page. */
const NOT_PAGES = /^\/(api|fhir|cds-services)(\/|$)/;

export function webApp(webRoot: string): MiddlewareHandler {
  const root = resolve(webRoot);
  const indexPath = join(root, 'index.html');
  const files = serveStatic({ root });
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
      return served;
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
