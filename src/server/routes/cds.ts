/**
 * CDS Hooks 2.0 routes: discovery at GET /cds-services, the triage service at
 * POST /cds-services/stride-triage, which reads the QuestionnaireResponse from prefetch, and its
 * feedback endpoint. A missing prefetch key, or a prefetched response about another patient than
 * the hook's, is 412 (the spec's answer when the data the service needs was not provided; this
 * service does not call back into the client's FHIR server).
 */
import { randomUUID } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import {
  DISCOVERY,
  isAboutAnotherPatient,
  PREFETCH_KEY,
  responseFor,
  responseInPrefetch,
  responsesInPrefetch,
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

/** See https://cds-hooks.hl7.org/2.0/#http-request and the patient-view hook's context. */
const HookRequestSchema = z
  .looseObject({
    hook: z.literal('patient-view'),
    hookInstance: z.string().min(1),
    fhirServer: z.string().optional(),
    context: z.looseObject({
      userId: z.string().optional(),
      // Required by the patient-view hook: the card is about this patient and no other.
      patientId: z.string().min(1),
    }),
    prefetch: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('CdsHookRequest');

const CardSchema = z.object({
  uuid: z.uuid().optional(),
  summary: z.string().max(139),
  detail: z.string().optional(),
  indicator: z.enum(['info', 'warning', 'critical']),
  source: z.object({ label: z.string() }).loose(),
});

const CdsResponseSchema = z.object({ cards: z.array(CardSchema) }).openapi('CdsResponse');

const CodingSchema = z.looseObject({
  system: z.string().optional(),
  code: z.string().min(1),
  display: z.string().optional(),
});

/** See https://cds-hooks.hl7.org/2.0/#feedback: one entry per card the user acted on. */
const FeedbackEntrySchema = z
  .looseObject({
    card: z.string().min(1).max(200),
    outcome: z.enum(['accepted', 'overridden']),
    acceptedSuggestions: z.array(z.looseObject({ id: z.string().min(1) })).optional(),
    overrideReason: z
      .looseObject({ reason: CodingSchema.optional(), userComment: z.string().optional() })
      .optional(),
    outcomeTimestamp: z.iso.datetime({ offset: true }),
  })
  .superRefine((entry, context) => {
    if (entry.outcome === 'accepted' && entry.overrideReason !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['overrideReason'],
        message: 'only an overridden card has an override reason',
      });
    }
    if (entry.outcome === 'overridden' && entry.acceptedSuggestions !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['acceptedSuggestions'],
        message: 'an overridden card has no accepted suggestions',
      });
    }
  });

const FeedbackSchema = z
  .looseObject({ feedback: z.array(FeedbackEntrySchema).min(1).max(100) })
  .openapi('CdsFeedback');

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

const preconditionResponse = {
  description:
    'The prefetch was not provided, or its response is about another patient than context.patientId',
  content: { 'application/json': { schema: z.object({}).loose() } },
};

const serviceRoute = createRoute({
  method: 'post',
  path: `/${SERVICE_ID}`,
  summary: "Triage card from the patient's latest Stride QuestionnaireResponse (patient-view)",
  request: {
    body: { required: true, content: { 'application/json': { schema: HookRequestSchema } } },
  },
  responses: {
    200: {
      description: 'Cards (none when there is no assessment); each card has a uuid for feedback',
      content: { 'application/json': { schema: CdsResponseSchema } },
    },
    412: preconditionResponse,
    ...errorResponses(400, 413, 415, 422, 429),
  },
});

const feedbackRoute = createRoute({
  method: 'post',
  path: `/${SERVICE_ID}/feedback`,
  summary: 'Feedback on cards (CDS Hooks 2.0): only the number of each outcome is logged',
  request: {
    body: { required: true, content: { 'application/json': { schema: FeedbackSchema } } },
  },
  responses: {
    200: { description: 'Feedback received (nothing is stored)' },
    ...errorResponses(400, 413, 415, 429),
  },
});

export interface CdsRoutesDeps {
  /** Where the feedback counts go; without one, feedback is validated and dropped. */
  readonly logger?: Logger;
  /** Card ids; a UUID each. */
  readonly newId?: () => string;
}

export function createCdsRoutes(deps: CdsRoutesDeps = {}): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const newId = deps.newId ?? randomUUID;

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
    const patientId = request.context.patientId;
    if (
      responsesInPrefetch(prefetch[PREFETCH_KEY]).some((response) =>
        isAboutAnotherPatient(response, patientId),
      )
    ) {
      // Never a card for one patient from another's answers; the ids are not echoed back.
      throw new ApiError('precondition_failed', {
        message: `prefetch.${PREFETCH_KEY}: the QuestionnaireResponse's subject is not the patient in context.patientId`,
        path: `prefetch.${PREFETCH_KEY}.subject`,
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
    const cards = responseFor(assess(read.answers), { status: read.status, uuid: newId() });
    return c.json(cards as z.output<typeof CdsResponseSchema>, 200);
  });

  app.openapi(feedbackRoute, (c) => {
    const { feedback } = c.req.valid('json');
    // Counts only: card ids, suggestion ids, comments and times could link back to a patient.
    const accepted = feedback.filter((entry) => entry.outcome === 'accepted').length;
    deps.logger?.info(
      { service: SERVICE_ID, accepted, overridden: feedback.length - accepted },
      'cds feedback',
    );
    return c.body(null, 200);
  });

  return app;
}
