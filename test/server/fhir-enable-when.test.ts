/**
 * The static Questionnaire's skip logic, judged by the FHIR R4 rules for enableWhen (operators,
 * enableBehavior, Coding equality by system and code, a disabled item counting as unanswered): a
 * renderer that follows them shows exactly the questions the interview would ask, reading an
 * unanswered item as "not sure", and never hides a warning sign.
 */
import type {
  Coding,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/conditions.js';
import { questionnaire } from '../../src/fhir/questionnaire.js';
import type { AnswerValue } from '../../src/index.js';
import { KNOWLEDGE, knowledgeVersionOf } from '../../src/index.js';

const QUESTIONNAIRE = questionnaire(KNOWLEDGE, knowledgeVersionOf(KNOWLEDGE));
const ITEMS = QUESTIONNAIRE.item ?? [];
/** Each question's answers are a code system of their own (FHIR codes mean nothing outside one). */
const choiceSystemOf = (featureId: string): string =>
  `urn:stride:fhir:CodeSystem:answer:${featureId}`;

/** What a renderer stores for an answer (no entry: the item is left empty). */
function answerOf(
  featureId: string,
  value: AnswerValue,
): QuestionnaireResponseItemAnswer | undefined {
  if (value === null) {
    return undefined;
  }
  if (typeof value === 'boolean') {
    return { valueBoolean: value };
  }
  return typeof value === 'number'
    ? { valueDecimal: value }
    : { valueCoding: { system: choiceSystemOf(featureId), code: value } };
}

const sameCoding = (a: Coding | undefined, b: Coding | undefined): boolean =>
  a !== undefined && b !== undefined && a.system === b.system && a.code === b.code;

/** One enableWhen by the R4 operator definitions (questionnaire-enable-operator). */
function holds(
  when: QuestionnaireItemEnableWhen,
  answer: QuestionnaireResponseItemAnswer | undefined,
): boolean {
  if (when.operator === 'exists') {
    return (answer !== undefined) === when.answerBoolean;
  }
  if (answer === undefined) {
    // "=" and the comparisons need an answer; "!=" holds when no answer equals the value.
    return when.operator === '!=';
  }
  let equal: boolean;
  let order = 0;
  if (when.answerCoding !== undefined) {
    equal = sameCoding(when.answerCoding, answer.valueCoding);
  } else if (when.answerBoolean !== undefined) {
    equal = answer.valueBoolean === when.answerBoolean;
  } else {
    const value = answer.valueDecimal ?? answer.valueInteger;
    const expected = when.answerDecimal ?? when.answerInteger;
    if (value === undefined || expected === undefined) {
      return false;
    }
    equal = value === expected;
    order = Math.sign(value - expected);
  }
  switch (when.operator) {
    case '=':
      return equal;
    case '!=':
      return !equal;
    case '>':
      return order > 0;
    case '<':
      return order < 0;
    case '>=':
      return order >= 0;
    case '<=':
      return order <= 0;
  }
}

/** Which items a renderer enables, given what was entered; a disabled item's answer is ignored. */
function enabledItems(entered: Readonly<Record<string, AnswerValue>>): Set<string> {
  const enabled = new Set<string>();
  const byId = new Map(ITEMS.map((item) => [item.linkId, item]));
  const visit = (item: QuestionnaireItem, seen: Set<string>): boolean => {
    if (item.enableWhen === undefined) {
      return true;
    }
    const results = item.enableWhen.map((when) => {
      const source = byId.get(when.question);
      const sourceEnabled =
        source !== undefined &&
        !seen.has(source.linkId) &&
        visit(source, new Set([...seen, item.linkId]));
      const value = entered[when.question];
      return holds(
        when,
        sourceEnabled && value !== undefined ? answerOf(when.question, value) : undefined,
      );
    });
    return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
  };
  for (const item of ITEMS) {
    if (visit(item, new Set())) {
      enabled.add(item.linkId);
    }
  }
  return enabled;
}

/** Any answer a person may give to each feature, or none ("not sure" or not reached). */
const entriesArbitrary = fc.record(
  Object.fromEntries(
    KNOWLEDGE.features.map((feature) => [
      feature.id,
      fc.option<AnswerValue>(
        feature.type === 'bool'
          ? (fc.boolean() as fc.Arbitrary<AnswerValue>)
          : feature.type === 'number'
            ? fc.integer({ min: feature.min ?? 0, max: feature.max ?? 100 })
            : fc.constantFrom(...(feature.options ?? []).map((option) => option.value)),
        { nil: null },
      ),
    ]),
  ),
);

describe('the static Questionnaire under the FHIR enableWhen rules', () => {
  it('enables an item exactly when the interview would ask it, an empty item read as "not sure"', () => {
    fc.assert(
      fc.property(entriesArbitrary, (entered) => {
        const enabled = enabledItems(entered);
        for (const feature of KNOWLEDGE.features) {
          const asks =
            feature.askWhen === undefined ||
            evaluate(feature.askWhen, (id) => entered[id] ?? null) === true;
          expect(enabled.has(feature.id), feature.id).toBe(asks);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('shows every warning sign that stands on its own, whatever was entered', () => {
    const standalone = KNOWLEDGE.features.filter(
      (feature) => feature.group === 'warning' && feature.askWhen === undefined,
    );
    expect(standalone.length).toBeGreaterThan(15);
    for (const feature of standalone) {
      expect(ITEMS.find((item) => item.linkId === feature.id)?.enableWhen).toBeUndefined();
    }
  });

  it("shows a warning sign's plainer recheck while the sign is left empty, and hides it once answered", () => {
    const rechecks = KNOWLEDGE.features.filter((feature) => feature.rechecks !== undefined);
    expect(rechecks.length).toBeGreaterThan(0);
    for (const recheck of rechecks) {
      const sign = recheck.rechecks as string;
      expect(enabledItems({}).has(recheck.id)).toBe(true);
      expect(enabledItems({ [sign]: null }).has(recheck.id)).toBe(true);
      expect(enabledItems({ [sign]: false }).has(recheck.id)).toBe(false);
    }
  });

  it('shows a follow-up only after its enabling answer: below the knee once a leg is named', () => {
    expect(enabledItems({}).has('pain_below_knee')).toBe(false);
    expect(enabledItems({ leg_symptoms: 'none' }).has('pain_below_knee')).toBe(false);
    expect(enabledItems({ leg_symptoms: 'one_leg' }).has('pain_below_knee')).toBe(true);
    expect(enabledItems({ leg_weakness: false }).has('weakness_progressing')).toBe(false);
    expect(enabledItems({ leg_weakness: true }).has('weakness_progressing')).toBe(true);
  });

  it("codes every answer option and every coded enableWhen in Stride's answer system", () => {
    for (const item of ITEMS) {
      for (const option of item.answerOption ?? []) {
        expect(option.valueCoding?.system).toBe(choiceSystemOf(item.linkId));
      }
      for (const when of item.enableWhen ?? []) {
        if (when.answerCoding !== undefined) {
          expect(when.answerCoding.system).toBe(choiceSystemOf(when.question));
        }
      }
    }
  });

  it('marks the Questionnaire as one that SDC $next-question can run adaptively', () => {
    expect(QUESTIONNAIRE.extension).toContainEqual({
      url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive',
      valueBoolean: true,
    });
  });
});
