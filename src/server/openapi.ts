/**
 * The OpenAPI document's whole truth: the routes declare their own bodies, parameters and
 * statuses (zod, via @hono/zod-openapi); this module adds what the app's edge does to every
 * route alike (rate limit 429, body limit 413, Content-Encoding 415, reserved-key 400, 500), the
 * public routes' `security: []`, servers, tags, contact and licence, so that no middleware's answer
 * goes undeclared and no route can forget it.
 */
import { KNOWLEDGE, knowledgeVersionOf } from '../index.js';
import { BODY_LIMIT_BYTES } from './middleware/body-limit.js';

const BODY_LIMIT_KIB = BODY_LIMIT_BYTES / 1024;

interface Schema {
  readonly [keyword: string]: unknown;
}

interface Header {
  readonly description: string;
  readonly schema: Schema;
}

interface ResponseObject {
  description: string;
  headers?: Record<string, Header>;
  content?: Record<string, { schema?: Schema }>;
}

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  responses: Record<string, ResponseObject>;
}

/** The parts of an OpenAPI 3.1 document this module reads and completes. */
export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description: string }[];
  paths?: Record<string, Record<string, Operation>>;
  components?: Record<string, Record<string, unknown>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export const TAGS = [
  {
    name: 'assessment',
    description:
      'The interview and its result: answers in, triage, likely causes with reasons and a self-care plan out. Nothing is stored.',
  },
  {
    name: 'profiles',
    description:
      'A profile is a random id and a secret token (no account, no personal details): stored assessments, the walking diary, shoes, progress, share links, export and erase. Every route but creation needs the Bearer token.',
  },
  {
    name: 'shares',
    description:
      'The read-only clinician summary behind a share link; it expires (410) and can be revoked (410).',
  },
  {
    name: 'fhir',
    description:
      'FHIR R4: the interview as a Questionnaire and $assess. Errors are OperationOutcome resources.',
  },
  {
    name: 'cds-hooks',
    description: 'CDS Hooks 2.0: discovery and the patient-view triage service.',
  },
  { name: 'service', description: 'Whether the process can serve.' },
] as const;

type TagName = (typeof TAGS)[number]['name'];

function tagOf(path: string): TagName {
  if (path.startsWith('/fhir/')) {
    return 'fhir';
  }
  if (path.startsWith('/cds-services')) {
    return 'cds-hooks';
  }
  if (path.startsWith('/api/v1/shares/')) {
    return 'shares';
  }
  if (path.startsWith('/api/v1/profiles')) {
    return 'profiles';
  }
  return path === '/api/v1/health' ? 'service' : 'assessment';
}

/** `post /api/v1/profiles/{id}/walks` -> `postProfileWalks`: stable, unique, readable. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'api' && segment !== 'v1')
    .filter((segment) => !segment.startsWith('{'))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter((word) => word !== '');
  return [method, ...words.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)].join(
    '',
  );
}

const RETRY_AFTER: Header = {
  description: 'Seconds until the client may try again.',
  schema: { type: 'integer', minimum: 1 },
};

const WWW_AUTHENTICATE: Header = {
  description: 'The scheme to authenticate with: always `Bearer`.',
  schema: { type: 'string', const: 'Bearer' },
};

const ACCEPT_ENCODING: Header = {
  description: 'Sent when the body was compressed: only `identity` (no encoding) is read.',
  schema: { type: 'string', const: 'identity' },
};

export interface CompleteOptions {
  /** Whether the per-client rate limit is on (it answers 429 on /api, /fhir and /cds-services). */
  readonly rateLimited: boolean;
  /** The origin the API is reached at (STRIDE_PUBLIC_URL, or HOST and PORT). */
  readonly serverUrl: string;
}

/** The error content of a path: OperationOutcome under /fhir, else the CONTRACT error body. */
function errorContentOf(path: string): Record<string, { schema: Schema }> {
  return path.startsWith('/fhir/')
    ? { 'application/fhir+json': { schema: { $ref: '#/components/schemas/FhirResource' } } }
    : { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
}

/** Adds a response unless the route declared that status itself (its own words win). */
function declare(operation: Operation, status: number, response: ResponseObject): void {
  const key = String(status);
  const existing = operation.responses[key];
  if (existing === undefined) {
    operation.responses[key] = response;
    return;
  }
  if (response.headers !== undefined) {
    existing.headers = { ...response.headers, ...existing.headers };
  }
}

/** The edge's answers for one operation, from the middleware every request passes through. */
function completeOperation(
  path: string,
  method: string,
  operation: Operation,
  options: CompleteOptions,
): void {
  const tag = tagOf(path);
  operation.tags ??= [tag];
  operation.operationId ??= operationIdOf(method, path);
  operation.security ??= [];
  const secured = operation.security.length > 0;
  operation.description ??=
    `${operation.summary ?? operationIdOf(method, path)}. ` +
    (secured
      ? "Needs the profile's token: `Authorization: Bearer <token>`."
      : 'Public: no token needed.');
  const content = errorContentOf(path);
  const error = (description: string, headers?: Record<string, Header>): ResponseObject => ({
    description,
    content,
    ...(headers === undefined ? {} : { headers }),
  });

  if (secured) {
    declare(
      operation,
      401,
      error('No token, or not a valid one.', { 'WWW-Authenticate': WWW_AUTHENTICATE }),
    );
    declare(operation, 404, error('No such profile for this token.'));
  }
  if (method !== 'get' && method !== 'head') {
    declare(
      operation,
      400,
      error(
        'The request is not valid; `path` names the field. A `__proto__`, `constructor` or ' +
          '`prototype` key anywhere in a JSON body is refused too.',
      ),
    );
    declare(operation, 413, error(`The body is larger than ${String(BODY_LIMIT_KIB)} KB.`));
    declare(
      operation,
      415,
      error('The body is not JSON, or it is compressed (any Content-Encoding but identity).', {
        'Accept-Encoding': ACCEPT_ENCODING,
      }),
    );
  }
  if (options.rateLimited && /^\/(api|fhir|cds-services)(\/|$)/.test(path)) {
    declare(
      operation,
      429,
      error('Too many requests from this client; try again after Retry-After seconds.', {
        'Retry-After': RETRY_AFTER,
      }),
    );
  }
  declare(operation, 500, error('Something went wrong on the server; nothing is exposed.'));
}

/** The document generated from the routes, completed with what the edge adds to every route. */
export function completeDocument(
  generated: OpenApiDocument,
  options: CompleteOptions,
): OpenApiDocument {
  const document = structuredClone(generated);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation !== undefined) {
        completeOperation(path, method, operation, options);
      }
    }
  }
  document.servers = [{ url: options.serverUrl, description: 'This Stride server' }];
  document.tags = TAGS.map((tag) => ({ ...tag }));
  return document;
}

/** The document's `info`: what Stride is, who answers for it, its licence. */
export const INFO = {
  title: 'Stride API',
  version: knowledgeVersionOf(KNOWLEDGE),
  description:
    'Self-assessment for lower back pain when walking: triage, likely causes with reasons, ' +
    'self-care plan, walking diary. General information, not a diagnosis.\n\n' +
    'Errors are `{ "error": { "code", "message", "path" } }` (OperationOutcome under /fhir). ' +
    'A method a path does not serve gets 405 with `Allow` listing the ones it does; a path ' +
    'that does not exist gets 404. Bodies are JSON, uncompressed, at most ' +
    `${String(BODY_LIMIT_KIB)} KB.`,
  contact: { name: 'Stride maintainers' },
  license: { name: 'MIT', identifier: 'MIT' },
};
