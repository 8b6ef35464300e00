/**
 * The one error type of the HTTP edge: a code from a fixed table, its HTTP status, and the
 * CONTRACT error body `{ error: { code, message, path } }` that every failed request gets.
 */
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { routePath } from 'hono/route';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';

/** Every error code the API answers with, its HTTP status and a default message in plain words. */
export const API_ERRORS = {
  bad_request: { status: 400, message: 'The request is not valid.' },
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  invalid_answers: { status: 400, message: 'An answer is not valid.' },
  unauthorized: { status: 401, message: 'A valid token is needed for this.' },
  forbidden: { status: 403, message: 'This is not allowed.' },
  not_found: { status: 404, message: 'Nothing is here.' },
  not_acceptable: {
    status: 406,
    message: 'This format is not served here; ask for JSON (application/fhir+json).',
  },
  method_not_allowed: {
    status: 405,
    message: 'This method is not allowed here.',
  },
  conflict: { status: 409, message: 'This conflicts with what is stored.' },
  // 409, not 429: waiting does not help; the stored records are in the way (remove some).
  quota_exceeded: {
    status: 409,
    message: 'This profile keeps the most it may of these; `path` names which.',
  },
  gone: { status: 410, message: 'This link has expired or was revoked.' },
  precondition_failed: { status: 412, message: 'Data this needs was not sent.' },
  unprocessable: {
    status: 422,
    message: 'The request is well formed, but this server cannot act on it.',
  },
  payload_too_large: {
    status: 413,
    message: 'The request body is larger than 100 KB.',
  },
  unsupported_media_type: { status: 415, message: 'Send the body as JSON.' },
  rate_limited: {
    status: 429,
    message: 'Too many requests; try again shortly.',
  },
  internal: { status: 500, message: 'Something went wrong on our side.' },
  unavailable: { status: 503, message: 'The service cannot serve right now.' },
} as const satisfies Record<string, { status: ContentfulStatusCode; message: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** The CONTRACT error body. `path` names the offending key (e.g. a feature id), or is null. */
export interface ErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly path: string | null;
  };
}

export interface ApiErrorOptions {
  /** Plain words for the person or integrator; defaults to the code's message. */
  readonly message?: string;
  /** The offending key: a feature id, a body field ("walks.0.date"), or a FHIR linkId. */
  readonly path?: string;
  /** Extra response headers, e.g. Retry-After for 429. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly cause?: unknown;
}

/** An error that the edge turns into a CONTRACT error response; never carries answer values. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: ContentfulStatusCode;
  readonly path: string | null;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ApiErrorCode, options: ApiErrorOptions = {}) {
    super(options.message ?? API_ERRORS[code].message, {
      cause: options.cause,
    });
    this.name = 'ApiError';
    this.code = code;
    this.status = API_ERRORS[code].status;
    this.path = options.path ?? null;
    this.headers = options.headers ?? {};
  }
}

/** The JSON body for an error. */
export function errorBody(error: ApiError): ErrorBody {
  return {
    error: { code: error.code, message: error.message, path: error.path },
  };
}

/**
 * The engine's AnswersError, recognised by shape so that this module does not depend on the
 * engine (`key`: the feature id; `expected`: what was expected). Its message is not reused:
 * it may quote the value, and values never leave the server.
 */
interface AnswersErrorLike {
  readonly name: 'AnswersError';
  readonly key: string;
  readonly expected: string;
}

/**
 * The store's QuotaExceededError, recognised by shape like the AnswersError: `collection`
 * ("walks") and its `limit`.
 */
interface QuotaExceededErrorLike {
  readonly name: 'QuotaExceededError';
  readonly collection: string;
  readonly limit: number;
}

function isQuotaExceededError(error: unknown): error is QuotaExceededErrorLike {
  if (!(error instanceof Error) || error.name !== 'QuotaExceededError') {
    return false;
  }
  const fields = error as Error & { collection?: unknown; limit?: unknown };
  return typeof fields.collection === 'string' && typeof fields.limit === 'number';
}

export function isAnswersError(error: unknown): error is AnswersErrorLike {
  if (!(error instanceof Error) || error.name !== 'AnswersError') {
    return false;
  }
  const fields = error as Error & { key?: unknown; expected?: unknown };
  return typeof fields.key === 'string' && typeof fields.expected === 'string';
}

/** A zod issue path as one dotted string: ["walks", 0, "date"] -> "walks.0.date". */
export function joinPath(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) {
    return undefined;
  }
  return path
    .map((part) => (typeof part === 'symbol' ? (part.description ?? '') : String(part)))
    .join('.');
}

/** The first zod issue as an ApiError: the path names the field, the message is zod's (no values). */
export function fromZodError(error: ZodError, code: ApiErrorCode = 'bad_request'): ApiError {
  const issue = error.issues[0];
  if (issue === undefined) {
    return new ApiError(code, { cause: error });
  }
  // A strict object names the unknown key in `keys`, not in `path`.
  const path =
    issue.code === 'unrecognized_keys'
      ? joinPath([...issue.path, ...issue.keys.slice(0, 1)])
      : joinPath(issue.path);
  const message = path === undefined ? issue.message : `${path}: ${issue.message}`;
  return new ApiError(code, {
    message,
    ...(path === undefined ? {} : { path }),
    cause: error,
  });
}

const STATUS_TO_CODE: Readonly<Partial<Record<number, ApiErrorCode>>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  410: 'gone',
  412: 'precondition_failed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  503: 'unavailable',
};

/** Anything thrown, as an ApiError; unknown errors become `internal` with no detail exposed. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  if (isAnswersError(error)) {
    return new ApiError('invalid_answers', {
      message: `${error.key}: expected ${error.expected}`,
      path: error.key,
      cause: error,
    });
  }
  if (isQuotaExceededError(error)) {
    return new ApiError('quota_exceeded', {
      message: `${error.collection}: a profile can keep at most ${error.limit} ${error.collection}`,
      path: error.collection,
      cause: error,
    });
  }
  if (error instanceof ZodError) {
    return fromZodError(error);
  }
  if (error instanceof HTTPException) {
    // Hono's validator throws 400 "Malformed JSON in request body" for unparsable bodies.
    if (error.status === 400 && /json/i.test(error.message)) {
      return new ApiError('invalid_json', { cause: error });
    }
    const code = STATUS_TO_CODE[error.status] ?? (error.status >= 500 ? 'internal' : 'bad_request');
    return new ApiError(code, { cause: error });
  }
  if (error instanceof SyntaxError) {
    return new ApiError('invalid_json', { cause: error });
  }
  return new ApiError('internal', { cause: error });
}

/** A JSON error response with the code's status and headers. */
export function errorResponse(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) {
    c.header(name, value);
  }
  return c.json(errorBody(error), error.status);
}

/** Where errors are reported; a pino logger fits. Only codes and names are logged, never bodies. */
export interface ErrorLogger {
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/**
 * The app's `onError`: every thrown error becomes the CONTRACT body. Server faults are logged by
 * error name only (messages and stacks may quote request data); client faults by code and path.
 */
export function handleErrors(
  logger: ErrorLogger,
  respond: (c: Context, error: ApiError) => Response = errorResponse,
): ErrorHandler {
  return (thrown, c) => {
    const error = toApiError(thrown);
    if (error.status >= 500) {
      const name = thrown instanceof Error ? thrown.name : typeof thrown;
      logger.error(
        {
          code: error.code,
          errorName: name,
          method: c.req.method,
          route: routePath(c),
        },
        'request failed',
      );
    } else if (error.status === 413 || error.status === 429) {
      logger.warn({ code: error.code, method: c.req.method }, 'request refused');
    }
    return respond(c, error);
  };
}

/**
 * `defaultHook` for OpenAPIHono: a failed zod validation of a route's params, query or body is
 * thrown as a 400 ApiError naming the field, so it reaches `handleErrors` like any other error.
 */
export function validationHook(
  result: { success: true } | { success: false; error: ZodError },
): undefined {
  if (!result.success) {
    throw fromZodError(result.error);
  }
  return undefined;
}
