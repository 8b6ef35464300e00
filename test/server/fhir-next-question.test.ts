/**
 * SDC adaptive questionnaires over HTTP (POST /fhir/Questionnaire/$next-question, SDC 3.0.0): a
 * FHIR client that knows only the SDC operation runs the whole interview, gets the same questions
 * as the library's `nextQuestion` and, from $assess on the completed response, the same triage as
 * `assess`; every resource served is valid R4 with no empty array, and bad input is an
 * OperationOutcome, never a 500.
 */
import type {
  Bundle,
  CapabilityStatement,
  Observation,
  OperationOutcome,
  Questionnaire,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/index.js';
import { assess, nextQuestion } from '../../src/index.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { runInterview } from '../interview.js';
import { loadVignettes, PUBLIC_VIGNETTES } from '../vignettes.js';
import { r4Problems } from './fhir-r4.js';

const app = createApp({ logger: createLogger({ level: 'silent' }), rateLimit: false });
const NEXT = '/fhir/Questionnaire/$next-question';
const choiceSystemOf = (featureId: string): string =>
  `urn:stride:fhir:CodeSystem:answer:${featureId}`;
const ADAPTIVE =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive';

function post(path: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** The paths of every empty array in a JSON value (FHIR JSON never has one). */
function emptyArraysIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    return value.length === 0
      ? [path]
      : value.flatMap((entry, index) => emptyArraysIn(entry, `${path}[${String(index)}]`));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, entry]) => emptyArraysIn(entry, `${path}.${key}`));
  }
  return [];
}

async function nextOf(body: unknown): Promise<QuestionnaireResponse> {
  const res = await post(NEXT, body);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/fhir+json');
  const response = (await res.json()) as QuestionnaireResponse;
  expect(r4Problems(response)).toStrictEqual([]);
  expect(emptyArraysIn(response)).toStrictEqual([]);
  return response;
}

async function outcomeOf(res: Response, status: number): Promise<OperationOutcome> {
  expect(res.status).toBe(status);
  const outcome = (await res.json()) as OperationOutcome;
  expect(outcome.resourceType).toBe('OperationOutcome');
  expect(r4Problems(outcome)).toStrictEqual([]);
  return outcome;
}

function containedOf(response: QuestionnaireResponse): Questionnaire {
  const questionnaire = response.contained?.find(
    (resource): resource is Questionnaire => resource.resourceType === 'Questionnaire',
  );
  if (questionnaire === undefined) {
    throw new Error('no contained Questionnaire');
  }
  return questionnaire;
}

/** How a form filler records an answer; "not sure" leaves the item without one. */
function answerOf(featureId: string, value: AnswerValue): QuestionnaireResponseItemAnswer[] {
  if (value === null) {
    return [];
  }
  if (typeof value === 'boolean') {
    return [{ valueBoolean: value }];
  }
  return typeof value === 'number'
    ? [Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value }]
    : [{ valueCoding: { system: choiceSystemOf(featureId), code: value } }];
}

/** The client's next request: the server's response with the newest question answered. */
function answered(response: QuestionnaireResponse, value: AnswerValue): QuestionnaireResponse {
  const items = containedOf(response).item ?? [];
  const newest = items[items.length - 1];
  if (newest === undefined) {
    throw new Error('no question to answer');
  }
  const answer = answerOf(newest.linkId, value);
  const item: QuestionnaireResponseItem = {
    linkId: newest.linkId,
    ...(answer.length === 0 ? {} : { answer }),
  };
  return { ...response, item: [...(response.item ?? []), item] };
}

const START: QuestionnaireResponse = {
  resourceType: 'QuestionnaireResponse',
  id: 'adaptive-1',
  status: 'in-progress',
  subject: { reference: 'Patient/p-1' },
  authored: '2026-12-03T10:00:00Z',
};

describe('POST /fhir/Questionnaire/$next-question', () => {
  it('starts from a response with nothing asked: the first question in an SDC adaptive Questionnaire', async () => {
    const response = await nextOf(START);
    const questionnaire = containedOf(response);
    expect(response.status).toBe('in-progress');
    expect(response.questionnaire).toBe(`#${questionnaire.id ?? ''}`);
    expect(response).toMatchObject({
      id: 'adaptive-1',
      subject: { reference: 'Patient/p-1' },
      authored: '2026-12-03T10:00:00Z',
    });
    expect(response.item).toBeUndefined();
    expect(questionnaire.extension).toContainEqual({ url: ADAPTIVE, valueBoolean: true });
    expect(questionnaire.url).toBeUndefined();
    expect(questionnaire.derivedFrom?.[0]).toMatch(/^urn:stride:fhir:Questionnaire:stride\|/);
    expect(questionnaire.item?.map((item) => item.linkId)).toStrictEqual([nextQuestion({})?.id]);
  });

  it('takes the SDC input Parameters as well as a bare QuestionnaireResponse', async () => {
    const response = await nextOf({
      resourceType: 'Parameters',
      parameter: [{ name: 'questionnaire-response', resource: START }],
    });
    expect(containedOf(response).item).toHaveLength(1);
  });

  it.each(loadVignettes(PUBLIC_VIGNETTES).map((vignette) => [vignette.id, vignette] as const))(
    'runs the whole interview for %s: the same questions as nextQuestion, the same triage as assess',
    async (_id, vignette) => {
      const expected = runInterview(vignette.answers);
      let response = await nextOf(START);
      const asked: string[] = [];
      while (response.status === 'in-progress') {
        const items = containedOf(response).item ?? [];
        const newest = items[items.length - 1]?.linkId ?? '';
        expect(items.map((item) => item.linkId).slice(0, -1)).toStrictEqual(asked);
        expect(items.every((item) => item.enableWhen === undefined)).toBe(true);
        asked.push(newest);
        expect(asked.length).toBeLessThanOrEqual(expected.asked.length);
        response = await nextOf(
          answered(response, (vignette.answers[newest] as AnswerValue | undefined) ?? null),
        );
      }
      expect(response.status).toBe('completed');
      expect(asked).toStrictEqual(expected.asked);
      expect(containedOf(response).item?.map((item) => item.linkId)).toStrictEqual(asked);

      const res = await post('/fhir/QuestionnaireResponse/$assess', response);
      expect(res.status).toBe(200);
      const bundle = (await res.json()) as Bundle;
      const triage = bundle.entry
        ?.map((entry) => entry.resource)
        .find((resource): resource is Observation => resource?.resourceType === 'Observation');
      const result = assess(expected.given);
      expect(triage?.valueCodeableConcept?.coding?.[0]?.code).toBe(result.triage.level);
      expect(vignette.expect.triage).toContain(result.triage.level);
    },
  );

  it('ends at the first emergency answer: status completed and no new question', async () => {
    let response = await nextOf(START);
    const first = containedOf(response).item?.[0]?.linkId;
    expect(first).toBe('bladder_bowel_change');
    response = await nextOf(answered(response, true));
    expect(response.status).toBe('completed');
    expect(containedOf(response).item?.map((item) => item.linkId)).toStrictEqual([first]);
  });

  it('reads a question left without an answer as "not sure" and asks its plainer recheck', async () => {
    const response = await nextOf(answered(await nextOf(START), null));
    expect(containedOf(response).item?.map((item) => item.linkId)).toStrictEqual([
      'bladder_bowel_change',
      'bladder_bowel_recheck',
    ]);
  });

  it('refuses an answer to a question it did not ask (422), naming the item', async () => {
    const response = await nextOf(START);
    const outcome = await outcomeOf(
      await post(NEXT, {
        ...response,
        item: [{ linkId: 'fever', answer: [{ valueBoolean: true }] }],
      }),
      422,
    );
    expect(outcome.issue[0]).toMatchObject({
      code: 'processing',
      expression: ["QuestionnaireResponse.repeat(item).where(linkId = 'fever')"],
    });
  });

  it('refuses the response of another questionnaire (422)', async () => {
    await outcomeOf(
      await post(NEXT, { ...START, questionnaire: 'http://example.org/Questionnaire/phq-9' }),
      422,
    );
    const response = await nextOf(START);
    const other = { ...containedOf(response), derivedFrom: ['http://example.org/Questionnaire/x'] };
    await outcomeOf(await post(NEXT, { ...response, contained: [other] }), 422);
  });

  it('refuses an answer out of range (400), naming the item and not the value', async () => {
    const first = await nextOf(START);
    const withAge = {
      ...first,
      contained: [
        {
          ...containedOf(first),
          item: [{ linkId: 'age', text: 'How old are you?', type: 'decimal' }],
        },
      ],
      item: [{ linkId: 'age', answer: [{ valueInteger: 300 }] }],
    };
    const outcome = await outcomeOf(await post(NEXT, withAge), 400);
    expect(outcome.issue[0]?.expression).toStrictEqual([
      "QuestionnaireResponse.repeat(item).where(linkId = 'age')",
    ]);
    expect(outcome.issue[0]?.diagnostics).not.toContain('300');
  });

  it.each([
    ['another resource', { resourceType: 'Patient' }, 400],
    ['malformed JSON', '{"resourceType":', 400],
    ['a response without a status', { resourceType: 'QuestionnaireResponse' }, 400],
    ['a response entered in error', { ...START, status: 'entered-in-error' }, 422],
    ['contained that is not a list', { ...START, contained: {} }, 400],
    ['Parameters without the response', { resourceType: 'Parameters', parameter: [] }, 400],
    [
      'a contained item that is not a Stride question',
      {
        ...START,
        questionnaire: '#q',
        contained: [
          {
            resourceType: 'Questionnaire',
            id: 'q',
            status: 'active',
            derivedFrom: ['urn:stride:fhir:Questionnaire:stride'],
            item: [{ linkId: 'shoe_size', type: 'integer' }],
          },
        ],
      },
      422,
    ],
  ])('answers %s with a valid OperationOutcome', async (_name, body, status) => {
    await outcomeOf(await post(NEXT, body), status);
  });
});

describe('GET /fhir/metadata', () => {
  it('declares $next-question on Questionnaire by the SDC OperationDefinition', async () => {
    const statement = (await (await app.request('/fhir/metadata')).json()) as CapabilityStatement;
    const questionnaire = statement.rest?.[0]?.resource?.find(
      (resource) => resource.type === 'Questionnaire',
    );
    expect(questionnaire?.operation).toContainEqual(
      expect.objectContaining({
        name: 'next-question',
        definition: 'http://hl7.org/fhir/uv/sdc/OperationDefinition/Questionnaire-next-question',
      }),
    );
    expect(r4Problems(statement)).toStrictEqual([]);
  });
});
