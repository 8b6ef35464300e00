/**
 * FHIR R4 routes: the interview as a Questionnaire, SDC $next-question, which runs it adaptively
 * one question at a time, and $assess, which takes a QuestionnaireResponse and returns a Bundle
 * with the RiskAssessment and the triage. Errors on these routes are OperationOutcome resources.
 */
import { randomUUID } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  AdaptiveError,
  adaptiveResponse,
  isAdaptiveResponse,
  readAdaptiveResponse,
} from '../../fhir/adaptive.js';
import { assessmentBundle } from '../../fhir/assessment.js';
import { capabilityStatement } from '../../fhir/capability.js';
import { itemExpression, operationOutcome } from '../../fhir/outcome.js';
import type { IssueCode } from '../../fhir/outcome.js';
import { questionnaire } from '../../fhir/questionnaire.js';
import { matchesCanonical, searchset } from '../../fhir/search.js';
import {
  linksOf,
  QuestionnaireResponseError,
  readQuestionnaireResponse,
} from '../../fhir/questionnaire-response.js';
import { STRIDE_SYSTEM } from '../../fhir/systems.js';
import {
  assess,
  checkAnswers,
  KNOWLEDGE,
  knowledgeVersionOf,
  nextQuestion,
  TRANSLATIONS,
} from '../../index.js';
import type { Answers } from '../../index.js';
import { ApiError, isAnswersError, validationHook } from '../errors.js';
import type { ApiErrorCode } from '../errors.js';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** How each API error reads as an OperationOutcome issue type. */
const ISSUE_BY_CODE: Readonly<Record<ApiErrorCode, IssueCode>> = {
  bad_request: 'invalid',
  invalid_json: 'structure',
  invalid_answers: 'invalid',
  unauthorized: 'login',
  forbidden: 'forbidden',
  not_found: 'not-found',
  not_acceptable: 'not-supported',
  method_not_allowed: 'not-supported',
  conflict: 'conflict',
  quota_exceeded: 'business-rule',
  gone: 'deleted',
  precondition_failed: 'required',
  payload_too_large: 'too-costly',
  unsupported_media_type: 'not-supported',
  unprocessable: 'processing',
  rate_limited: 'throttled',
  internal: 'exception',
  unavailable: 'transient',
};

/** An ApiError as an OperationOutcome response; a path is an item's linkId. */
export function fhirErrorResponse(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) {
    c.header(name, value);
  }
  const outcome = operationOutcome({
    code: ISSUE_BY_CODE[error.code],
    message: error.message,
    ...(error.path === null ? {} : { expression: [itemExpression(error.path)] }),
  });
  return c.body(JSON.stringify(outcome), error.status, { 'Content-Type': FHIR_JSON });
}

const ResourceSchema = z.looseObject({ resourceType: z.string() }).openapi('FhirResource', {
  description: 'A FHIR R4 resource (see https://hl7.org/fhir/R4/)',
});

const QuestionnaireResponseSchema = z
  .looseObject({
    resourceType: z.literal('QuestionnaireResponse'),
    // Checked by the mapper, not here, so that their absence is 422 (not assessable), not 400.
    questionnaire: z
      .unknown()
      .optional()
      .openapi({
        type: 'string',
        description: `Needed: Stride's canonical, ${STRIDE_SYSTEM.questionnaire}, optionally with |version; another or none is 422`,
      }),
    status: z.unknown().optional().openapi({
      type: 'string',
      description: 'Needed (1..1 in R4): in-progress, completed, amended or stopped; none is 422',
    }),
    item: z.array(z.looseObject({ linkId: z.string() })).optional(),
  })
  .openapi('QuestionnaireResponse', {
    description:
      'Each item: linkId = feature id; one answer of valueBoolean, valueInteger/valueDecimal ' +
      'or valueCoding (code = the choice, system urn:stride:fhir:CodeSystem:answer).',
  });

const AdaptiveInputSchema = z
  .looseObject({ resourceType: z.enum(['QuestionnaireResponse', 'Parameters']) })
  .openapi('AdaptiveQuestionnaireResponse', {
    description:
      'SDC 3.0.0 adaptive QuestionnaireResponse (or Parameters with "questionnaire-response"): ' +
      'contained[] holds the Questionnaire of the items asked so far (derivedFrom the Stride ' +
      'Questionnaire, referenced as questionnaire = "#id"); item[] the answers. An item asked and ' +
      'left without an answer is "not sure". The first call may send no contained Questionnaire.',
  });

const fhirContent = {
  [FHIR_JSON.split(';')[0] ?? 'application/fhir+json']: { schema: ResourceSchema },
};
const outcomeResponse = (
  description: string,
): { description: string; content: typeof fhirContent } => ({
  description: `${description} (OperationOutcome)`,
  content: fhirContent,
});

const metadataRoute = createRoute({
  method: 'get',
  path: '/metadata',
  summary: 'The FHIR CapabilityStatement of this server',
  responses: {
    200: { description: 'CapabilityStatement', content: fhirContent },
    406: outcomeResponse('A format other than FHIR JSON was asked for (Accept or _format)'),
    429: outcomeResponse('Too many requests'),
  },
});

const questionnaireRoute = createRoute({
  method: 'get',
  path: '/Questionnaire/stride',
  summary: 'The interview as a FHIR R4 Questionnaire',
  responses: {
    200: { description: 'Questionnaire', content: fhirContent },
    406: outcomeResponse('A format other than FHIR JSON was asked for (Accept or _format)'),
    429: outcomeResponse('Too many requests'),
  },
});

/** The search parameters this server supports on Questionnaire (declared in the CapabilityStatement). */
const QuestionnaireSearchSchema = z
  .object({
    url: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .openapi({ description: "The Questionnaire's canonical URL, optionally with |version" }),
    _format: z.string().optional().openapi({ description: 'json or application/fhir+json' }),
  })
  .strict();

const questionnaireSearchRoute = createRoute({
  method: 'get',
  path: '/Questionnaire',
  summary: 'Search Questionnaires by url: a searchset Bundle (empty when no Questionnaire has it)',
  request: { query: QuestionnaireSearchSchema },
  responses: {
    200: { description: 'Bundle (searchset)', content: fhirContent },
    400: outcomeResponse('A search parameter this server does not support'),
    406: outcomeResponse('A format other than FHIR JSON was asked for (Accept or _format)'),
    429: outcomeResponse('Too many requests'),
  },
});

const nextQuestionRoute = createRoute({
  method: 'post',
  path: '/Questionnaire/$next-question',
  summary:
    'SDC $next-question: the QuestionnaireResponse back with the next question appended to its ' +
    'contained Questionnaire, or status completed when the interview is done',
  request: {
    body: {
      required: true,
      content: {
        'application/fhir+json': { schema: AdaptiveInputSchema },
        'application/json': { schema: AdaptiveInputSchema },
      },
    },
  },
  responses: {
    200: { description: 'QuestionnaireResponse (SDC adaptive)', content: fhirContent },
    400: outcomeResponse('Malformed input or an answer that is not valid; names the item'),
    413: outcomeResponse('Body larger than 100 KB'),
    415: outcomeResponse('Not FHIR JSON'),
    422: outcomeResponse('Not a Stride interview, or an answer to a question not asked'),
    429: outcomeResponse('Too many requests'),
  },
});

/** An AdaptiveError as the ApiError the FHIR error handler turns into an OperationOutcome. */
function adaptiveApiError(error: AdaptiveError): ApiError {
  return new ApiError(error.kind === 'invalid' ? 'bad_request' : 'unprocessable', {
    message: error.message,
    ...(error.linkId === null ? {} : { path: error.linkId }),
  });
}

/** Checked answers, or the ApiError naming the item (the engine's message may quote the value). */
function checkedAnswers(answers: unknown): Answers {
  try {
    return checkAnswers(answers);
  } catch (error) {
    if (isAnswersError(error)) {
      throw new ApiError('invalid_answers', {
        message: `item ${error.key}: expected ${error.expected}`,
        path: error.key,
      });
    }
    throw error;
  }
}

const assessRoute = createRoute({
  method: 'post',
  path: '/QuestionnaireResponse/$assess',
  summary: 'Assess a QuestionnaireResponse: a Bundle with a RiskAssessment and the triage',
  request: {
    body: {
      required: true,
      content: {
        'application/fhir+json': { schema: QuestionnaireResponseSchema },
        'application/json': { schema: QuestionnaireResponseSchema },
      },
    },
  },
  responses: {
    200: { description: 'Bundle (collection)', content: fhirContent },
    400: outcomeResponse('Bad input; the expression names the item'),
    413: outcomeResponse('Body larger than 100 KB'),
    415: outcomeResponse('Not FHIR JSON'),
    422: outcomeResponse(
      "Not assessable: no status, or a response to another Questionnaire than Stride's",
    ),
    406: outcomeResponse('A format other than FHIR JSON was asked for (Accept or _format)'),
    429: outcomeResponse('Too many requests'),
  },
});

export interface FhirRoutesDeps {
  readonly now?: () => Date;
  readonly newId?: () => string;
}

export function createFhirRoutes(deps: FhirRoutesDeps = {}): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const now = deps.now ?? ((): Date => new Date());
  const newId = deps.newId ?? randomUUID;
  const served = questionnaire(KNOWLEDGE, knowledgeVersionOf(KNOWLEDGE), TRANSLATIONS);
  const questionnaireBody = JSON.stringify(served);

  const metadataBody = JSON.stringify(capabilityStatement(knowledgeVersionOf(KNOWLEDGE), now()));
  app.openapi(metadataRoute, (c) => c.body(metadataBody, 200, { 'Content-Type': FHIR_JSON }));

  app.openapi(questionnaireRoute, (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(questionnaireBody, 200, { 'Content-Type': FHIR_JSON });
  });

  app.openapi(nextQuestionRoute, (c) => {
    let session;
    try {
      session = readAdaptiveResponse(c.req.valid('json'), KNOWLEDGE);
    } catch (error) {
      throw error instanceof AdaptiveError ? adaptiveApiError(error) : error;
    }
    const question = nextQuestion(checkedAnswers(session.answers));
    const body = adaptiveResponse({
      knowledge: KNOWLEDGE,
      version: knowledgeVersionOf(KNOWLEDGE),
      translations: TRANSLATIONS,
      session,
      next: question?.id ?? null,
    });
    return c.body(JSON.stringify(body), 200, { 'Content-Type': FHIR_JSON });
  });

  app.openapi(questionnaireSearchRoute, (c) => {
    // Every url given must match (FHIR's AND of repeated parameters); no url lists them all.
    const urls = c.req.queries('url') ?? [];
    const matches = urls.every((url) =>
      matchesCanonical(url, served.url ?? '', served.version ?? ''),
    );
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(JSON.stringify(searchset(matches ? [served] : [])), 200, {
      'Content-Type': FHIR_JSON,
    });
  });

  app.openapi(assessRoute, (c) => {
    const response = c.req.valid('json');
    let read;
    try {
      // An adaptive response says which questions were asked: one left empty is "not sure".
      read = isAdaptiveResponse(response)
        ? readAdaptiveResponse(response, KNOWLEDGE)
        : readQuestionnaireResponse(response, KNOWLEDGE);
    } catch (error) {
      if (error instanceof AdaptiveError) {
        throw adaptiveApiError(error);
      }
      if (error instanceof QuestionnaireResponseError) {
        throw new ApiError(error.problem === 'unprocessable' ? 'unprocessable' : 'bad_request', {
          message: error.message,
          ...(error.linkId === null ? {} : { path: error.linkId }),
        });
      }
      throw error;
    }
    const bundle = assessmentBundle(assess(read.answers), {
      response: linksOf(response),
      date: now(),
      newId,
      responseStatus: read.status,
    });
    return c.body(JSON.stringify(bundle), 200, { 'Content-Type': FHIR_JSON });
  });

  return app;
}
