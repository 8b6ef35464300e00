/** Short ways to write the conditions the knowledge base is made of (they build plain data). */
import type { Condition } from './schema.js';

/** The answer to `feature` is `equals` (yes, by default). */
export const is = (feature: string, equals: boolean | string = true): Condition => ({
  feature,
  equals,
});
export const ageFrom = (atLeast: number): Condition => ({ feature: 'age', atLeast });
export const ageBelow = (below: number): Condition => ({ feature: 'age', below });
