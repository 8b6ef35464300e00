/**
 * Pure check-in logic: which warning signs a check-in re-asks (every one), the triage its answers
 * give by the same rules as `assess`, and the `attention` that a check-in with a warning sign,
 * or a worsening walking trend, puts on the profile until a later clean check-in clears it.
 */
import type { Feature, Knowledge, TriageLevel } from '../knowledge/schema.js';
import { evaluate } from './conditions.js';
import { firedRules, moreUrgent, triage } from './triage.js';
import type { AnswerValue, Answers, Triage, TriageReason } from './types.js';

const DAY_MS = 86_400_000;

/**
 * The warning signs every check-in asks: every warning-sign feature of the knowledge base except
 * the plainer re-asks, which are asked only after a "not sure". None is skipped; a sign with
 * skip logic (e.g. "is the weakness getting worse") is asked whenever its condition holds.
 */
export function checkinWarningSigns(knowledge: Knowledge): readonly Feature[] {
  return knowledge.features.filter(
    (feature) => feature.group === 'warning' && feature.rechecks === undefined,
  );
}

/** The re-asks a check-in may carry after a "not sure" to their sign. */
export function checkinRechecks(knowledge: Knowledge): readonly Feature[] {
  return knowledge.features.filter(
    (feature) => feature.group === 'warning' && feature.rechecks !== undefined,
  );
}

/** A warning sign that a check-in has to answer (true, false or null) but left out. */
export function missingWarningSigns(
  knowledge: Knowledge,
  warningSigns: Readonly<Record<string, boolean | null>>,
): string[] {
  return checkinWarningSigns(knowledge)
    .filter(
      (feature) =>
        !(feature.id in warningSigns) &&
        (feature.askWhen === undefined ||
          evaluate(feature.askWhen, (id) => warningSigns[id]) === true),
    )
    .map((feature) => feature.id);
}

/** The latest assessment, as context for a check-in's rules (age, how long it has lasted...). */
export interface CheckinContext {
  readonly answers: Answers;
  /** When it was answered (ISO time): the pain's duration is carried forward from then. */
  readonly answeredAt: string;
}

/**
 * The answers a check-in's rules read: the latest assessment's answers other than warning signs
 * (so that rules needing age or duration apply as in `assess`), with the duration carried forward
 * to the check-in's date, and the check-in's warning-sign answers. Old warning answers are not
 * carried: each check-in asks them all again.
 */
export function checkinAnswers(
  knowledge: Knowledge,
  warningSigns: Readonly<Record<string, boolean | null>>,
  date: string,
  context?: CheckinContext,
): Answers {
  const merged: Record<string, AnswerValue> = {};
  if (context !== undefined) {
    const elapsedDays = Math.max(
      0,
      Math.floor((Date.parse(`${date}T00:00:00Z`) - Date.parse(context.answeredAt)) / DAY_MS),
    );
    for (const feature of knowledge.features) {
      const value = context.answers[feature.id];
      if (feature.group === 'warning' || value === undefined) {
        continue;
      }
      if (feature.id === 'duration_weeks' && typeof value === 'number') {
        merged[feature.id] = Math.min(feature.max ?? Infinity, value + Math.floor(elapsedDays / 7));
      } else {
        merged[feature.id] = value;
      }
    }
  }
  for (const [id, value] of Object.entries(warningSigns)) {
    merged[id] = value;
  }
  return merged;
}

/**
 * A check-in's triage: the warning rules over its answers, as `assess` applies them, less the
 * rules that the assessment's answers fire on their own (new pain after 70, say): the assessment
 * already gave those, and a check-in that reports nothing new must not escalate on them, or no
 * clean check-in could ever clear the attention they would raise.
 */
export function checkinTriage(
  knowledge: Knowledge,
  warningSigns: Readonly<Record<string, boolean | null>>,
  date: string,
  context?: CheckinContext,
): Triage {
  const answers = checkinAnswers(knowledge, warningSigns, date, context);
  const fromContextAlone = new Set(
    firedRules(knowledge, checkinAnswers(knowledge, {}, date, context)).map(
      (reason) => reason.rule,
    ),
  );
  const fired = firedRules(knowledge, answers).filter(
    (reason) => !fromContextAlone.has(reason.rule),
  );
  return triage(knowledge, answers, fired);
}

/** Whether a check-in's triage is a warning: some rule asks for more than self-care. */
export function isWarning(level: TriageLevel): boolean {
  return level !== 'self_care';
}

/** What a stored check-in tells the attention rule. */
export interface CheckinOutcome {
  readonly date: string;
  readonly level: TriageLevel;
  readonly reasons: readonly Pick<TriageReason, 'feature' | 'text'>[];
  /** Warning signs answered "not sure" (or left unasked): such a check-in cannot clear attention. */
  readonly unanswered: readonly string[];
}

export type AttentionAction = 'checkin' | 'assessment';

export interface ProfileAttention {
  readonly level: TriageLevel;
  readonly reasons: readonly { readonly feature: string; readonly text: string }[];
  /** The date of the first check-in (or the first recent trend week) it holds from. */
  readonly since: string;
  /** What raised it: the latest check-ins, the walking trend, or both. */
  readonly from: readonly ('checkin' | 'trend')[];
  /** What the person is asked to do next. */
  readonly asks: readonly AttentionAction[];
}

/**
 * Attention from check-ins: held while the latest check-in that settles anything has a warning
 * sign. A check-in with a "not sure" and no "yes" settles nothing (it never reads as all clear);
 * only a later check-in with every sign answered and none giving more than self-care clears it.
 */
export function checkinAttention(newestFirst: readonly CheckinOutcome[]): ProfileAttention | null {
  let latestWarning: CheckinOutcome | undefined;
  let since: string | undefined;
  for (const checkin of newestFirst) {
    if (isWarning(checkin.level)) {
      latestWarning ??= checkin;
      since = checkin.date;
      continue;
    }
    if (checkin.unanswered.length === 0) {
      break;
    }
    if (latestWarning !== undefined) {
      since = checkin.date;
    }
  }
  if (latestWarning === undefined || since === undefined) {
    return null;
  }
  return {
    level: latestWarning.level,
    reasons: latestWarning.reasons.map((reason) => ({
      feature: reason.feature,
      text: reason.text,
    })),
    since,
    from: ['checkin'],
    asks: ['assessment'],
  };
}

/** The worsening walking trend, as the attention rule reads it. */
export interface WorseningTrend {
  /** The first week of the recent weeks the trend compared. */
  readonly since: string;
  readonly text: string;
}

/**
 * Attention from a worsening walking trend: worse walking tolerance reads as the "pain getting
 * steadily worse" warning sign, so the level is what the rules give for that answer, with the
 * latest assessment's context. The person is asked for a check-in and a new assessment.
 */
export function trendAttention(
  knowledge: Knowledge,
  trend: WorseningTrend,
  context?: CheckinContext,
): ProfileAttention {
  return {
    level: checkinTriage(knowledge, { worsening: true }, trend.since, context).level,
    reasons: [{ feature: 'worsening', text: trend.text }],
    since: trend.since,
    from: ['trend'],
    asks: ['checkin', 'assessment'],
  };
}

/** Both kinds together: the more urgent level, every reason, the earlier date. */
export function combineAttention(
  a: ProfileAttention | null,
  b: ProfileAttention | null,
): ProfileAttention | null {
  if (a === null || b === null) {
    return a ?? b;
  }
  return {
    level: moreUrgent(a.level, b.level),
    reasons: [...a.reasons, ...b.reasons],
    since: a.since <= b.since ? a.since : b.since,
    from: [...new Set([...a.from, ...b.from])],
    asks: [...new Set([...a.asks, ...b.asks])],
  };
}
