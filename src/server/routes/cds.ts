/**
 * CDS Hooks 2.0 routes: discovery at GET /cds-services and the triage service at
 * POST /cds-services/stride-triage, which reads the QuestionnaireResponse from prefetch.
 * A missing prefetch key is 412 (the spec's answer when required data was not provided; this
 * service does not call back into the client's FHIR server).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  DISCOVERY,
  PREFETCH_KEY,
  responseFor,
  responseInPrefetch,
  SERVICE_ID,
} from '../../cds/triage-service.js';
import {
  QuestionnaireResponseError,
  readQuestionnaireResponse,
} from '../../fhir/questionnaire-response.js';
import { assess, KNOWLEDGE } from '../../index.js';
import { ApiError, validationHook } from '../errors.js';
import { errorResponses } from '../schemas.js';

const ServiceSchema = z.object({
  hook: z.string(),
  title: z.string().optional(),
  description: z.string(),
  id: z.string(),
  prefetch: z.record(z.string(), z.string()).optional(),
});

const DiscoverySchema = z.object({ services: z.array(ServiceSchema) }).openapi('CdsDiscovery');

/** See https://cds-hooks.hl7.org/2.0/#http-request */
const HookRequestSchema = z
  .looseObject({
    hook: z.literal('patient-view'),
    hookInstance: z.string().min(1),
    fhirServer: z.string().optional(),
    context: z.looseObject({ userId: z.string().optional(), patientId: z.string().optional() }),
    prefetch: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('CdsHookRequest');

const CardSchema = z.object({
  summary: z.string().max(139),
  detail: z.string().optional(),
  indicator: z.enum(['info', 'warning', 'critical']),
  source: z.object({ label: z.string() }).loose(),
});

const CdsResponseSchema = z.object({ cards: z.array(CardSchema) }).openapi('CdsResponse');

const discoveryRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'CDS Hooks discovery',
  responses: {
    200: {
      description: 'The services',
      content: { 'application/json': { schema: DiscoverySchema } },
    },
    ...errorResponses(429),
  },
});

const serviceRoute = createRoute({
  method: 'post',
  path: `/${SERVICE_ID}`,
  summary: "Triage card from the patient's latest Stride QuestionnaireResponse (patient-view)",
  request: {
    body: { required: true, content: { 'application/json': { schema: HookRequestSchema } } },
  },
  responses: {
    200: {
      description: 'Cards (none when there is no assessment)',
      content: { 'application/json': { schema: CdsResponseSchema } },
    },
    412: {
      description: 'The prefetch was not provided',
      content: { 'application/json': { schema: z.object({}).loose() } },
    },
    ...errorResponses(400, 413, 415, 422, 429),
  },
});

export function createCdsRoutes(): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });

  app.openapi(discoveryRoute, (c) => c.json(DISCOVERY as z.output<typeof DiscoverySchema>, 200));

  app.openapi(serviceRoute, (c) => {
    const request = c.req.valid('json');
    const prefetch = request.prefetch ?? {};
    if (!Object.hasOwn(prefetch, PREFETCH_KEY)) {
      throw new ApiError('precondition_failed', {
        message: `Prefetch "${PREFETCH_KEY}" is needed: this service does not query the FHIR server.`,
        path: `prefetch.${PREFETCH_KEY}`,
      });
    }
    const response = responseInPrefetch(prefetch[PREFETCH_KEY]);
    if (response === undefined) {
      return c.json({ cards: [] }, 200);
    }
    let read;
    try {
      read = readQuestionnaireResponse(response, KNOWLEDGE);
    } catch (error) {
      if (error instanceof QuestionnaireResponseError) {
        throw new ApiError(error.problem === 'unprocessable' ? 'unprocessable' : 'bad_request', {
          message: error.message,
          path: `prefetch.${PREFETCH_KEY}${error.linkId === null ? '' : `.item.${error.linkId}`}`,
        });
      }
      throw error;
    }
    const cards = responseFor(assess(read.answers), { status: read.status });
    return c.json(cards as z.output<typeof CdsResponseSchema>, 200);
  });

  return app;
}
