/**
 * Refuses compressed request bodies with 415 (RFC 9110 section 15.5.16): the server reads bodies
 * as they are, so a gzip body would otherwise be parsed as if it were plain JSON. `identity` is
 * no encoding and passes. The answer says what is accepted in `Accept-Encoding`.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

export function refuseContentEncoding(): MiddlewareHandler {
  return async (c, next) => {
    const encoding = c.req.header('content-encoding');
    if (encoding !== undefined && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const codings = encoding
        .split(',')
        .map((coding) => coding.trim().toLowerCase())
        .filter((coding) => coding !== '');
      if (codings.some((coding) => coding !== 'identity')) {
        throw new ApiError('unsupported_media_type', {
          message: 'Content-Encoding is not supported: send the body uncompressed.',
          path: 'Content-Encoding',
          headers: { 'Accept-Encoding': 'identity' },
        });
      }
    }
    await next();
  };
}
