/** The answers that set a result's triage and its "needs checking now": the reasons' features, then the attention's warning signs, each once. */
import type { Result } from '../engine.js';

export function keyAnswerIds(result: Pick<Result, 'triage' | 'attention'>): string[] {
  return [...new Set([...result.triage.reasons.map((reason) => reason.feature), ...result.attention.flatMap((item) => item.warningSigns)])];
}
