/**
 * FHIR JSON rules that the R4 StructureDefinition validator does not check, over every resource
 * the server serves: no empty arrays, objects or strings and no nulls anywhere (FHIR R4
 * json.html: "empty arrays, objects and strings are not allowed"), every coding names its system,
 * and every LOINC code is one that src/fhir/systems.ts cites.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOINC } from '../../src/fhir/systems.js';
import { KNOWLEDGE } from '../../src/index.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { openStore, type Store } from '../../src/store/index.js';

/** Where a value breaks FHIR JSON's rules, as JSON paths with the reason. */
function jsonRuleBreaks(value: unknown, path = '$'): string[] {
  if (value === null) {
    return [`${path}: null`];
  }
  if (typeof value === 'string') {
    return value.trim() === '' ? [`${path}: empty string`] : [];
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? [`${path}: empty array`]
      : value.flatMap((item, index) => jsonRuleBreaks(item, `${path}[${String(index)}]`));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0
      ? [`${path}: empty object`]
      : entries.flatMap(([key, item]) => jsonRuleBreaks(item, `${path}.${key}`));
  }
  return [];
}

/** Every Coding in a resource: the items of `coding` arrays and any `value…Coding`/`answerCoding`. */
function codingsIn(
  value: unknown,
  path = '$',
): { path: string; coding: Record<string, unknown> }[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => codingsIn(item, `${path}[${String(index)}]`));
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  return Object.entries(value).flatMap(([key, item]) => {
    const here = `${path}.${key}`;
    const own =
      key === 'coding' && Array.isArray(item)
        ? item.map((coding: Record<string, unknown>, index) => ({
            path: `${here}[${String(index)}]`,
            coding,
          }))
        : (key === 'valueCoding' || key === 'answerCoding') && typeof item === 'object'
          ? [{ path: here, coding: item as Record<string, unknown> }]
          : [];
    return [...own, ...codingsIn(item, here)];
  });
}

const CITED_LOINC: ReadonlySet<string> = new Set(Object.values(LOINC).map((term) => term.code));

function problemsOf(resource: unknown): string[] {
  const codings = codingsIn(resource);
  return [
    ...jsonRuleBreaks(resource),
    ...codings
      .filter(({ coding }) => typeof coding['system'] !== 'string')
      .map(({ path }) => `${path}: coding without a system`),
    ...codings
      .filter(
        ({ coding }) =>
          coding['system'] === 'http://loinc.org' && !CITED_LOINC.has(String(coding['code'])),
      )
      .map(({ path, coding }) => `${path}: LOINC ${String(coding['code'])} is not cited`),
  ];
}

const QUESTIONNAIRE = 'urn:stride:fhir:Questionnaire:stride';
const WARNING_SIGNS_NO = KNOWLEDGE.features
  .filter((feature) => feature.group === 'warning' && feature.rechecks === undefined)
  .map((feature) => ({ linkId: feature.id, answer: [{ valueBoolean: false }] }));

const RESPONSES: Readonly<Record<string, object>> = {
  'an empty in-progress response': { status: 'in-progress' },
  'only unanswered items': {
    status: 'completed',
    item: [{ linkId: 'fever', answer: [] }, { linkId: 'age' }],
  },
  'a stenosis picture with a subject and id': {
    id: 'qr-1',
    status: 'completed',
    subject: { reference: 'Patient/p-1' },
    item: [
      { linkId: 'age', answer: [{ valueInteger: 74 }] },
      {
        linkId: 'leg_symptoms',
        answer: [
          {
            valueCoding: {
              system: 'urn:stride:fhir:CodeSystem:answer:leg_symptoms',
              code: 'both_legs',
            },
          },
        ],
      },
      { linkId: 'relief_sitting', answer: [{ valueBoolean: true }] },
    ],
  },
  'an emergency': {
    status: 'completed',
    item: [{ linkId: 'saddle_numbness', answer: [{ valueBoolean: true }] }],
  },
  'every warning sign answered "no", nested in a group': {
    status: 'amended',
    item: [{ linkId: 'warning-signs', item: WARNING_SIGNS_NO }],
  },
};

let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', dataDir: mkdtempSync(join(tmpdir(), 'stride-db-')) });
  app = createApp({ logger: createLogger({ level: 'silent' }), rateLimit: false, store });
});

afterAll(async () => {
  await store.close();
});

async function served(path: string, init: RequestInit = {}): Promise<unknown> {
  const res = await app.request(path, init);
  expect(res.headers.get('content-type')).toContain('application/fhir+json');
  return res.json();
}

function post(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/fhir+json', ...headers },
    body: JSON.stringify(body),
  };
}

describe('the JSON rules themselves', () => {
  it('find an empty array, object or string, and a null, at any depth', () => {
    expect(
      jsonRuleBreaks({ a: [], b: {}, c: ' ', d: null, e: [{ f: [1], g: 'x' }] }),
    ).toStrictEqual(['$.a: empty array', '$.b: empty object', '$.c: empty string', '$.d: null']);
    expect(problemsOf({ code: { coding: [{ code: 'x' }] } })).toStrictEqual([
      '$.code.coding[0]: coding without a system',
    ]);
    expect(
      problemsOf({ valueCoding: { system: 'http://loinc.org', code: '1234-5' } }),
    ).toStrictEqual(['$.valueCoding: LOINC 1234-5 is not cited']);
  });
});

describe('every resource served keeps FHIR JSON rules', () => {
  it.each([
    ['/fhir/metadata'],
    ['/fhir/Questionnaire/stride'],
    [`/fhir/Questionnaire?url=${encodeURIComponent(QUESTIONNAIRE)}`],
    ['/fhir/Questionnaire?url=http%3A%2F%2Fexample.org%2Fother'],
  ])('GET %s', async (path) => {
    expect(problemsOf(await served(path))).toStrictEqual([]);
  });

  it.each(Object.entries(RESPONSES))('$assess of %s', async (_name, response) => {
    const body = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: QUESTIONNAIRE,
      ...response,
    };
    const res = await app.request('/fhir/QuestionnaireResponse/$assess', post(body));
    expect(res.status).toBe(200);
    expect(problemsOf(await res.json())).toStrictEqual([]);
  });

  it.each([
    ['another Questionnaire', post({ resourceType: 'QuestionnaireResponse', status: 'completed' })],
    [
      'a bad answer',
      post({
        resourceType: 'QuestionnaireResponse',
        questionnaire: QUESTIONNAIRE,
        status: 'completed',
        item: [{ linkId: 'fever', answer: [{ valueString: 'y' }] }],
      }),
    ],
    ['XML asked for', post({}, { accept: 'application/fhir+xml' })],
  ])('the OperationOutcome for %s', async (_name, init) => {
    expect(problemsOf(await served('/fhir/QuestionnaireResponse/$assess', init))).toStrictEqual([]);
  });

  it('$next-question at the start and after each of five answers', async () => {
    let response: Record<string, unknown> = {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
    };
    let checked = 0;
    for (let step = 0; step < 6; step += 1) {
      const res = await app.request('/fhir/Questionnaire/$next-question', post(response));
      expect(res.status).toBe(200);
      const next = (await res.json()) as Record<string, unknown>;
      expect(problemsOf(next)).toStrictEqual([]);
      checked += 1;
      const contained = (next['contained'] as { item?: { linkId: string; type: string }[] }[])[0];
      const newest = contained?.item?.at(-1);
      if (newest === undefined || next['status'] !== 'in-progress') {
        break;
      }
      const feature = KNOWLEDGE.features.find((candidate) => candidate.id === newest.linkId);
      const answer =
        feature?.type === 'bool'
          ? { valueBoolean: false }
          : feature?.type === 'number'
            ? { valueDecimal: feature.min ?? 1 }
            : {
                valueCoding: {
                  system: 'urn:stride:fhir:CodeSystem:answer',
                  code: feature?.options?.[0]?.value ?? '',
                },
              };
      const items = (next['item'] as object[] | undefined) ?? [];
      response = { ...next, item: [...items, { linkId: newest.linkId, answer: [answer] }] };
    }
    expect(checked).toBe(6);
  });

  async function profileBundle(
    setup: (id: string, token: string) => Promise<void>,
  ): Promise<unknown> {
    const created = (await (await app.request('/api/v1/profiles', { method: 'POST' })).json()) as {
      id: string;
      token: string;
    };
    await setup(created.id, created.token);
    return served(`/api/v1/profiles/${created.id}/fhir`, {
      headers: { authorization: `Bearer ${created.token}` },
    });
  }

  async function send(path: string, token: string, body: unknown): Promise<void> {
    const res = await app.request(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
  }

  it('the profile Bundle of a new profile', async () => {
    expect(problemsOf(await profileBundle(async () => Promise.resolve()))).toStrictEqual([]);
  });

  it('the profile Bundle whose assessment has only "not sure" answers', async () => {
    const bundle = await profileBundle(async (id, token) => {
      await send(`/api/v1/profiles/${id}/assessments`, token, {
        answers: { fever: null, weight_loss: null },
      });
    });
    expect(problemsOf(bundle)).toStrictEqual([]);
  });

  it('the profile Bundle with an assessment and walks, full and minimal', async () => {
    const bundle = await profileBundle(async (id, token) => {
      await send(`/api/v1/profiles/${id}/assessments`, token, {
        answers: { age: 72, leg_symptoms: 'both_legs', relief_sitting: true },
      });
      await send(`/api/v1/profiles/${id}/walks`, token, {
        date: '2026-01-05',
        minutes: 20,
        distanceKm: 1.5,
        minutesUntilSymptoms: 8,
        painBefore: 2,
        painAfter: 4,
        stoppedBecause: 'leg_symptoms',
        reliefBy: 'sitting',
        surface: 'pavement',
        poles: false,
        note: 'Bench twice',
      });
      await send(`/api/v1/profiles/${id}/walks`, token, {
        date: '2026-01-06',
        minutes: 10,
        painBefore: 0,
        painAfter: 0,
        stoppedBecause: 'planned',
      });
    });
    expect(problemsOf(bundle)).toStrictEqual([]);
  });
});
