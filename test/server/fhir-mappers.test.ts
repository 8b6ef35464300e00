/**
 * The FHIR mappers: the interview as a Questionnaire, a QuestionnaireResponse read back as answers,
 * and a Result as a Bundle; every resource valid against the official R4 StructureDefinitions.
 */
import type {
  Observation,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponse,
  RiskAssessment,
} from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { evaluate } from '../../src/engine/conditions.js';
import { assessmentBundle } from '../../src/fhir/assessment.js';
import { operationOutcome, itemExpression } from '../../src/fhir/outcome.js';
import { questionnaire } from '../../src/fhir/questionnaire.js';
import {
  answersFromQuestionnaireResponse,
  linksOf,
  QuestionnaireResponseError,
} from '../../src/fhir/questionnaire-response.js';
import type { AnswerValue } from '../../src/index.js';
import { assess, KNOWLEDGE, knowledgeVersionOf } from '../../src/index.js';
import { walksBundle } from '../../src/fhir/walks.js';
import type { WalkRecord } from '../../src/fhir/walks.js';
import type { Walk } from '../../src/store/types.js';
import { r4Problems } from './fhir-r4.js';

const VERSION = knowledgeVersionOf(KNOWLEDGE);
const STRIDE_QUESTIONNAIRE = 'urn:stride:fhir:Questionnaire:stride';
const QUESTIONNAIRE = questionnaire(KNOWLEDGE, VERSION);
const ITEMS = new Map((QUESTIONNAIRE.item ?? []).map((item) => [item.linkId, item]));

function sequentialIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

function responseFor(answers: Record<string, AnswerValue>): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    questionnaire: `${QUESTIONNAIRE.url ?? ''}|${VERSION}`,
    item: Object.entries(answers).map(([linkId, value]) => ({
      linkId,
      answer: [
        typeof value === 'boolean'
          ? { valueBoolean: value }
          : typeof value === 'number'
            ? Number.isInteger(value)
              ? { valueInteger: value }
              : { valueDecimal: value }
            : { valueCoding: { code: String(value) } },
      ],
    })),
  };
}

describe('the R4 validator used here', () => {
  it('does catch invalid resources, so a pass means something', () => {
    expect(r4Problems({ resourceType: 'Questionnaire' })).not.toStrictEqual([]);
    expect(
      r4Problems({
        resourceType: 'RiskAssessment',
        status: 'final',
        subject: {},
        prediction: [{ probabilityDecimal: 'high' }],
      }),
    ).not.toStrictEqual([]);
    expect(
      r4Problems({
        resourceType: 'Observation',
        status: 'final',
        code: { text: 'x' },
        colour: 'red',
      }),
    ).not.toStrictEqual([]);
  });
});

describe('questionnaire()', () => {
  it('is a valid R4 Questionnaire', () => {
    expect(r4Problems(QUESTIONNAIRE)).toStrictEqual([]);
  });

  it('has one item per feature, in interview order, with linkId = feature id', () => {
    expect((QUESTIONNAIRE.item ?? []).map((item) => item.linkId)).toStrictEqual(
      KNOWLEDGE.features.map((feature) => feature.id),
    );
  });

  it('types items by feature type and offers every choice as an answer option', () => {
    for (const feature of KNOWLEDGE.features) {
      const item = ITEMS.get(feature.id);
      expect(item?.type).toBe(
        { bool: 'boolean', number: 'decimal', choice: 'choice' }[feature.type],
      );
      expect(item?.required).toBe(false);
      if (feature.type === 'choice') {
        expect(item?.answerOption?.map((option) => option.valueCoding?.code)).toStrictEqual(
          feature.options?.map((option) => option.value),
        );
      }
    }
  });

  it('gives numbers their range and standard codes where they exist', () => {
    const age = ITEMS.get('age');
    expect(age?.code?.[0]).toMatchObject({ system: 'http://loinc.org', code: '30525-0' });
    expect(age?.extension).toContainEqual({
      url: 'http://hl7.org/fhir/StructureDefinition/minValue',
      valueDecimal: 12,
    });
  });

  it("gives every answer option a system: the code system of that question's answers", () => {
    for (const item of QUESTIONNAIRE.item ?? []) {
      for (const option of item.answerOption ?? []) {
        expect(option.valueCoding?.system).toBe(`urn:stride:fhir:CodeSystem:answer:${item.linkId}`);
      }
    }
  });

  it('gives the 0-10 pain rating its LOINC code and the UCUM unit {score}', () => {
    const pain = ITEMS.get('pain_nrs');
    expect(pain?.code).toStrictEqual([
      {
        system: 'http://loinc.org',
        code: '72514-3',
        display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
      },
    ]);
    expect(pain?.extension).toContainEqual({
      url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
      valueCoding: {
        system: 'http://unitsofmeasure.org',
        code: '{score}',
        display: 'score (0-10)',
      },
    });
  });

  it('mirrors skip logic: "not none" becomes "any other choice" and "at least" becomes >=', () => {
    const coding = (code: string): object => ({
      system: 'urn:stride:fhir:CodeSystem:answer:leg_symptoms',
      code,
    });
    expect(ITEMS.get('pain_below_knee')?.enableWhen).toStrictEqual([
      { question: 'leg_symptoms', operator: '=', answerCoding: coding('one_leg') },
      { question: 'leg_symptoms', operator: '=', answerCoding: coding('both_legs') },
    ]);
    expect(ITEMS.get('pain_below_knee')?.enableBehavior).toBe('any');
    expect(ITEMS.get('onset_before_45')?.enableWhen).toStrictEqual([
      { question: 'age', operator: '>=', answerDecimal: 45 },
    ]);
  });

  it('enables an item exactly when the interview would ask it, whenever the answers are known', () => {
    const asked = KNOWLEDGE.features.filter((feature) => feature.askWhen !== undefined);
    const enableWhenHolds = (when: QuestionnaireItemEnableWhen, value: AnswerValue): boolean => {
      const expected = when.answerBoolean ?? when.answerDecimal ?? when.answerCoding?.code;
      switch (when.operator) {
        case '=':
          return value === expected;
        case '!=':
          return value !== expected;
        case '>=':
          return typeof value === 'number' && value >= Number(expected);
        case '<':
          return typeof value === 'number' && value < Number(expected);
        case 'exists':
          return (value !== null) === when.answerBoolean;
        case '<=':
        case '>':
          throw new Error(`operator ${when.operator} not expected`);
      }
    };
    const itemEnabled = (
      item: QuestionnaireItem,
      answers: Record<string, AnswerValue>,
    ): boolean => {
      const results = (item.enableWhen ?? []).map((when) =>
        enableWhenHolds(when, answers[when.question] ?? null),
      );
      return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
    };
    const arbitraries: Record<string, fc.Arbitrary<AnswerValue>> = Object.fromEntries(
      KNOWLEDGE.features.map((feature) => [
        feature.id,
        feature.type === 'bool'
          ? fc.boolean()
          : feature.type === 'number'
            ? fc.integer({ min: feature.min ?? 0, max: feature.max ?? 100 })
            : fc.constantFrom(...(feature.options ?? []).map((option) => option.value)),
      ]),
    );
    const answerArb = fc.record(arbitraries);
    fc.assert(
      fc.property(answerArb, (answers) => {
        for (const feature of asked) {
          const item = ITEMS.get(feature.id);
          if (item?.enableWhen === undefined || feature.askWhen === undefined) {
            continue;
          }
          const truth = evaluate(feature.askWhen, (id) => answers[id]);
          expect(itemEnabled(item, answers)).toBe(truth);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('answersFromQuestionnaireResponse()', () => {
  it('reads booleans, integers, decimals and codings back as the same answers', () => {
    const answers = {
      age: 67,
      duration_weeks: 2.5,
      leg_symptoms: 'both_legs',
      relief_sitting: true,
    };
    expect(answersFromQuestionnaireResponse(responseFor(answers), KNOWLEDGE)).toStrictEqual(
      answers,
    );
  });

  it("reads a choice coded in Stride's answer system, and refuses one from another system", () => {
    const coded = (system: string): unknown => ({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      questionnaire: STRIDE_QUESTIONNAIRE,
      item: [{ linkId: 'leg_symptoms', answer: [{ valueCoding: { system, code: 'one_leg' } }] }],
    });
    expect(
      answersFromQuestionnaireResponse(coded('urn:stride:fhir:CodeSystem:answer:leg_symptoms'), KNOWLEDGE),
    ).toStrictEqual({ leg_symptoms: 'one_leg' });
    expect(() =>
      answersFromQuestionnaireResponse(coded('http://snomed.info/sct'), KNOWLEDGE),
    ).toThrow(QuestionnaireResponseError);
  });

  it('reads nested items and skips items without an answer', () => {
    const response = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      questionnaire: STRIDE_QUESTIONNAIRE,
      item: [
        {
          linkId: 'group',
          item: [{ linkId: 'fever', answer: [{ valueBoolean: false }] }, { linkId: 'age' }],
        },
      ],
    };
    expect(answersFromQuestionnaireResponse(response, KNOWLEDGE)).toStrictEqual({ fever: false });
  });

  const rejects: readonly [string, unknown, string | null][] = [
    [
      'a boolean item answered with a string',
      {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: STRIDE_QUESTIONNAIRE,
        item: [{ linkId: 'fever', answer: [{ valueString: 'yes' }] }],
      },
      'fever',
    ],
    [
      'two answers to one item',
      {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: STRIDE_QUESTIONNAIRE,
        item: [{ linkId: 'fever', answer: [{ valueBoolean: true }, { valueBoolean: false }] }],
      },
      'fever',
    ],
    [
      'an unknown linkId',
      {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: STRIDE_QUESTIONNAIRE,
        item: [{ linkId: 'shoe_size', answer: [{ valueInteger: 9 }] }],
      },
      'shoe_size',
    ],
    [
      'a non-integer valueInteger',
      {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: STRIDE_QUESTIONNAIRE,
        item: [{ linkId: 'age', answer: [{ valueInteger: 4.5 }] }],
      },
      'age',
    ],
    [
      'a coding without a code',
      {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: STRIDE_QUESTIONNAIRE,
        item: [{ linkId: 'sex', answer: [{ valueCoding: { display: 'x' } }] }],
      },
      'sex',
    ],
    [
      'the same item twice',
      {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: STRIDE_QUESTIONNAIRE,
        item: [
          { linkId: 'fever', answer: [{ valueBoolean: true }] },
          { linkId: 'fever', answer: [{ valueBoolean: true }] },
        ],
      },
      'fever',
    ],
    ['another resource type', { resourceType: 'Patient' }, null],
  ];

  it.each([
    ['another Questionnaire', { questionnaire: 'http://example.org/Questionnaire/phq9' }],
    [
      "another Questionnaire that only starts like Stride's",
      { questionnaire: `${STRIDE_QUESTIONNAIRE}-2` },
    ],
    ['no Questionnaire', { questionnaire: undefined }],
    ['no status', { status: undefined }],
  ])('refuses as not assessable a response to %s', (_name, change) => {
    const input = { ...responseFor({ fever: true }), ...change };
    expect(() => answersFromQuestionnaireResponse(input, KNOWLEDGE)).toThrow(
      expect.objectContaining({ problem: 'unprocessable', linkId: null }),
    );
  });

  it("reads a response to any version of Stride's Questionnaire", () => {
    for (const questionnaire of [STRIDE_QUESTIONNAIRE, `${STRIDE_QUESTIONNAIRE}|0.9.0`]) {
      const input = { ...responseFor({ fever: true }), questionnaire };
      expect(answersFromQuestionnaireResponse(input, KNOWLEDGE)).toStrictEqual({ fever: true });
    }
  });

  it("reads a coding with the question's answer system, or with none, and refuses another system", () => {
    const withSystem = (system?: string): object => ({
      ...responseFor({}),
      item: [
        {
          linkId: 'leg_symptoms',
          answer: [
            { valueCoding: { ...(system === undefined ? {} : { system }), code: 'both_legs' } },
          ],
        },
      ],
    });
    for (const system of [undefined, 'urn:stride:fhir:CodeSystem:answer:leg_symptoms']) {
      expect(answersFromQuestionnaireResponse(withSystem(system), KNOWLEDGE)).toStrictEqual({
        leg_symptoms: 'both_legs',
      });
    }
    expect(() =>
      answersFromQuestionnaireResponse(withSystem('http://snomed.info/sct'), KNOWLEDGE),
    ).toThrow(expect.objectContaining({ linkId: 'leg_symptoms', problem: 'invalid' }));
  });

  it.each(rejects)('rejects %s, naming the linkId', (_name, input, linkId) => {
    let thrown: unknown;
    try {
      answersFromQuestionnaireResponse(input, KNOWLEDGE);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(QuestionnaireResponseError);
    expect((thrown as QuestionnaireResponseError).linkId).toBe(linkId);
  });

  it('keeps only well-formed ids as links back to the response', () => {
    expect(linksOf({ id: 'qr-1', subject: { reference: 'Patient/p1' } })).toStrictEqual({
      reference: 'QuestionnaireResponse/qr-1',
      subject: 'Patient/p1',
    });
    expect(
      linksOf({ id: 'bad id!', subject: { reference: 'http://evil/Patient/1' } }),
    ).toStrictEqual({});
  });
});

describe('assessmentBundle()', () => {
  const answers = {
    age: 72,
    leg_symptoms: 'both_legs',
    relief_sitting: true,
    relief_leaning_forward: true,
  } as const;
  const result = assess(answers);
  const bundle = assessmentBundle(result, {
    newId: sequentialIds(),
    date: new Date('2026-01-02T03:04:05Z'),
    response: { reference: 'QuestionnaireResponse/qr-1', subject: 'Patient/p1' },
  });
  const [riskEntry, triageEntry] = bundle.entry ?? [];
  const risk = riskEntry?.resource as RiskAssessment;
  const triage = triageEntry?.resource as Observation;

  it('is a valid R4 collection Bundle, and so is each resource in it', () => {
    expect(bundle.type).toBe('collection');
    expect(r4Problems(bundle)).toStrictEqual([]);
    expect(r4Problems(risk)).toStrictEqual([]);
    expect(r4Problems(triage)).toStrictEqual([]);
  });

  it('predicts every cause in ranked order with its probability and band', () => {
    expect(risk.prediction?.map((p) => p.outcome?.coding?.[0]?.code)).toStrictEqual(
      result.causes.map((c) => c.id),
    );
    const top = result.causes[0];
    expect(risk.prediction?.[0]).toMatchObject({
      outcome: { text: top?.name },
      qualitativeRisk: { text: top?.band },
    });
    expect(risk.prediction?.[0]?.probabilityDecimal).toBeCloseTo(top?.probability ?? -1, 3);
    expect(risk.basis).toStrictEqual([{ reference: 'QuestionnaireResponse/qr-1' }]);
    expect(risk.subject).toStrictEqual({ reference: 'Patient/p1' });
  });

  it('carries the triage level as the Observation value and the advice as its text', () => {
    expect(triage.valueCodeableConcept?.coding?.[0]?.code).toBe(result.triage.level);
    expect(triage.valueCodeableConcept?.text).toBe(result.triage.advice);
  });

  it('carries the level as the value, with no interpretation code (a triage has no reference range)', () => {
    for (const answers of [
      { saddle_numbness: true, bladder_bowel_change: true },
      { fever: true },
      {},
    ]) {
      const observation = assessmentBundle(assess(answers), { newId: sequentialIds() }).entry?.[1]
        ?.resource as Observation;
      expect(observation.interpretation).toBeUndefined();
      expect(observation.valueCodeableConcept?.coding?.[0]).toMatchObject({
        system: 'urn:stride:fhir:CodeSystem:triage-level',
        code: assess(answers).triage.level,
      });
      expect(r4Problems(observation)).toStrictEqual([]);
    }
  });

  it('is valid for anonymous answers with no date', () => {
    expect(r4Problems(assessmentBundle(assess({}), { newId: sequentialIds() }))).toStrictEqual([]);
  });
});

describe('operationOutcome()', () => {
  it('is a valid R4 OperationOutcome pointing at the item', () => {
    const outcome = operationOutcome({
      code: 'invalid',
      message: 'age: expected a number',
      expression: [itemExpression("it's")],
    });
    expect(r4Problems(outcome)).toStrictEqual([]);
    expect(outcome.issue[0]?.expression).toStrictEqual([
      "QuestionnaireResponse.repeat(item).where(linkId = 'it\\'s')",
    ]);
  });
});

describe('walksBundle()', () => {
  const walks: WalkRecord[] = [
    {
      id: '0b6d2a52-9a0e-4c35-a3a8-3c1a3d1f2e40',
      date: '2026-03-02',
      minutes: 35,
      distanceKm: 2.4,
      minutesUntilSymptoms: 12,
      painBefore: 2,
      painAfter: 5,
      stoppedBecause: 'leg_symptoms',
      reliefBy: 'sitting',
      surface: 'pavement',
      poles: true,
      note: 'Rested on a bench twice.',
    },
    {
      id: 'walk-2',
      date: '2026-03-03',
      minutes: 20,
      minutesUntilSymptoms: null,
      painBefore: 1,
      painAfter: 1,
      stoppedBecause: 'planned',
    },
  ];
  const bundle = walksBundle(walks, { subject: 'Patient/p-1', newId: sequentialIds() });

  it('takes the walks the store keeps as they are', () => {
    expectTypeOf<Walk>().toExtend<WalkRecord>();
  });

  it('is a valid R4 Bundle of valid Observations, one per walk', () => {
    expect(r4Problems(bundle)).toStrictEqual([]);
    for (const entry of bundle.entry ?? []) {
      expect(r4Problems(entry.resource)).toStrictEqual([]);
    }
    expect(bundle.entry).toHaveLength(2);
  });

  it('carries the minutes as the value and the rest as components', () => {
    const first = bundle.entry?.[0]?.resource as Observation;
    expect(first.valueQuantity).toMatchObject({ value: 35, code: 'min' });
    expect(first.effectiveDateTime).toBe('2026-03-02');
    const byCode = new Map(first.component?.map((c) => [c.code.coding?.[0]?.code, c]));
    expect(byCode.get('walk-distance')?.valueQuantity?.value).toBe(2.4);
    expect(byCode.get('walk-minutes-until-symptoms')?.valueQuantity?.value).toBe(12);
    expect(byCode.get('pain-after')?.valueQuantity?.value).toBe(5);
    expect(byCode.get('walk-stopped-because')?.valueCodeableConcept?.coding?.[0]?.code).toBe(
      'leg_symptoms',
    );
    expect(byCode.get('walk-poles')?.valueBoolean).toBe(true);
    expect(first.note).toStrictEqual([{ text: 'Rested on a bench twice.' }]);
  });

  it("codes the walk's minutes and its pain ratings with LOINC beside Stride's own codes", () => {
    const first = bundle.entry?.[0]?.resource as Observation;
    expect(first.code.coding).toContainEqual({
      system: 'http://loinc.org',
      code: '55411-3',
      display: 'Exercise duration',
    });
    const pains = (first.component ?? []).filter((c) =>
      ['pain-before', 'pain-after'].includes(c.code.coding?.[0]?.code ?? ''),
    );
    expect(pains).toHaveLength(2);
    for (const pain of pains) {
      expect(pain.code.coding).toContainEqual(
        expect.objectContaining({ system: 'http://loinc.org', code: '72514-3' }),
      );
      expect(pain.valueQuantity).toMatchObject({
        system: 'http://unitsofmeasure.org',
        code: '{score}',
      });
    }
  });

  it('says "no symptoms" for a walk without them, and gives a non-UUID id a fresh fullUrl', () => {
    const second = bundle.entry?.[1];
    expect(second?.fullUrl).toMatch(/^urn:uuid:0{8}-/);
    const symptoms = (second?.resource as Observation).component?.find(
      (c) => c.code.coding?.[0]?.code === 'walk-minutes-until-symptoms',
    );
    expect(symptoms?.valueCodeableConcept?.text).toBe('No symptoms on this walk');
  });
});
