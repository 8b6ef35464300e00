/**
 * Fuzz: at least 10,000 generated bodies per POST route (wrong types, huge strings, deep nesting,
 * `__proto__` keys, invalid UTF-8, odd content types). The server answers every one with a 2xx or
 * 4xx and a well-formed error body; never a 5xx, never a crash, never a polluted prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREFETCH_KEY, SERVICE_ID } from '../../src/cds/triage-service.js';
import { KNOWLEDGE } from '../../src/index.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';

const RUNS_PER_ROUTE = 10_000;

const app = createApp({ logger: createLogger({ level: 'silent' }), rateLimit: false });
const encoder = new TextEncoder();
const featureIds = KNOWLEDGE.features.map((feature) => feature.id);

/** Any answer value: right types, wrong types, edge numbers, long strings, nested things. */
const answerValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.integer({ min: -1000, max: 3000 }),
  fc.double(),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2),
  fc.constantFrom('female', 'male', 'other', 'none', 'one_leg', 'both_legs', 'central', ''),
  fc.string({ maxLength: 40 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

const dangerousKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
);

const answersObject = fc.dictionary(
  fc.oneof(fc.constantFrom(...featureIds), dangerousKey, fc.string({ maxLength: 20 })),
  answerValue,
  { maxKeys: 12 },
);

/** Text that JSON.stringify cannot produce: `__proto__` as an own key at some depth. */
const protoText = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.jsonValue({ maxDepth: 2 }))
  .map(([depth, value]) => {
    let text = `{"__proto__": ${JSON.stringify(value)}, "age": 50}`;
    for (let level = 0; level < depth; level += 1) {
      text = `{"item": [${text}], "__proto__": {"polluted": true}}`;
    }
    return text;
  });

const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.constantFrom('[', '{"a":'), fc.boolean())
  .map(([depth, open, closed]) => {
    const close = open === '[' ? ']' : '}';
    return `{"age": ${open.repeat(depth)}1${closed ? close.repeat(depth) : ''}}`;
  });

const hugeString = fc
  .tuple(
    fc.integer({ min: 1_000, max: 130_000 }),
    fc.constantFrom('a', 'é', '\u{1F600}', '\\u0000', '"'),
  )
  .map(([length, unit]) => `{"sex": "${unit.repeat(Math.ceil(length / unit.length))}"}`);

/** Bytes that are not valid UTF-8, inside otherwise plausible JSON. */
const invalidUtf8 = fc
  .tuple(
    fc.uint8Array({ minLength: 1, maxLength: 16 }).map((bytes) => bytes.map((byte) => byte | 0x80)),
    fc.constantFrom('{"sex": "', '{"', '{"linkId": "', ''),
  )
  .map(([bytes, prefix]) => {
    const head = encoder.encode(prefix);
    const tail = encoder.encode('"}');
    const body = new Uint8Array(head.length + bytes.length + tail.length);
    body.set(head, 0);
    body.set(bytes, head.length);
    body.set(tail, head.length + bytes.length);
    return body;
  });

const randomBytes = fc.uint8Array({ maxLength: 512 });

/** A FHIR-ish QuestionnaireResponse with fuzzed items and answers. */
const questionnaireResponse = fc.record(
  {
    resourceType: fc.oneof(fc.constant('QuestionnaireResponse'), fc.string({ maxLength: 10 })),
    status: fc.constantFrom('completed', 'in-progress', 'entered-in-error', 7),
    questionnaire: fc.constantFrom(
      'urn:stride:fhir:Questionnaire:stride',
      'urn:stride:fhir:Questionnaire:stride|1.0.0',
      'http://example.org/Questionnaire/phq9',
      3,
    ),
    item: fc.oneof(
      fc.array(
        fc.record(
          {
            linkId: fc.oneof(
              fc.constantFrom(...featureIds),
              dangerousKey,
              fc.string({ maxLength: 10 }),
              fc.integer(),
            ),
            answer: fc.oneof(
              fc.array(
                fc.oneof(
                  fc.record({ valueBoolean: answerValue }),
                  fc.record({ valueInteger: answerValue }),
                  fc.record({ valueDecimal: answerValue }),
                  fc.record({
                    valueCoding: fc.oneof(fc.record({ code: answerValue }), answerValue),
                  }),
                  fc.record({ valueString: answerValue, valueBoolean: answerValue }),
                  answerValue,
                ),
                { maxLength: 3 },
              ),
              answerValue,
            ),
            item: fc.jsonValue({ maxDepth: 3 }),
          },
          { requiredKeys: ['linkId'] },
        ),
        { maxLength: 10 },
      ),
      answerValue,
    ),
  },
  { requiredKeys: [] },
);

/** An SDC adaptive QuestionnaireResponse: the fuzzed response with a fuzzed contained Questionnaire. */
const adaptiveResponse = fc
  .tuple(
    questionnaireResponse,
    fc.record(
      {
        resourceType: fc.oneof(fc.constant('Questionnaire'), fc.string({ maxLength: 10 })),
        id: fc.oneof(fc.constant('q'), fc.string({ maxLength: 70 }), fc.integer()),
        derivedFrom: fc.oneof(
          fc.constant(['urn:stride:fhir:Questionnaire:stride']),
          fc.array(fc.oneof(fc.string({ maxLength: 40 }), answerValue), { maxLength: 2 }),
          answerValue,
        ),
        item: fc.oneof(
          fc.array(
            fc.record(
              {
                linkId: fc.oneof(fc.constantFrom(...featureIds), dangerousKey, fc.integer()),
                type: fc.constantFrom('boolean', 'decimal', 'choice'),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 12 },
          ),
          answerValue,
        ),
      },
      { requiredKeys: [] },
    ),
    fc.oneof(fc.constant('#q'), fc.string({ maxLength: 20 }), answerValue),
  )
  .map(([response, questionnaire, reference]) => ({
    ...response,
    contained: [questionnaire],
    questionnaire: reference,
  }));

const cdsRequest = fc.record(
  {
    hook: fc.constantFrom('patient-view', 'order-sign', '', 3),
    hookInstance: fc.oneof(fc.uuid(), fc.string({ maxLength: 5 }), fc.integer()),
    context: fc.oneof(fc.record({ patientId: fc.string({ maxLength: 8 }) }), answerValue),
    prefetch: fc.oneof(
      fc.record({
        [PREFETCH_KEY]: fc.oneof(
          questionnaireResponse,
          fc.constant(null),
          fc.record({
            resourceType: fc.constant('Bundle'),
            entry: fc.array(fc.record({ resource: questionnaireResponse }), { maxLength: 3 }),
          }),
          answerValue,
        ),
      }),
      answerValue,
    ),
  },
  { requiredKeys: [] },
);

type Body = string | Uint8Array;

function bodiesFor(structured: fc.Arbitrary<unknown>): fc.Arbitrary<Body> {
  return fc.oneof(
    { arbitrary: structured.map((value) => JSON.stringify(value)), weight: 12 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), weight: 3 },
    { arbitrary: protoText, weight: 2 },
    { arbitrary: deepNesting, weight: 1 },
    { arbitrary: hugeString, weight: 1 },
    { arbitrary: invalidUtf8, weight: 2 },
    { arbitrary: randomBytes, weight: 1 },
    { arbitrary: fc.string({ maxLength: 60 }), weight: 1 },
  );
}

const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 8 },
  {
    arbitrary: fc.constantFrom(
      'application/fhir+json',
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      '',
      'application/json;;;',
    ),
    weight: 2,
  },
);

const ROUTES: readonly { path: string; body: fc.Arbitrary<Body>; fhir: boolean }[] = [
  { path: '/api/v1/assess', body: bodiesFor(answersObject), fhir: false },
  { path: '/api/v1/next', body: bodiesFor(answersObject), fhir: false },
  {
    path: '/fhir/QuestionnaireResponse/$assess',
    body: bodiesFor(questionnaireResponse),
    fhir: true,
  },
  {
    path: '/fhir/Questionnaire/$next-question',
    body: bodiesFor(fc.oneof(questionnaireResponse, adaptiveResponse)),
    fhir: true,
  },
  { path: `/cds-services/${SERVICE_ID}`, body: bodiesFor(cdsRequest), fhir: false },
];

describe.each(ROUTES)('POST $path under fuzzing', ({ path, body, fhir }) => {
  it(`answers ${String(RUNS_PER_ROUTE)} generated bodies with 2xx or 4xx and a well-formed body`, async () => {
    let runs = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, contentType, async (payload, type) => {
        runs += 1;
        const headers: Record<string, string> = type === '' ? {} : { 'content-type': type };
        const res = await app.request(path, { method: 'POST', headers, body: payload });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
        const parsed = JSON.parse(await res.text()) as Record<string, unknown>;
        if (res.status >= 400) {
          if (fhir) {
            expect(parsed['resourceType']).toBe('OperationOutcome');
          } else {
            expect(Object.keys(parsed)).toStrictEqual(['error']);
          }
        }
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: RUNS_PER_ROUTE, seed: 20_260_101 + path.length },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS_PER_ROUTE);
    // The generators reach both sides: some bodies are accepted, some refused.
    expect([...statuses.keys()].some((status) => status < 300)).toBe(true);
    expect([...statuses.keys()].some((status) => status >= 400)).toBe(true);
  }, 240_000);
});
