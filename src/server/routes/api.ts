/**
 * The assessment API (CONTRACT section 3): POST /assess, POST /next, GET /knowledge and
 * GET /health, each a zod-described OpenAPI route over the pure engine.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import { assess, KNOWLEDGE, knowledgeVersionOf, knowledgeView, nextQuestion } from '../../index.js';
import type { Store } from '../../store/index.js';
import { ApiError, fromZodError, validationHook } from '../errors.js';
import {
  AnswersSchema,
  errorResponses,
  HealthSchema,
  KnowledgeSchema,
  NextSchema,
  ResultSchema,
} from '../schemas.js';

export interface ApiRoutesDeps {
  readonly store?: Store | undefined;
  /** How long the health check waits for the database. */
  readonly healthTimeoutMs?: number;
}

const KNOWLEDGE_VERSION = knowledgeVersionOf(KNOWLEDGE);

/** A bad answers body is `invalid_answers`, like the engine's own AnswersError. */
function answersHook(result: { success: true } | { success: false; error: ZodError }): undefined {
  if (!result.success) {
    throw fromZodError(result.error, 'invalid_answers');
  }
  return undefined;
}

const answersBody = {
  required: true,
  content: { 'application/json': { schema: AnswersSchema } },
} as const;

const assessRoute = createRoute({
  method: 'post',
  path: '/assess',
  operationId: 'assess',
  tags: ['assessment'],
  security: [],
  summary: 'Assess answers: triage, ranked causes with reasons, self-care plan',
  description:
    'Runs the engine on the answers given so far (any subset; null means not sure) and returns ' +
    'the CONTRACT Result. Nothing is stored. A bad answer is 400 `invalid_answers` naming the ' +
    'feature id, without echoing the value.',
  request: { body: answersBody },
  responses: {
    200: { description: 'The Result', content: { 'application/json': { schema: ResultSchema } } },
    ...errorResponses(400, 413, 415, 429),
  },
});

const nextRoute = createRoute({
  method: 'post',
  path: '/next',
  operationId: 'nextQuestion',
  tags: ['assessment'],
  security: [],
  summary: 'The question the interview would ask next, or null when it is done',
  description:
    'Warning-sign questions come first; then the question expected to change the ranking most. ' +
    '`question` is null once nothing left would change the triage or the top causes.',
  request: { body: answersBody },
  responses: {
    200: {
      description: 'The next question',
      content: { 'application/json': { schema: NextSchema } },
    },
    ...errorResponses(400, 413, 415, 429),
  },
});

const etagHeader = {
  ETag: {
    description: 'The knowledge version, quoted; send it back as If-None-Match.',
    schema: { type: 'string' as const, example: '"2026.03.1"' },
  },
};

const knowledgeRoute = createRoute({
  method: 'get',
  path: '/knowledge',
  operationId: 'getKnowledge',
  tags: ['assessment'],
  security: [],
  summary: 'The knowledge base: features, causes with likelihood ratios, warning rules, sources',
  description:
    'The same view as `stride knowledge --json`. Cached for 5 minutes; the ETag is the ' +
    'knowledge version, and a matching If-None-Match gets 304 with no body.',
  request: {
    headers: z.object({
      'if-none-match': z
        .string()
        .optional()
        .openapi({ description: 'An ETag from an earlier answer.', example: '"2026.03.1"' }),
    }),
  },
  responses: {
    200: {
      description: 'The knowledge base',
      headers: etagHeader,
      content: { 'application/json': { schema: KnowledgeSchema } },
    },
    304: { description: 'Unchanged since the ETag sent in If-None-Match.', headers: etagHeader },
    ...errorResponses(429),
  },
});

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['service'],
  security: [],
  summary: 'Whether this process can serve (the database answers, when there is one)',
  description:
    'For load balancers and orchestration: 200 when the store answers a ping within 2 seconds ' +
    '(or there is no store), else 503. Never cached.',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: HealthSchema } } },
    ...errorResponses(503),
  },
});

async function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error('timed out'));
    }, ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function createApiRoutes(deps: ApiRoutesDeps = {}): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  // The same view as `stride knowledge --json` (CONTRACT section 3).
  const knowledgeBody = JSON.stringify(knowledgeView(KNOWLEDGE));

  app.openapi(
    assessRoute,
    // The engine's Result has readonly arrays; the schema's output type has mutable ones.
    (c) => c.json(assess(c.req.valid('json')) as unknown as z.output<typeof ResultSchema>, 200),
    answersHook,
  );

  app.openapi(
    nextRoute,
    (c) =>
      c.json({ question: nextQuestion(c.req.valid('json')) } as z.output<typeof NextSchema>, 200),
    answersHook,
  );

  app.openapi(knowledgeRoute, (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    c.header('ETag', `"${KNOWLEDGE_VERSION}"`);
    if (c.req.header('if-none-match') === `"${KNOWLEDGE_VERSION}"`) {
      return c.body(null, 304);
    }
    return c.body(knowledgeBody, 200, { 'Content-Type': 'application/json' });
  });

  app.openapi(healthRoute, async (c) => {
    const store = deps.store;
    if (store !== undefined) {
      try {
        await withTimeout(store.ping(), deps.healthTimeoutMs ?? 2000);
      } catch (error) {
        throw new ApiError('unavailable', {
          message: 'The database does not answer.',
          cause: error,
        });
      }
    }
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        status: 'ok' as const,
        knowledgeVersion: KNOWLEDGE_VERSION,
        store: store?.kind ?? ('none' as const),
      },
      200,
    );
  });

  return app;
}
