/**
 * The causes that need checking now: those a fired warning rule points to (`suspects`), most
 * urgent first, with the warning signs as the reason. Never a probability: a warning sign means a
 * cause cannot be ruled out without an examination, whatever its estimated chance.
 */
import type { Condition, Knowledge } from '../knowledge/schema.js';
import { featuresOf } from './conditions.js';
import { urgencyOf } from './triage.js';
import type { Answers, AttentionItem, TriageReason } from './types.js';

/** The answers a fired rule rests on: every feature it reads answered with something but "no" or 0. */
function answersBehind(condition: Condition, answers: Answers): string[] {
  return featuresOf(condition).filter((id) => {
    const value = answers[id];
    return value !== undefined && value !== null && value !== false && value !== 0;
  });
}

export function attentionOf(
  knowledge: Knowledge,
  answers: Answers,
  fired: readonly TriageReason[],
): AttentionItem[] {
  const rulesById = new Map(knowledge.warningRules.map((rule) => [rule.id, rule]));
  const items: AttentionItem[] = [];
  for (const cause of knowledge.causes) {
    const pointing = fired.filter((reason) =>
      (rulesById.get(reason.rule)?.suspects ?? []).includes(cause.id),
    );
    if (pointing.length === 0) {
      continue;
    }
    const signs = pointing.flatMap((reason) => {
      const rule = rulesById.get(reason.rule);
      return rule === undefined ? [] : [rule.feature, ...answersBehind(rule.when, answers)];
    });
    items.push({
      id: cause.id,
      name: cause.name,
      warningSigns: [...new Set(signs)],
      text: cause.whyCheckNow ?? cause.whenToSeeClinician,
      level: pointing.reduce<AttentionItem['level']>(
        (most, reason) => (urgencyOf(reason.level) > urgencyOf(most) ? reason.level : most),
        'self_care',
      ),
      rules: pointing.map((reason) => reason.rule),
      sources: [...new Set(pointing.flatMap((reason) => reason.sources))],
    });
  }
  // Most urgent first; Array.prototype.sort is stable, so ties keep the knowledge base's order.
  return items.sort((a, b) => urgencyOf(b.level) - urgencyOf(a.level));
}
