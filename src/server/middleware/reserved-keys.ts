/**
 * Refuses, once for every route, a JSON body holding a `__proto__`, `constructor` or `prototype`
 * key at any depth: such keys can pollute prototypes in code that copies objects, and a schema
 * may silently drop them (an assessment was stored as `{}`). The 400 names the key's path.
 * Unparsable bodies pass on untouched: the route's own validator answers them as it always has.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** application/json and every +json type (application/fhir+json), with or without parameters. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * The dotted path of the first reserved key in a parsed JSON value (`answers.__proto__`), or
 * undefined. Walked with an explicit stack, so a deeply nested body cannot overflow the call stack.
 */
export function reservedKeyPath(value: unknown): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next.value !== 'object' || next.value === null) {
      continue;
    }
    for (const [key, child] of Object.entries(next.value)) {
      const path = next.path === '' ? key : `${next.path}.${key}`;
      if (!Array.isArray(next.value) && RESERVED_KEYS.has(key)) {
        return path;
      }
      stack.push({ value: child, path });
    }
  }
  return undefined;
}

export function refuseReservedKeys(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type');
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || !JSON_MEDIA_TYPE.test(type ?? '')) {
      await next();
      return;
    }
    // Read as text (Hono keeps it, so the route's validator parses the same bytes again).
    const text = await c.req.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      await next();
      return;
    }
    const path = reservedKeyPath(parsed);
    if (path !== undefined) {
      throw new ApiError('bad_request', {
        message: `${path}: is a key this server never accepts`,
        path,
      });
    }
    await next();
  };
}
