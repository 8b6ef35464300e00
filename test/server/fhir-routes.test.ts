/**
 * The FHIR routes over HTTP: the Questionnaire and $assess serve valid R4 resources as
 * application/fhir+json, and every error on /fhir is a valid OperationOutcome naming the item.
 */
import type {
  Bundle,
  CapabilityStatement,
  Observation,
  OperationOutcome,
  Questionnaire,
  RiskAssessment,
} from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { assess, KNOWLEDGE } from '../../src/index.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { r4Problems } from './fhir-r4.js';

const app = createApp({ logger: createLogger({ level: 'silent' }), rateLimit: false });

function postFhir(body: unknown, contentType = 'application/fhir+json'): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

function response(items: readonly { linkId: string; answer: readonly object[] }[]): object {
  return {
    resourceType: 'QuestionnaireResponse',
    id: 'qr-7',
    questionnaire: 'urn:stride:fhir:Questionnaire:stride|1.0.0',
    status: 'completed',
    subject: { reference: 'Patient/p-1' },
    item: items,
  };
}

async function outcomeOf(res: Response): Promise<OperationOutcome> {
  expect(res.headers.get('content-type')).toContain('application/fhir+json');
  const outcome = (await res.json()) as OperationOutcome;
  expect(outcome.resourceType).toBe('OperationOutcome');
  expect(r4Problems(outcome)).toStrictEqual([]);
  return outcome;
}

describe('GET /fhir/metadata', () => {
  it('serves a valid R4 CapabilityStatement naming the Questionnaire and $assess', async () => {
    const res = await app.request('/fhir/metadata');
    expect(res.status).toBe(200);
    const statement = (await res.json()) as CapabilityStatement;
    expect(r4Problems(statement)).toStrictEqual([]);
    expect(statement.fhirVersion).toBe('4.0.1');
    expect(statement.rest?.[0]?.resource?.map((resource) => resource.type)).toStrictEqual([
      'Questionnaire',
      'QuestionnaireResponse',
    ]);
  });
});

describe('content negotiation: FHIR JSON only', () => {
  it.each([
    ['Accept: application/fhir+xml', '/fhir/metadata', { accept: 'application/fhir+xml' }],
    ['Accept: application/xml', '/fhir/Questionnaire/stride', { accept: 'application/xml' }],
    ['Accept: text/turtle', '/fhir/metadata', { accept: 'text/turtle' }],
    ['JSON refused with q=0', '/fhir/metadata', { accept: 'application/fhir+json;q=0, text/html' }],
    ['_format=xml', '/fhir/metadata?_format=xml', {}],
    [
      '_format=application/fhir+xml',
      '/fhir/Questionnaire/stride?_format=application/fhir%2Bxml',
      {},
    ],
    [
      '_format=xml, whatever Accept says',
      '/fhir/metadata?_format=xml',
      { accept: 'application/fhir+json' },
    ],
  ])('answers %s with 406 and an OperationOutcome', async (_name, path, headers) => {
    const res = await app.request(path, { headers });
    expect(res.status).toBe(406);
    expect((await outcomeOf(res)).issue[0]?.code).toBe('not-supported');
  });

  it('answers 406 on $assess too', async () => {
    const res = await app.request('/fhir/QuestionnaireResponse/$assess', {
      ...postFhir({ resourceType: 'QuestionnaireResponse' }),
      headers: { 'content-type': 'application/fhir+json', accept: 'application/fhir+xml' },
    });
    expect(res.status).toBe(406);
  });

  it.each([
    ['no Accept', {}, ''],
    ['Accept: application/fhir+json', { accept: 'application/fhir+json' }, ''],
    ['Accept: application/json', { accept: 'application/json' }, ''],
    ['Accept with a fhirVersion', { accept: 'application/fhir+json; fhirVersion=4.0' }, ''],
    ["a browser's Accept", { accept: 'text/html,application/xml;q=0.9,*/*;q=0.8' }, ''],
    [
      'XML preferred but JSON allowed',
      { accept: 'application/fhir+xml, application/json;q=0.5' },
      '',
    ],
    ['_format=json', {}, '?_format=json'],
    ['_format=application/fhir+json', {}, '?_format=application/fhir%2Bjson'],
    ['_format=json over an XML Accept', { accept: 'application/fhir+xml' }, '?_format=json'],
  ])('serves FHIR JSON for %s', async (_name, headers, query) => {
    const res = await app.request(`/fhir/metadata${query}`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/fhir+json');
    expect(res.headers.get('vary')).toContain('Accept');
  });
});

describe('GET /fhir/Questionnaire/stride', () => {
  it('serves a valid R4 Questionnaire as application/fhir+json', async () => {
    const res = await app.request('/fhir/Questionnaire/stride');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/fhir+json');
    const questionnaire = (await res.json()) as Questionnaire;
    expect(questionnaire.id).toBe('stride');
    expect(r4Problems(questionnaire)).toStrictEqual([]);
  });

  it('may be read by other origins (CORS)', async () => {
    const res = await app.request('/fhir/Questionnaire/stride', {
      headers: { origin: 'https://ehr.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('GET /fhir/Questionnaire?url=', () => {
  const canonical = 'urn:stride:fhir:Questionnaire:stride';

  async function search(query: string): Promise<Bundle> {
    const res = await app.request(`/fhir/Questionnaire${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/fhir+json');
    const bundle = (await res.json()) as Bundle;
    expect(r4Problems(bundle)).toStrictEqual([]);
    expect(bundle.type).toBe('searchset');
    return bundle;
  }

  it('finds the Questionnaire by its canonical, with or without its version', async () => {
    const served = (await (
      await app.request('/fhir/Questionnaire/stride')
    ).json()) as Questionnaire;
    for (const url of [canonical, `${canonical}|${served.version ?? ''}`]) {
      const bundle = await search(`?url=${encodeURIComponent(url)}`);
      expect(bundle.total).toBe(1);
      expect(bundle.entry).toHaveLength(1);
      expect(bundle.entry?.[0]?.search?.mode).toBe('match');
      expect(bundle.entry?.[0]?.resource).toStrictEqual(served);
    }
  });

  it.each([
    ['another url', '?url=http%3A%2F%2Fexample.org%2FQuestionnaire%2Fphq9'],
    ['another version', `?url=${encodeURIComponent(`${canonical}|0.0.1`)}`],
    ['two urls that cannot both match', `?url=${encodeURIComponent(canonical)}&url=x`],
  ])('answers an empty searchset, with no entry list, for %s', async (_name, query) => {
    const bundle = await search(query);
    expect(bundle.total).toBe(0);
    expect(bundle).not.toHaveProperty('entry');
  });

  it('lists the one Questionnaire when no url is given', async () => {
    expect((await search('')).total).toBe(1);
  });

  it('refuses a search parameter it does not support with a 400 OperationOutcome', async () => {
    const res = await app.request('/fhir/Questionnaire?name=phq9');
    expect(res.status).toBe(400);
    await outcomeOf(res);
  });

  it('is declared in the CapabilityStatement', async () => {
    const statement = (await (await app.request('/fhir/metadata')).json()) as CapabilityStatement;
    const resource = statement.rest?.[0]?.resource?.find((r) => r.type === 'Questionnaire');
    expect(resource?.interaction?.map((i) => i.code)).toContain('search-type');
    expect(resource?.searchParam).toContainEqual(
      expect.objectContaining({ name: 'url', type: 'uri' }),
    );
  });
});

describe('POST /fhir/QuestionnaireResponse/$assess', () => {
  const stenosis = response([
    { linkId: 'age', answer: [{ valueInteger: 74 }] },
    { linkId: 'leg_symptoms', answer: [{ valueCoding: { code: 'both_legs' } }] },
    { linkId: 'relief_sitting', answer: [{ valueBoolean: true }] },
    { linkId: 'relief_leaning_forward', answer: [{ valueBoolean: true }] },
  ]);

  it.each(['application/fhir+json', 'application/json', 'application/fhir+json; charset=utf-8'])(
    'returns a valid Bundle with the RiskAssessment and the triage for %s',
    async (contentType) => {
      const res = await app.request(
        '/fhir/QuestionnaireResponse/$assess',
        postFhir(stenosis, contentType),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/fhir+json');
      const bundle = (await res.json()) as Bundle;
      expect(r4Problems(bundle)).toStrictEqual([]);
      expect(bundle.entry?.map((entry) => entry.resource?.resourceType)).toStrictEqual([
        'RiskAssessment',
        'Observation',
      ]);
      const risk = bundle.entry?.[0]?.resource as RiskAssessment;
      expect(risk.prediction?.[0]?.outcome?.coding?.[0]?.code).toBe('spinal_stenosis');
      expect(risk.basis).toStrictEqual([{ reference: 'QuestionnaireResponse/qr-7' }]);
      expect(risk.subject).toStrictEqual({ reference: 'Patient/p-1' });
    },
  );

  it.each([
    ['answers another Questionnaire', { questionnaire: 'http://example.org/Questionnaire/phq9' }],
    ['names no Questionnaire', { questionnaire: undefined }],
    ['has no status (1..1 in R4)', { status: undefined }],
  ])('refuses with 422 and an OperationOutcome a response that %s', async (_name, change) => {
    const body = { ...stenosis, ...change };
    const res = await app.request('/fhir/QuestionnaireResponse/$assess', postFhir(body));
    expect(res.status).toBe(422);
    const outcome = await outcomeOf(res);
    expect(outcome.issue[0]).toMatchObject({ severity: 'error', code: 'processing' });
    expect(outcome.issue[0]?.diagnostics).toMatch(/^(questionnaire|status):/);
  });

  describe('never gives a final, reassuring result from an incomplete response (hazard H14)', () => {
    async function assessed(body: object): Promise<{ risk: RiskAssessment; triage: Observation }> {
      const res = await app.request('/fhir/QuestionnaireResponse/$assess', postFhir(body));
      expect(res.status).toBe(200);
      const bundle = (await res.json()) as Bundle;
      expect(r4Problems(bundle)).toStrictEqual([]);
      return {
        risk: bundle.entry?.[0]?.resource as RiskAssessment,
        triage: bundle.entry?.[1]?.resource as Observation,
      };
    }

    it('marks an empty in-progress response preliminary and says what was not checked', async () => {
      const { risk, triage } = await assessed({ ...response([]), status: 'in-progress' });
      expect(risk.status).toBe('preliminary');
      expect(triage.status).toBe('preliminary');
      expect(triage.valueCodeableConcept?.coding?.[0]?.code).toBe('self_care');
      const display = triage.valueCodeableConcept?.coding?.[0]?.display ?? '';
      expect(display).not.toMatch(/reasonable/i);
      expect(triage.valueCodeableConcept?.text).toBe(assess({}).triage.advice);
      expect(triage.valueCodeableConcept?.text).not.toMatch(/self-care is reasonable/i);
      expect(triage.note?.map((note) => note.text).join(' ')).toContain('not finished');
    });

    it('marks a completed response with unanswered warning signs preliminary', async () => {
      const { triage } = await assessed(stenosis);
      expect(assess({ age: 74 }).triage.unanswered.length).toBeGreaterThan(0);
      expect(triage.status).toBe('preliminary');
    });

    it('keeps final a completed response with every warning sign answered', async () => {
      const items = KNOWLEDGE.features
        .filter((feature) => feature.group === 'warning' && feature.rechecks === undefined)
        .map((feature) => ({ linkId: feature.id, answer: [{ valueBoolean: false }] }));
      const { risk, triage } = await assessed(response(items));
      expect(triage.valueCodeableConcept?.coding?.[0]?.code).toBe('self_care');
      expect(risk.status).toBe('final');
      expect(triage.status).toBe('final');
    });
  });

  it('refuses an unknown status with 400, naming the field', async () => {
    const res = await app.request(
      '/fhir/QuestionnaireResponse/$assess',
      postFhir({ ...stenosis, status: 'done' }),
    );
    expect(res.status).toBe(400);
    expect((await outcomeOf(res)).issue[0]?.diagnostics).toMatch(/^status:/);
  });

  it('names the item in an OperationOutcome when an answer is out of range', async () => {
    const res = await app.request(
      '/fhir/QuestionnaireResponse/$assess',
      postFhir(response([{ linkId: 'age', answer: [{ valueInteger: 300 }] }])),
    );
    expect(res.status).toBe(400);
    const outcome = await outcomeOf(res);
    expect(outcome.issue[0]).toMatchObject({
      severity: 'error',
      code: 'invalid',
      expression: ["QuestionnaireResponse.repeat(item).where(linkId = 'age')"],
    });
    expect(outcome.issue[0]?.diagnostics).not.toContain('300');
  });

  it('names the item when an answer has the wrong type', async () => {
    const res = await app.request(
      '/fhir/QuestionnaireResponse/$assess',
      postFhir(response([{ linkId: 'fever', answer: [{ valueString: 'yes' }] }])),
    );
    expect(res.status).toBe(400);
    expect((await outcomeOf(res)).issue[0]?.expression).toStrictEqual([
      "QuestionnaireResponse.repeat(item).where(linkId = 'fever')",
    ]);
  });

  it.each([
    ['another resource', { resourceType: 'Patient' }, 400],
    ['malformed JSON', '{"resourceType":', 400],
    ['plain text', 'hello', 415],
    [
      'a body over 100 KB',
      { resourceType: 'QuestionnaireResponse', status: 'completed', text: 'x'.repeat(110 * 1024) },
      413,
    ],
  ])('answers %s with a valid OperationOutcome', async (_name, body, status) => {
    const res = await app.request(
      '/fhir/QuestionnaireResponse/$assess',
      postFhir(body, status === 415 ? 'text/plain' : 'application/fhir+json'),
    );
    expect(res.status).toBe(status);
    await outcomeOf(res);
  });

  it('answers an unknown FHIR path with a not-found OperationOutcome', async () => {
    const res = await app.request('/fhir/Patient/1');
    expect(res.status).toBe(404);
    expect((await outcomeOf(res)).issue[0]?.code).toBe('not-found');
  });

  it('answers a rate-limited client with a throttled OperationOutcome', async () => {
    const limited = createApp({
      logger: createLogger({ level: 'silent' }),
      rateLimit: { capacity: 1, refillPerSecond: 1 },
    });
    await limited.request('/fhir/Questionnaire/stride');
    const res = await limited.request('/fhir/Questionnaire/stride');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((await outcomeOf(res)).issue[0]?.code).toBe('throttled');
  });
});
