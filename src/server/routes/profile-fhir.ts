/** GET /api/v1/profiles/{id}/fhir: the profile's latest assessment and walking diary as one FHIR R4 Bundle, for a clinician's record system. */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { KNOWLEDGE } from '../../index.js';
import type { Result } from '../../engine/types.js';
import { profileBundle } from '../../fhir/profile.js';
import type { Store } from '../../store/types.js';
import { requireProfileToken } from './profiles/auth.js';
import { ResultSchema } from './profiles/schemas.js';
import { FHIR_JSON } from './fhir.js';

export function createProfileFhirRoutes(deps: {
  readonly store: Store;
  readonly now: () => Date;
}): Hono {
  const app = new Hono();
  app.get('/profiles/:id/fhir', requireProfileToken(deps.store), async (c) => {
    const id = c.req.param('id');
    const [assessments, walks] = await Promise.all([
      deps.store.assessments.list(id),
      deps.store.walks.list(id, {}),
    ]);
    const latest = assessments[0];
    const parsed = latest === undefined ? undefined : ResultSchema.safeParse(latest.result);
    const bundle = profileBundle({
      // The stored result was the engine's own Result when saved; the schema checks its shape again.
      assessment:
        latest !== undefined && parsed?.success === true
          ? {
              answers: latest.answers,
              result: parsed.data as unknown as Result,
              createdAt: latest.createdAt,
            }
          : undefined,
      walks,
      knowledge: KNOWLEDGE,
      now: deps.now(),
      newId: randomUUID,
    });
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', FHIR_JSON);
    return c.body(JSON.stringify(bundle), 200);
  });
  return app;
}
