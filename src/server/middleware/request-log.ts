/**
 * One log line per request: method, route pattern (never the concrete URL, which can hold ids or
 * share tokens), status and duration. Bodies, headers and query strings are never logged.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from 'pino';

/** The pattern of the handler that answered (middleware is registered for method ALL). */
function routeOf(c: Context): string {
  const handlers = matchedRoutes(c).filter((route) => route.method !== 'ALL');
  return handlers.at(-1)?.path ?? '(static or not found)';
}

export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const status = c.res.status;
    const line = { method: c.req.method, route: routeOf(c), status, ms };
    if (status >= 500) {
      logger.error(line, 'request');
    } else {
      logger.info(line, 'request');
    }
  };
}
