/**
 * The CDS Hooks 2.0 service, tested against the specification's own example shapes
 * (https://cds-hooks.hl7.org/2.0/: "Discovery Example", the patient-view request "Example", and
 * the "Example response" cards), and the rule that the card's indicator follows the triage.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { indicatorOf, PREFETCH_KEY, SERVICE_ID } from '../../src/cds/triage-service.js';
import type { AnswerValue } from '../../src/index.js';
import { assess, KNOWLEDGE } from '../../src/index.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';

const app = createApp({ logger: createLogger({ level: 'silent' }), rateLimit: false });

/** The spec's discovery example (one of its services), to compare shapes with ours. */
const SPEC_DISCOVERY_SERVICE = {
  hook: 'patient-view',
  title: 'Static CDS Service Example',
  description: 'An example of a CDS Service that returns a static set of cards',
  id: 'static-patient-greeter',
  prefetch: { patientToGreet: 'Patient/{{context.patientId}}' },
};

/** The spec's example request, with its prefetch replaced by the key this service asks for. */
function specRequest(prefetch?: Record<string, unknown>): Record<string, unknown> {
  return {
    hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
    fhirServer: 'http://hooks.smarthealthit.org:9080',
    hook: 'patient-view',
    fhirAuthorization: {
      access_token: 'some-opaque-fhir-access-token',
      token_type: 'Bearer',
      expires_in: 300,
      scope: 'patient/Patient.read patient/Observation.read',
      subject: 'cds-service4',
    },
    context: { userId: 'Practitioner/example', patientId: '1288992', encounterId: '89284' },
    ...(prefetch === undefined ? {} : { prefetch }),
  };
}

/** Every warning sign answered "no": a finished self-care result with nothing left unchecked. */
const ALL_WARNING_SIGNS_NO: Record<string, AnswerValue> = Object.fromEntries(
  KNOWLEDGE.features
    .filter((feature) => feature.group === 'warning' && feature.rechecks === undefined)
    .map((feature) => [feature.id, false]),
);

/** The spec's example card with only the required fields. */
const SPEC_CARD = {
  summary: 'Another card',
  indicator: 'warning',
  source: { label: 'Static CDS Service Example' },
};

function questionnaireResponse(
  answers: Record<string, AnswerValue>,
  authored = '2026-01-01T10:00:00Z',
): object {
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: 'urn:stride:fhir:Questionnaire:stride',
    status: 'completed',
    authored,
    item: Object.entries(answers).map(([linkId, value]) => ({
      linkId,
      answer: [
        typeof value === 'boolean'
          ? { valueBoolean: value }
          : typeof value === 'number'
            ? { valueDecimal: value }
            : { valueCoding: { code: String(value) } },
      ],
    })),
  };
}

async function call(body: unknown): Promise<Response> {
  return app.request(`/cds-services/${SERVICE_ID}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

interface Card {
  summary: string;
  detail?: string;
  indicator: string;
  source: { label: string };
}

describe('GET /cds-services (discovery)', () => {
  it('lists one patient-view service shaped like the spec example', async () => {
    const res = await app.request('/cds-services');
    expect(res.status).toBe(200);
    const { services } = (await res.json()) as { services: Record<string, unknown>[] };
    expect(services).toHaveLength(1);
    const [service] = services;
    expect(Object.keys(service ?? {}).sort()).toStrictEqual(
      Object.keys(SPEC_DISCOVERY_SERVICE).sort(),
    );
    expect(service).toMatchObject({ hook: 'patient-view', id: SERVICE_ID });
    const prefetch = service?.['prefetch'] as Record<string, string>;
    expect(prefetch[PREFETCH_KEY]).toMatch(
      /^QuestionnaireResponse\?patient=\{\{context\.patientId\}\}&/,
    );
  });
});

describe(`POST /cds-services/${SERVICE_ID}`, () => {
  it('answers the spec example request with one card shaped like the spec example card', async () => {
    const res = await call(specRequest({ [PREFETCH_KEY]: questionnaireResponse({ fever: true }) }));
    expect(res.status).toBe(200);
    const { cards } = (await res.json()) as { cards: Card[] };
    expect(cards).toHaveLength(1);
    const [card] = cards;
    for (const key of Object.keys(SPEC_CARD)) {
      expect(card).toHaveProperty(key);
    }
    expect(typeof card?.source.label).toBe('string');
    expect(card?.detail).toContain('_Patient self-assessment');
  });

  it.each([
    ['emergency', { saddle_numbness: true }, 'critical'],
    ['urgent', { fever: true }, 'warning'],
    ['soon', { weight_loss: true }, 'warning'],
    ['self_care', ALL_WARNING_SIGNS_NO, 'info'],
  ] as const)('sets the indicator for %s triage to %s', async (level, answers, indicator) => {
    expect(assess(answers).triage.level).toBe(level);
    expect(indicatorOf(level)).toBe(indicator);
    const res = await call(specRequest({ [PREFETCH_KEY]: questionnaireResponse(answers) }));
    const { cards } = (await res.json()) as { cards: Card[] };
    expect(cards[0]?.indicator).toBe(indicator);
    expect(cards[0]?.summary.length).toBeLessThan(140);
  });

  describe('never reassures from an incomplete response (hazard H14)', () => {
    async function cardOf(response: object): Promise<Card> {
      const res = await call(specRequest({ [PREFETCH_KEY]: response }));
      expect(res.status).toBe(200);
      const { cards } = (await res.json()) as { cards: Card[] };
      expect(cards).toHaveLength(1);
      return cards[0] as Card;
    }

    it('warns that the warning signs were not answered for an empty in-progress response', async () => {
      const card = await cardOf({ ...questionnaireResponse({}), status: 'in-progress' });
      expect(card.indicator).toBe('warning');
      expect(card.summary).toContain('warning signs not answered');
      expect(card.summary).not.toMatch(/no warning signs|self-care is reasonable/i);
      expect(card.summary.length).toBeLessThan(140);
    });

    it('warns for a completed response that left warning signs unanswered', async () => {
      const allButFever = Object.fromEntries(
        Object.entries(ALL_WARNING_SIGNS_NO).filter(([id]) => id !== 'fever'),
      );
      expect(assess(allButFever).triage).toMatchObject({
        level: 'self_care',
        unanswered: ['fever'],
      });
      const card = await cardOf(questionnaireResponse(allButFever));
      expect(card.indicator).toBe('warning');
      expect(card.summary).toContain('warning signs not answered');
      expect(card.detail).toMatch(/fever/i);
    });

    it('warns for an in-progress response even when every warning sign was answered "no"', async () => {
      const card = await cardOf({
        ...questionnaireResponse(ALL_WARNING_SIGNS_NO),
        status: 'in-progress',
      });
      expect(card.indicator).toBe('warning');
      expect(card.summary).toContain('not finished');
      expect(card.detail).toContain('in-progress');
    });

    it('says so beside an urgent level when warning signs were left unanswered', async () => {
      const card = await cardOf(questionnaireResponse({ fever: true }));
      expect(card.indicator).toBe('warning');
      expect(card.summary).toContain('some warning signs not answered');
    });

    it('keeps an emergency critical however incomplete the response', async () => {
      const card = await cardOf({
        ...questionnaireResponse({ saddle_numbness: true }),
        status: 'in-progress',
      });
      expect(card.indicator).toBe('critical');
    });
  });

  it('takes the latest response from a searchset Bundle', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        { resource: questionnaireResponse({}, '2025-01-01T00:00:00Z') },
        { resource: questionnaireResponse({ saddle_numbness: true }, '2026-03-01T00:00:00Z') },
        { resource: questionnaireResponse({}, '2025-06-01T00:00:00Z') },
      ],
    };
    const { cards } = (await (await call(specRequest({ [PREFETCH_KEY]: bundle }))).json()) as {
      cards: Card[];
    };
    expect(cards[0]?.indicator).toBe('critical');
  });

  it('returns no cards when the client had no data (prefetch value null)', async () => {
    const res = await call(specRequest({ [PREFETCH_KEY]: null }));
    expect(res.status).toBe(200);
    expect(await res.json()).toStrictEqual({ cards: [] });
  });

  it('returns no cards for an empty searchset', async () => {
    const res = await call(
      specRequest({ [PREFETCH_KEY]: { resourceType: 'Bundle', type: 'searchset', total: 0 } }),
    );
    expect(await res.json()).toStrictEqual({ cards: [] });
  });

  it('answers 412 when the prefetch key is missing (it does not query the FHIR server)', async () => {
    expect((await call(specRequest())).status).toBe(412);
    expect((await call(specRequest({ other: {} }))).status).toBe(412);
  });

  it('rejects another hook and a bad response, naming the path', async () => {
    expect(
      (await call({ ...specRequest({ [PREFETCH_KEY]: null }), hook: 'order-sign' })).status,
    ).toBe(400);
    const res = await call(specRequest({ [PREFETCH_KEY]: questionnaireResponse({ age: 500 }) }));
    expect(res.status).toBe(400);
    const bad = await call(
      specRequest({
        [PREFETCH_KEY]: {
          resourceType: 'QuestionnaireResponse',
          questionnaire: 'urn:stride:fhir:Questionnaire:stride',
          status: 'completed',
          item: [{ linkId: 'fever', answer: [{ valueString: 'y' }] }],
        },
      }),
    );
    expect(await bad.json()).toMatchObject({
      error: { path: `prefetch.${PREFETCH_KEY}.item.fever` },
    });
  });

  it.each([
    ['answers another Questionnaire', { questionnaire: 'http://example.org/Questionnaire/phq9' }],
    ['has no status', { status: undefined }],
  ])('refuses with 422 a prefetched response that %s', async (_name, change) => {
    const response = { ...questionnaireResponse({ fever: true }), ...change };
    const res = await call(specRequest({ [PREFETCH_KEY]: response }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      error: { code: 'unprocessable', path: `prefetch.${PREFETCH_KEY}` },
    });
  });

  it('gives every card a fresh uuid, for feedback and audit', async () => {
    const request = specRequest({ [PREFETCH_KEY]: questionnaireResponse({ fever: true }) });
    const uuids = await Promise.all(
      [1, 2].map(async () => {
        const { cards } = (await (await call(request)).json()) as { cards: { uuid?: string }[] };
        return cards[0]?.uuid;
      }),
    );
    for (const uuid of uuids) {
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(uuids[0]).not.toBe(uuids[1]);
  });

  it('refuses a prefetched response about another patient than context.patientId', async () => {
    const other = {
      ...questionnaireResponse({ fever: true }),
      subject: { reference: 'Patient/999' },
    };
    const res = await call(specRequest({ [PREFETCH_KEY]: other }));
    expect(res.status).toBe(412);
    const body = (await res.json()) as { error: { path: string; message: string } };
    expect(body.error.path).toBe(`prefetch.${PREFETCH_KEY}.subject`);
    expect(body.error.message).not.toContain('999');
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource: questionnaireResponse({}) }, { resource: other }],
    };
    expect((await call(specRequest({ [PREFETCH_KEY]: bundle }))).status).toBe(412);
  });

  it.each([
    ['a relative reference', 'Patient/1288992'],
    ['an absolute reference', 'https://ehr.example/fhir/Patient/1288992'],
  ])('reads a response whose subject is the context patient as %s', async (_name, reference) => {
    const own = { ...questionnaireResponse({ fever: true }), subject: { reference } };
    const res = await call(specRequest({ [PREFETCH_KEY]: own }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { cards: Card[] }).cards).toHaveLength(1);
  });

  it('refuses a patient-view request without context.patientId, naming the field', async () => {
    const request = specRequest({ [PREFETCH_KEY]: questionnaireResponse({ fever: true }) });
    const res = await call({ ...request, context: { userId: 'Practitioner/example' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { path: 'context.patientId' } });
  });

  it('is 404 for an unknown service', async () => {
    const res = await app.request('/cds-services/other', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(404);
  });
});

describe(`POST /cds-services/${SERVICE_ID}/feedback`, () => {
  const card = '9b1f5c2e-2d4a-4f0e-8a6b-3c2d1e0f9a8b';
  const accepted = { card, outcome: 'accepted', outcomeTimestamp: '2026-03-01T10:00:00Z' };
  const overridden = {
    card,
    outcome: 'overridden',
    overrideReason: {
      reason: { system: 'http://example.org/override', code: 'already-seen' },
      userComment: 'Seen by Dr Jones yesterday',
    },
    outcomeTimestamp: '2026-03-01T10:05:00+01:00',
  };

  function capture(): { lines: string[]; app: ReturnType<typeof createApp> } {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done): void {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination });
    return { lines, app: createApp({ logger, rateLimit: false }) };
  }

  async function send(target: ReturnType<typeof createApp>, body: unknown): Promise<Response> {
    return target.request(`/cds-services/${SERVICE_ID}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  it('accepts accepted and overridden feedback with 200, logging only the counts', async () => {
    const { lines, app: logged } = capture();
    const res = await send(logged, { feedback: [accepted, overridden, accepted] });
    expect(res.status).toBe(200);
    const feedbackLines = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line['msg'] === 'cds feedback');
    expect(feedbackLines).toHaveLength(1);
    expect(feedbackLines[0]).toMatchObject({ accepted: 2, overridden: 1 });
    const text = lines.join('\n');
    for (const personal of [card, 'Dr Jones', 'already-seen', '2026-03-01']) {
      expect(text).not.toContain(personal);
    }
  });

  it.each([
    ['no feedback list', {}, 'feedback'],
    ['an empty list', { feedback: [] }, 'feedback'],
    [
      'an entry without a card',
      { feedback: [{ ...accepted, card: undefined }] },
      'feedback.0.card',
    ],
    [
      'an unknown outcome',
      { feedback: [{ ...accepted, outcome: 'ignored' }] },
      'feedback.0.outcome',
    ],
    [
      'a timestamp that is not ISO 8601',
      { feedback: [{ ...accepted, outcomeTimestamp: 'yesterday' }] },
      'feedback.0.outcomeTimestamp',
    ],
    [
      'an accepted card with an override reason',
      { feedback: [{ ...accepted, overrideReason: overridden.overrideReason }] },
      'feedback.0.overrideReason',
    ],
    [
      'an overridden card with accepted suggestions',
      { feedback: [{ ...overridden, acceptedSuggestions: [{ id: 'x' }] }] },
      'feedback.0.acceptedSuggestions',
    ],
  ])('refuses %s with 400, naming the field', async (_name, body, path) => {
    const res = await send(app, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { path } });
  });
});
