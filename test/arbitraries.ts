/** fast-check generators of valid answers, built from the knowledge base's features. */
import fc from 'fast-check';
import { KNOWLEDGE, type AnswerValue, type Feature } from '../src/index.js';

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
export const answersArbitrary: fc.Arbitrary<Partial<Record<string, AnswerValue>>> = fc.record(
  Object.fromEntries(KNOWLEDGE.features.map((feature) => [feature.id, valueOf(feature)])),
  { requiredKeys: [] },
);

/** A complete set of answers, as a person who answered every question would give. */
export const fullAnswersArbitrary: fc.Arbitrary<Record<string, AnswerValue>> = fc.record(
  Object.fromEntries(KNOWLEDGE.features.map((feature) => [feature.id, valueOf(feature)])),
);

export const WARNING_FEATURES = KNOWLEDGE.features
  .filter((feature) => feature.group === 'warning')
  .map((feature) => feature.id);
