/** GET /api/v1/profiles/{id}/fhir: the profile's latest assessment and walking diary as one FHIR R4 Bundle, for a clinician's record system. */
import { randomUUID } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { KNOWLEDGE } from '../../index.js';
import type { Measures } from '../../engine/measures.js';
import { unansweredWarningSigns } from '../../engine/triage.js';
import type { Answers, Result } from '../../engine/types.js';
import { profileBundle } from '../../fhir/profile.js';
import { ALL_INSTRUMENTS } from '../../knowledge/instruments.js';
import { checkinViews } from './profiles/checkins.js';
import type { Store } from '../../store/types.js';
import { requireProfileToken } from './profiles/auth.js';
import { ErrorSchema, ProfileParams, StoredResultSchema } from './profiles/schemas.js';
import { profileValidationHook } from './profiles/validation.js';
import { FHIR_JSON } from './fhir.js';

const BundleSchema = z
  .looseObject({ resourceType: z.literal('Bundle'), type: z.literal('collection') })
  .openapi('ProfileBundle', {
    description:
      'FHIR R4 collection Bundle: QuestionnaireResponse, RiskAssessment and triage Observation of the latest assessment, one Observation per walk, and per check-in a QuestionnaireResponse, its triage Observation and one Observation per score (LOINC 72514-3 for 0-10 pain, 91147-9 for the PEG mean score).',
  });

/**
 * A result stored before CONTRACT v1.1 has no `triage.unanswered`; it is worked out from the
 * stored answers, so that an old result with unchecked warning signs is not exported as final.
 */
function withUnanswered(result: Result, answers: Answers): Result {
  const stored: unknown = (result.triage as Partial<Result['triage']>).unanswered;
  return Array.isArray(stored)
    ? result
    : {
        ...result,
        triage: { ...result.triage, unanswered: unansweredWarningSigns(KNOWLEDGE, answers) },
      };
}

export function createProfileFhirRoutes(deps: {
  readonly store: Store;
  readonly now: () => Date;
}): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: profileValidationHook });
  const route = createRoute({
    method: 'get',
    path: '/profiles/{id}/fhir',
    tags: ['profiles'],
    summary: 'The profile as one FHIR R4 Bundle (latest assessment and the walking diary)',
    middleware: [requireProfileToken(deps.store)] as const,
    security: [{ profileToken: [] }],
    request: { params: ProfileParams },
    responses: {
      200: {
        // A computed media type, as in fhir.ts: the body is FHIR JSON text, not a typed c.json.
        content: { [FHIR_JSON.split(';')[0] ?? 'application/fhir+json']: { schema: BundleSchema } },
        description: 'The Bundle.',
      },
      401: {
        content: { 'application/json': { schema: ErrorSchema } },
        description: 'No valid token.',
      },
      404: {
        content: { 'application/json': { schema: ErrorSchema } },
        description: 'No such profile for this token.',
      },
      406: {
        content: { 'application/json': { schema: ErrorSchema } },
        description: 'A format other than FHIR JSON was asked for (Accept or _format).',
      },
    },
  });
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    const [assessments, walks, checkins] = await Promise.all([
      deps.store.assessments.list(id),
      deps.store.walks.list(id, {}),
      deps.store.checkins.list(id),
    ]);
    const latest = assessments[0];
    const parsed = latest === undefined ? undefined : StoredResultSchema.safeParse(latest.result);
    const bundle = profileBundle({
      // The stored result was the engine's own Result when saved; the schema checks its shape again.
      assessment:
        latest !== undefined && parsed?.success === true
          ? {
              answers: latest.answers,
              result: withUnanswered(parsed.data as unknown as Result, latest.answers),
              createdAt: latest.createdAt,
            }
          : undefined,
      walks,
      // Measures were checked against the instruments' schemas when they came in.
      checkins: checkinViews(checkins).map((view) => ({
        ...view,
        measures: view.measures as Measures,
      })),
      instruments: ALL_INSTRUMENTS,
      knowledge: KNOWLEDGE,
      now: deps.now(),
      newId: randomUUID,
    });
    return c.body(JSON.stringify(bundle), 200, {
      'Content-Type': FHIR_JSON,
      'Cache-Control': 'no-store',
    });
  });
  return app;
}
