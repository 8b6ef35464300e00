/**
 * Builds the whole HTTP application from its dependencies: security headers, body limit, rate
 * limit and request log around the API, FHIR and CDS Hooks routes, the OpenAPI document, and the
 * web app. No sockets here; main.ts serves it, tests call `app.request()`.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import type { Logger } from 'pino';
import type { Store } from '../store/index.js';
import { DEFAULT_PUBLIC_BASE_URL } from './config.js';
import { ApiError, errorResponse, handleErrors, validationHook } from './errors.js';
import { BODY_LIMIT_BYTES, bodyLimit } from './middleware/body-limit.js';
import { refuseContentEncoding } from './middleware/content-encoding.js';
import { fhirFormat } from './middleware/fhir-format.js';
import { allowedMethodsOf } from './middleware/method-not-allowed.js';
import { DEFAULT_RATE_LIMIT, rateLimit } from './middleware/rate-limit.js';
import type { RateLimitOptions } from './middleware/rate-limit.js';
import { completeDocument, INFO } from './openapi.js';
import type { OpenApiDocument } from './openapi.js';
import { requestLog } from './middleware/request-log.js';
import { refuseReservedKeys } from './middleware/reserved-keys.js';
import { securityHeaders } from './middleware/security.js';
import { createApiRoutes } from './routes/api.js';
import { createCdsRoutes } from './routes/cds.js';
import { createFhirRoutes, fhirErrorResponse } from './routes/fhir.js';
import { createProfileFhirRoutes } from './routes/profile-fhir.js';
import { createProfileRoutes } from './routes/profiles.js';
import { webApp } from './static.js';

/** Paths where the CORS middleware answers OPTIONS (preflight) itself. */
const CORS_PREFIXES = ['/fhir/*', '/cds-services', '/cds-services/*'] as const;
const CORS_PATH = /^\/(fhir|cds-services)(\/|$)/;

export { BODY_LIMIT_BYTES };

export interface AppDeps {
  readonly store?: Store | undefined;
  readonly logger: Logger;
  /** The built web app; default web/dist. */
  readonly webRoot?: string;
  /** Per-client limit; `false` turns it off (benchmarks of the handlers alone). */
  readonly rateLimit?: RateLimitOptions | false;
  readonly now?: () => Date;
  /**
   * The origin share links are built from: STRIDE_PUBLIC_URL, or the configured HOST and PORT
   * (config.ts `configuredOrigin`); never the request's Host header. Default 127.0.0.1:8080.
   */
  readonly publicBaseUrl?: string | (() => string);
}

/** FHIR routes answer errors as OperationOutcome; everything else as the CONTRACT error body. */
function respondError(c: Context, error: ApiError): Response {
  return c.req.path.startsWith('/fhir/') ? fhirErrorResponse(c, error) : errorResponse(c, error);
}

function serverUrlOf(publicBaseUrl: AppDeps['publicBaseUrl']): string {
  const configured = publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL;
  return (typeof configured === 'string' ? configured : configured()).replace(/\/+$/, '');
}

export function createApp(deps: AppDeps): OpenAPIHono {
  const now = deps.now ?? ((): Date => new Date());
  const app = new OpenAPIHono({ defaultHook: validationHook });

  app.onError(handleErrors(deps.logger, respondError));
  const allowedMethods = allowedMethodsOf(() => app.routes);
  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length === 0) {
      return respondError(c, new ApiError('not_found'));
    }
    const methods = CORS_PATH.test(c.req.path) ? [...allowed, 'OPTIONS'] : allowed;
    return respondError(
      c,
      new ApiError('method_not_allowed', {
        message: `This path answers ${methods.join(', ')} only.`,
        headers: { Allow: methods.join(', ') },
      }),
    );
  });

  app.use('*', requestLog(deps.logger));
  app.use('*', securityHeaders());
  if (deps.rateLimit !== false) {
    const limited = rateLimit(deps.rateLimit ?? DEFAULT_RATE_LIMIT);
    for (const prefix of ['/api/*', ...CORS_PREFIXES]) {
      app.use(prefix, limited);
    }
  }
  app.use('*', refuseContentEncoding());
  app.use('*', bodyLimit(BODY_LIMIT_BYTES));
  app.use('*', refuseReservedKeys());
  // Other origins' EHRs and apps call FHIR and CDS Hooks; no credentials are involved.
  for (const prefix of CORS_PREFIXES) {
    app.use(prefix, cors({ origin: '*', allowMethods: ['GET', 'POST', 'OPTIONS'] }));
  }
  // FHIR JSON is the one format served; anything else asked for is 406.
  for (const path of ['/fhir/*', '/api/v1/profiles/:id/fhir']) {
    app.use(path, fhirFormat());
  }

  app.route('/api/v1', createApiRoutes({ store: deps.store }));
  if (deps.store !== undefined) {
    app.route(
      '/api/v1',
      createProfileRoutes({
        store: deps.store,
        now,
        ...(deps.publicBaseUrl === undefined ? {} : { publicBaseUrl: deps.publicBaseUrl }),
      }),
    );
    app.route('/api/v1', createProfileFhirRoutes({ store: deps.store, now }));
  }
  app.route('/fhir', createFhirRoutes({ now }));
  app.route('/cds-services', createCdsRoutes({ logger: deps.logger }));

  // Generated once, on first request (every route is registered by then), and completed with
  // what the edge adds to every route (openapi.ts).
  let document: OpenApiDocument | undefined;
  app.get('/api/v1/openapi.json', (c) => {
    document ??= completeDocument(
      app.getOpenAPI31Document({ openapi: '3.1.0', info: INFO }) as unknown as OpenApiDocument,
      { rateLimited: deps.rateLimit !== false, serverUrl: serverUrlOf(deps.publicBaseUrl) },
    );
    return c.json(document);
  });

  app.use('*', webApp(deps.webRoot ?? 'web/dist'));
  return app;
}
