/**
 * Checks answers against the knowledge base's features (the CONTRACT's input rules) and fills
 * in answers that follow from others. Bad input throws an AnswersError naming the key.
 */
import { z } from 'zod';
import type { Feature, Knowledge } from '../knowledge/schema.js';
import { evaluate, featuresOf } from './conditions.js';
import type { AnswerValue, Answers } from './types.js';

/** A bad answer: `key` is the feature id (or "answers" for the whole object). */
export class AnswersError extends Error {
  readonly key: string;
  readonly expected: string;

  constructor(key: string, expected: string, received?: string) {
    super(`${key}: expected ${expected}${received === undefined ? '' : `, got ${received}`}`);
    this.name = 'AnswersError';
    this.key = key;
    this.expected = expected;
  }
}

/** What a feature accepts, in words, for error messages and documentation. */
export function expectedOf(feature: Feature): string {
  switch (feature.type) {
    case 'bool':
      return 'true, false or null';
    case 'number':
      return `a number from ${String(feature.min ?? '-inf')} to ${String(feature.max ?? 'inf')}, or null`;
    case 'choice':
      return `one of ${(feature.options ?? []).map((option) => `"${option.value}"`).join(', ')}, or null`;
  }
}

function schemaOf(feature: Feature): z.ZodType<AnswerValue> {
  switch (feature.type) {
    case 'bool':
      return z.boolean().nullable();
    case 'number': {
      let number = z.number();
      if (feature.min !== undefined) {
        number = number.min(feature.min);
      }
      if (feature.max !== undefined) {
        number = number.max(feature.max);
      }
      return number.nullable();
    }
    case 'choice': {
      const values = (feature.options ?? []).map((option) => option.value);
      return z
        .string()
        .refine((value) => values.includes(value))
        .nullable();
    }
  }
}

/** The zod schema of the CONTRACT's answers object, built from the knowledge base. */
export function answersSchemaOf(knowledge: Knowledge): z.ZodType<Record<string, AnswerValue>> {
  const shape: Record<string, z.ZodOptional<z.ZodType<AnswerValue>>> = {};
  for (const feature of knowledge.features) {
    shape[feature.id] = schemaOf(feature).optional();
  }
  return z.strictObject(shape) as unknown as z.ZodType<Record<string, AnswerValue>>;
}

function describe(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : 'a non-finite number';
  }
  if (typeof value === 'boolean') {
    return String(value);
  }
  return typeof value;
}

function checkValue(feature: Feature, value: unknown): void {
  if (value === null) {
    return;
  }
  const fail = (): never => {
    throw new AnswersError(feature.id, expectedOf(feature), describe(value));
  };
  switch (feature.type) {
    case 'bool':
      if (typeof value !== 'boolean') {
        fail();
      }
      return;
    case 'number':
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        (feature.min !== undefined && value < feature.min) ||
        (feature.max !== undefined && value > feature.max)
      ) {
        fail();
      }
      return;
    case 'choice':
      if (
        typeof value !== 'string' ||
        !(feature.options ?? []).some((option) => option.value === value)
      ) {
        fail();
      }
      return;
  }
}

/**
 * Validates an unknown value as answers. Hand-rolled over the same feature definitions as
 * `answersSchemaOf` because this runs on every assessment and must stay in microseconds.
 */
export function parseAnswers(knowledge: Knowledge, input: unknown): Answers {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AnswersError('answers', 'an object of feature ids to answers', describe(input));
  }
  const byId = featureIndex(knowledge);
  const answers: Record<string, AnswerValue> = {};
  for (const key of Object.keys(input)) {
    const feature = byId.get(key);
    if (feature === undefined) {
      throw new AnswersError(key, 'a feature id from the knowledge base', 'an unknown key');
    }
    const value: unknown = (input as Record<string, unknown>)[key];
    if (value === undefined) {
      continue;
    }
    checkValue(feature, value);
    answers[key] = value as AnswerValue;
  }
  checkConsistent(knowledge, answers);
  return answers;
}

/**
 * Refuses answers that contradict each other, naming both keys: an answer that differs from what
 * follows from other answers (onset after 45 at age 30), or a "yes" whose premise was answered
 * away (weakness getting worse with no weakness). Never a silent guess or penalty.
 */
function checkConsistent(knowledge: Knowledge, answers: Answers): void {
  const answerOf = (id: string): AnswerValue | undefined => answers[id];
  for (const feature of knowledge.features) {
    const value = answers[feature.id];
    if (value === undefined || value === null) {
      continue;
    }
    const inferred = feature.inferred;
    if (
      inferred !== undefined &&
      value !== inferred.value &&
      evaluate(inferred.when, answerOf) === true
    ) {
      const others = featuresOf(inferred.when).join(' and ');
      throw new AnswersError(
        feature.id,
        `${JSON.stringify(inferred.value)} or null, as that follows from the answer to ${others}`,
        describe(value),
      );
    }
    if (feature.implies !== undefined && value === true && evaluate(feature.implies, answerOf) === false) {
      const others = featuresOf(feature.implies).join(' and ');
      throw new AnswersError(
        feature.id,
        `false or null, as the answer to ${others} rules out a yes`,
        describe(value),
      );
    }
  }
}

const indexes = new WeakMap<Knowledge, Map<string, Feature>>();

export function featureIndex(knowledge: Knowledge): Map<string, Feature> {
  let index = indexes.get(knowledge);
  if (index === undefined) {
    index = new Map(knowledge.features.map((feature) => [feature.id, feature]));
    indexes.set(knowledge, index);
  }
  return index;
}

/** Answers plus those that follow from them (an answer given always wins; "not sure" does not). */
export function withInferred(knowledge: Knowledge, answers: Answers): Answers {
  let completed: Record<string, AnswerValue> | undefined;
  for (const feature of knowledge.features) {
    if (feature.inferred === undefined || (answers[feature.id] ?? null) !== null) {
      continue;
    }
    if (evaluate(feature.inferred.when, (id) => answers[id]) === true) {
      completed ??= { ...answers };
      completed[feature.id] = feature.inferred.value;
    }
  }
  return completed ?? answers;
}
