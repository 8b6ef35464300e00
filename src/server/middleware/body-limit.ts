/**
 * Refuses request bodies over a size with 413. A body with a Content-Length is judged by the header
 * alone (Node's parser never reads past it), which keeps @hono/node-server's fast body path;
 * chunked bodies are counted as they stream by Hono's own bodyLimit.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit as streamingBodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors.js';

/** Bodies larger than this get 413. */
export const BODY_LIMIT_BYTES = 100 * 1024;

export function bodyLimit(maxBytes: number): MiddlewareHandler {
  const tooLarge = (): never => {
    throw new ApiError('payload_too_large');
  };
  const streaming = streamingBodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      await next();
      return;
    }
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (!/^\d+$/.test(length) || Number(length) > maxBytes) {
        tooLarge();
      }
      await next();
      return;
    }
    await streaming(c, next);
  };
}
