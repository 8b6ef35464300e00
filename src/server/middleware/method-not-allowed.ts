/**
 * Tells a wrong method from an unknown path: when no route answered but the path is served under
 * other methods, the answer is 405 with `Allow` listing them (RFC 9110 section 15.5.6), not 404.
 */
import type { RouterRoute } from 'hono/types';

/** A Hono route path (`/profiles/:id/walks`) as a regular expression over request paths. */
function patternOf(path: string): RegExp {
  const segments = path.split('/').map((segment) => {
    if (segment.startsWith(':')) {
      return '[^/]+';
    }
    if (segment === '*') {
      return '.*';
    }
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  // A route mounted at a prefix's root ('/cds-services/') also answers without the slash.
  return new RegExp(`^${segments.join('/').replace(/\/$/, '')}/?$`);
}

/**
 * The methods each served path answers, read once from the app's routes (middleware is `ALL`
 * and says nothing about methods). GET implies HEAD, which Hono answers with the GET handler.
 */
export function allowedMethodsOf(
  routes: () => readonly RouterRoute[],
): (path: string) => readonly string[] {
  let table: readonly { pattern: RegExp; method: string }[] | undefined;
  return (path) => {
    table ??= routes()
      .filter((route) => route.method !== 'ALL')
      .map((route) => ({ pattern: patternOf(route.path), method: route.method.toUpperCase() }));
    const methods = new Set<string>();
    for (const route of table) {
      if (route.pattern.test(path)) {
        methods.add(route.method);
        if (route.method === 'GET') {
          methods.add('HEAD');
        }
      }
    }
    return [...methods];
  };
}
