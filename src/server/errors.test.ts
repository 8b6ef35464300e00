/**
 * The edge's error type: every failure becomes `{ error: { code, message, path } }` with the
 * right status, and nothing of the request's values leaks into it.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, errorBody, handleErrors, toApiError, validationHook } from './errors.js';

class AnswersError extends Error {
  readonly key: string;
  readonly expected: string;
  constructor(key: string, expected: string, message: string) {
    super(message);
    this.name = 'AnswersError';
    this.key = key;
    this.expected = expected;
  }
}

const silent = { warn: (): void => undefined, error: (): void => undefined };

describe('ApiError', () => {
  it('takes its status and default message from the code table', () => {
    const error = new ApiError('gone');
    expect(error.status).toBe(410);
    expect(errorBody(error)).toStrictEqual({
      error: {
        code: 'gone',
        message: 'This link has expired or was revoked.',
        path: null,
      },
    });
  });

  it('carries a path when one is given', () => {
    expect(
      errorBody(new ApiError('bad_request', { message: 'no', path: 'walks.0.date' })),
    ).toStrictEqual({
      error: { code: 'bad_request', message: 'no', path: 'walks.0.date' },
    });
  });
});

describe('toApiError', () => {
  it('turns an AnswersError into 400 invalid_answers naming the key, without quoting the value', () => {
    const error = toApiError(
      new AnswersError('age', 'a number from 12 to 110', 'age: got "secret-value"'),
    );
    expect(error.status).toBe(400);
    expect(errorBody(error)).toStrictEqual({
      error: {
        code: 'invalid_answers',
        message: 'age: expected a number from 12 to 110',
        path: 'age',
      },
    });
  });

  it('turns a zod error into 400 naming the first failing field', () => {
    const parsed = z
      .object({ walks: z.array(z.object({ date: z.string() })) })
      .safeParse({ walks: [{ date: 3 }] });
    expect(parsed.success).toBe(false);
    const error = toApiError(parsed.error);
    expect(error.status).toBe(400);
    expect(error.path).toBe('walks.0.date');
  });

  it('turns an unparsable body into invalid_json', () => {
    expect(
      toApiError(new HTTPException(400, { message: 'Malformed JSON in request body' })).code,
    ).toBe('invalid_json');
  });

  it('hides anything unexpected behind a plain internal error', () => {
    const error = toApiError(new TypeError('cannot read "x" of undefined at /secret/path.ts:3'));
    expect(errorBody(error)).toStrictEqual({
      error: {
        code: 'internal',
        message: 'Something went wrong on our side.',
        path: null,
      },
    });
  });
});

describe('handleErrors', () => {
  const app = new Hono();
  app.onError(handleErrors(silent));
  app.get('/answers', () => {
    throw new AnswersError('sex', 'one of female, male, other', 'bad');
  });
  app.get('/limited', () => {
    throw new ApiError('rate_limited', { headers: { 'Retry-After': '3' } });
  });
  app.get('/crash', () => {
    throw new Error('stack goes here');
  });
  app.get('/hook', () => {
    validationHook({
      success: false,
      error: z.object({ id: z.string() }).safeParse({}).error ?? new z.ZodError([]),
    });
    return new Response('unreachable');
  });

  it('answers an AnswersError with 400 and the key in path', async () => {
    const res = await app.request('/answers');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'invalid_answers', path: 'sex' },
    });
  });

  it('sets the headers an error asks for', async () => {
    const res = await app.request('/limited');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
  });

  it('answers an unexpected error with 500 and no stack', async () => {
    const res = await app.request('/crash');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('stack goes here');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal' } });
  });

  it('answers a failed route validation with 400 naming the field', async () => {
    const res = await app.request('/hook');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'bad_request', path: 'id' },
    });
  });
});
