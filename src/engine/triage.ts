/**
 * Urgency from explicit warning-sign and guideline rules only. Separate from ranking on purpose:
 * red flags escalate, they do not vote (evidence encoding rule 5), and no rule depends on a
 * cause's estimated probability. Also says which warning signs were not answered.
 */
import type { Knowledge, TriageLevel } from '../knowledge/schema.js';
import { evaluate } from './conditions.js';
import type { Answers, Triage, TriageReason } from './types.js';

const URGENCY: Record<TriageLevel, number> = { self_care: 0, soon: 1, urgent: 2, emergency: 3 };

export function urgencyOf(level: TriageLevel): number {
  return URGENCY[level];
}

export function moreUrgent(a: TriageLevel, b: TriageLevel): TriageLevel {
  return URGENCY[a] >= URGENCY[b] ? a : b;
}

/** The warning rules that fire for these answers, most urgent first. */
export function firedRules(knowledge: Knowledge, answers: Answers): TriageReason[] {
  const reasons: TriageReason[] = [];
  for (const rule of knowledge.warningRules) {
    if (evaluate(rule.when, (id) => answers[id]) === true) {
      reasons.push({
        feature: rule.feature,
        text: rule.reason,
        rule: rule.id,
        level: rule.level,
        sources: rule.sources,
      });
    }
  }
  return reasons.sort((a, b) => URGENCY[b.level] - URGENCY[a.level]);
}

export function levelOf(reasons: readonly TriageReason[]): TriageLevel {
  return reasons.reduce<TriageLevel>(
    (current, reason) => moreUrgent(current, reason.level),
    'self_care',
  );
}

/**
 * Warning signs with no answer (missing or "not sure") whose skip logic does not rule them out.
 * A "not sure" settled by its plainer re-ask counts as answered; the re-asks are not listed.
 */
export function unansweredWarningSigns(knowledge: Knowledge, answers: Answers): string[] {
  const settledByRecheck = new Set(
    knowledge.features
      .filter(
        (feature) => feature.rechecks !== undefined && typeof answers[feature.id] === 'boolean',
      )
      .map((feature) => feature.rechecks),
  );
  return knowledge.features
    .filter(
      (feature) =>
        feature.group === 'warning' &&
        feature.rechecks === undefined &&
        (answers[feature.id] ?? null) === null &&
        !settledByRecheck.has(feature.id) &&
        (feature.askWhen === undefined || evaluate(feature.askWhen, (id) => answers[id]) === true),
    )
    .map((feature) => feature.id);
}

function adviceOf(knowledge: Knowledge, level: TriageLevel, unanswered: readonly string[]): string {
  if (unanswered.length === 0 || level === 'emergency') {
    return knowledge.triageAdvice[level];
  }
  const labels = knowledge.features
    .filter((feature) => unanswered.includes(feature.id))
    .map((feature) => feature.label.toLowerCase());
  const notChecked = knowledge.unansweredAdvice.notChecked.replace('{signs}', labels.join('; '));
  const lead =
    level === 'self_care' ? knowledge.unansweredAdvice.selfCare : knowledge.triageAdvice[level];
  return `${lead} ${notChecked}`;
}

export function triage(
  knowledge: Knowledge,
  answers: Answers,
  fired: readonly TriageReason[] = firedRules(knowledge, answers),
): Triage {
  const level = levelOf(fired);
  const seen = new Set<string>();
  const reasons = fired.filter((reason) => {
    const key = `${reason.feature}|${reason.text}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
  const unanswered = unansweredWarningSigns(knowledge, answers);
  return { level, reasons, advice: adviceOf(knowledge, level, unanswered), unanswered };
}
