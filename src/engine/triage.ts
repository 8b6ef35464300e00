/**
 * Urgency from explicit warning-sign rules, then raised (never lowered) by a likely cause
 * that needs a clinician. Separate from ranking on purpose: red flags escalate, they do not
 * vote (evidence encoding rule 5).
 */
import type { Knowledge, TriageLevel } from '../knowledge/schema.js';
import { evaluate } from './conditions.js';
import { bandAtLeast } from './rank.js';
import type { Answers, RankedCause, Triage, TriageReason } from './types.js';

const URGENCY: Record<TriageLevel, number> = { self_care: 0, soon: 1, urgent: 2, emergency: 3 };

export function urgencyOf(level: TriageLevel): number {
  return URGENCY[level];
}

export function moreUrgent(a: TriageLevel, b: TriageLevel): TriageLevel {
  return URGENCY[a] >= URGENCY[b] ? a : b;
}

/** The warning-sign rules that fire for these answers, most urgent first. */
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

/** Triage raises from causes whose band reaches their threshold. */
export function causeRaises(knowledge: Knowledge, ranked: readonly RankedCause[]): TriageReason[] {
  const reasons: TriageReason[] = [];
  for (const cause of knowledge.causes) {
    const raise = cause.raisesTriage;
    const result = ranked.find((candidate) => candidate.id === cause.id);
    if (raise === undefined || result === undefined || !bandAtLeast(result.band, raise.fromBand)) {
      continue;
    }
    const feature = result.supporting[0]?.feature ?? cause.id;
    reasons.push({
      feature,
      text: raise.reason,
      rule: `cause:${cause.id}`,
      level: raise.level,
      sources: result.sources.slice(0, 3),
    });
  }
  return reasons;
}

export function triage(
  knowledge: Knowledge,
  answers: Answers,
  ranked: readonly RankedCause[],
): Triage {
  const reasons = [...firedRules(knowledge, answers), ...causeRaises(knowledge, ranked)];
  const level = reasons.reduce<TriageLevel>(
    (current, reason) => moreUrgent(current, reason.level),
    'self_care',
  );
  const seen = new Set<string>();
  const unique = reasons
    .sort((a, b) => URGENCY[b.level] - URGENCY[a.level])
    .filter((reason) => {
      const key = `${reason.feature}|${reason.text}`;
      if (seen.has(key)) {
        return false;
      }
      seen.add(key);
      return true;
    });
  return { level, reasons: unique, advice: knowledge.triageAdvice[level] };
}
