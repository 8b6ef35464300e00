/**
 * Three-valued evaluation of knowledge conditions over answers: true, false, or unknown
 * (undefined) when an answer it needs is missing or "not sure".
 */
import type { Condition } from '../knowledge/schema.js';
import type { AnswerValue } from './types.js';

export type Truth = boolean | undefined;

/** Looks up an answer; undefined and null both mean unknown. */
export type AnswerLookup = (featureId: string) => AnswerValue | undefined;

export function evaluate(condition: Condition, answerOf: AnswerLookup): Truth {
  if ('all' in condition) {
    let unknown = false;
    for (const part of condition.all) {
      const truth = evaluate(part, answerOf);
      if (truth === false) {
        return false;
      }
      if (truth === undefined) {
        unknown = true;
      }
    }
    return unknown ? undefined : true;
  }
  if ('any' in condition) {
    let unknown = false;
    for (const part of condition.any) {
      const truth = evaluate(part, answerOf);
      if (truth === true) {
        return true;
      }
      if (truth === undefined) {
        unknown = true;
      }
    }
    return unknown ? undefined : false;
  }
  if ('not' in condition) {
    const truth = evaluate(condition.not, answerOf);
    return truth === undefined ? undefined : !truth;
  }
  if ('count' in condition) {
    let present = 0;
    let unknown = 0;
    for (const part of condition.count) {
      const truth = evaluate(part, answerOf);
      present += truth === true ? 1 : 0;
      unknown += truth === undefined ? 1 : 0;
    }
    if (present >= condition.atLeast) {
      return true;
    }
    return present + unknown < condition.atLeast ? false : undefined;
  }
  const value = answerOf(condition.feature);
  if ('unsure' in condition) {
    return value === undefined ? undefined : value === null;
  }
  if (value === undefined || value === null) {
    return undefined;
  }
  if ('equals' in condition) {
    return value === condition.equals;
  }
  if (typeof value !== 'number') {
    return false;
  }
  return (
    (condition.atLeast === undefined || value >= condition.atLeast) &&
    (condition.below === undefined || value < condition.below)
  );
}

/** Every feature id a condition reads, in the order written. */
export function featuresOf(condition: Condition): string[] {
  if ('all' in condition) {
    return condition.all.flatMap(featuresOf);
  }
  if ('any' in condition) {
    return condition.any.flatMap(featuresOf);
  }
  if ('not' in condition) {
    return featuresOf(condition.not);
  }
  if ('count' in condition) {
    return condition.count.flatMap(featuresOf);
  }
  return [condition.feature];
}

/** The numeric thresholds a condition uses for one feature (to pick representative answers). */
export function thresholdsOf(condition: Condition, featureId: string): number[] {
  if ('all' in condition) {
    return condition.all.flatMap((part) => thresholdsOf(part, featureId));
  }
  if ('any' in condition) {
    return condition.any.flatMap((part) => thresholdsOf(part, featureId));
  }
  if ('not' in condition) {
    return thresholdsOf(condition.not, featureId);
  }
  if ('count' in condition) {
    return condition.count.flatMap((part) => thresholdsOf(part, featureId));
  }
  if (condition.feature !== featureId || 'equals' in condition || 'unsure' in condition) {
    return [];
  }
  return [condition.atLeast, condition.below].filter(
    (bound): bound is number => bound !== undefined,
  );
}
