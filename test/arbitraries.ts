/** fast-check generators of valid answers, built from the knowledge base's features. */
import fc from 'fast-check';
import { AnswersError, KNOWLEDGE, checkAnswers, type AnswerValue, type Feature } from '../src/index.js';

/** Drops the answers that contradict others, as no person would give both. */
export function consistent<T extends Partial<Record<string, AnswerValue>>>(answers: T): T {
  let kept: Partial<Record<string, AnswerValue>> = answers;
  for (;;) {
    try {
      checkAnswers(kept);
      return kept as T;
    } catch (error) {
      if (!(error instanceof AnswersError)) {
        throw error;
      }
      const refused = error.key;
      kept = Object.fromEntries(Object.entries(kept).filter(([id]) => id !== refused));
    }
  }
}

export function isConsistent(answers: Partial<Record<string, AnswerValue>>): boolean {
  return Object.keys(consistent(answers)).length === Object.keys(answers).length;
}

/** The answers with `sign` answered yes, and the answer a yes to it needs (weakness, for worsening weakness). */
export function withYes(
  answers: Partial<Record<string, AnswerValue>>,
  sign: string,
): Partial<Record<string, AnswerValue>> {
  const implies = KNOWLEDGE.features.find((feature) => feature.id === sign)?.implies;
  const premise =
    implies !== undefined && 'feature' in implies && 'equals' in implies
      ? { [implies.feature]: implies.equals }
      : {};
  return { ...answers, ...premise, [sign]: true };
}

export function valueOf(feature: Feature): fc.Arbitrary<AnswerValue> {
  switch (feature.type) {
    case 'bool':
      return fc.oneof(fc.boolean(), fc.constant(null));
    case 'number':
      return fc.oneof(
        fc.integer({ min: feature.min ?? 0, max: feature.max ?? 100 }),
        fc.constant(null),
      );
    case 'choice':
      return fc.oneof(
        fc.constantFrom(...(feature.options ?? []).map((option) => option.value)),
        fc.constant(null),
      );
  }
}

/** Any valid answers: each feature absent or given a value (null: not sure). */
export const answersArbitrary: fc.Arbitrary<Partial<Record<string, AnswerValue>>> = fc
  .record(
    Object.fromEntries(KNOWLEDGE.features.map((feature) => [feature.id, valueOf(feature)])),
    { requiredKeys: [] },
  )
  .map(consistent);

/** A complete set of answers, as a person who answered every question would give. */
export const fullAnswersArbitrary: fc.Arbitrary<Record<string, AnswerValue>> = fc
  .record(Object.fromEntries(KNOWLEDGE.features.map((feature) => [feature.id, valueOf(feature)])))
  .map(consistent);

export const WARNING_FEATURES = KNOWLEDGE.features
  .filter((feature) => feature.group === 'warning')
  .map((feature) => feature.id);
