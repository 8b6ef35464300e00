/** Short ways to write the conditions the knowledge base is made of (they build plain data). */
import type { Condition } from './schema.js';

/** The answer to `feature` is `equals` (yes, by default). */
export const is = (feature: string, equals: boolean | string = true): Condition => ({
  feature,
  equals,
});
export const ageFrom = (atLeast: number): Condition => ({ feature: 'age', atLeast });
export const ageBelow = (below: number): Condition => ({ feature: 'age', below });
/** The person answered "not sure" to `feature`. */
export const unsure = (feature: string): Condition => ({ feature, unsure: true });
/** At least `atLeast` of `parts` hold. */
export const atLeastOf = (atLeast: number, parts: readonly Condition[]): Condition => ({
  count: parts,
  atLeast,
});
export const not = (condition: Condition): Condition => ({ not: condition });
export const all = (...parts: readonly Condition[]): Condition => ({ all: parts });
export const any = (...parts: readonly Condition[]): Condition => ({ any: parts });
export const from = (feature: string, atLeast: number): Condition => ({ feature, atLeast });
export const below = (feature: string, value: number): Condition => ({ feature, below: value });
