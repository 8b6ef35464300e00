/** Bearer-token check for profile routes: no or unknown token 401, another profile's token 404 (so an id's existence is never revealed). */
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../../errors.js';
import type { Store } from '../../../store/types.js';

// RFC 7235 section 2.1: the scheme name is case-insensitive ("bearer" and "BEARER" too).
const BEARER = /^Bearer[ \t]+([A-Za-z0-9_-]{1,200})[ \t]*$/i;

const unauthorized = (message: string): ApiError =>
  new ApiError('unauthorized', { message, headers: { 'WWW-Authenticate': 'Bearer' } });

/** Rejects the request unless its bearer token opens the profile named by the `id` path parameter. */
export function requireProfileToken(store: Store) {
  return createMiddleware(async (c, next) => {
    const header = c.req.header('Authorization');
    if (header === undefined) {
      throw unauthorized('This needs the profile token: send Authorization: Bearer <token>.');
    }
    const token = BEARER.exec(header)?.[1];
    const owner = token === undefined ? undefined : await store.profiles.authenticate(token);
    if (owner === undefined) {
      throw unauthorized('The profile token is not valid.');
    }
    if (owner !== c.req.param('id')) {
      throw new ApiError('not_found', { message: 'No such profile.' });
    }
    await next();
  });
}
