/**
 * One log line per request: method, route pattern (never the concrete URL, which can hold ids or
 * share tokens), status and duration. Bodies, headers and query strings are never logged.
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';

export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const status = c.res.status;
    const line = { method: c.req.method, route: routePath(c, -1), status, ms };
    if (status >= 500) {
      logger.error(line, 'request');
    } else {
      logger.info(line, 'request');
    }
  };
}
