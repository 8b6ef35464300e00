/**
 * The adaptive interview: warning signs first, then the question expected to move the triage
 * or the leading causes most, until no unasked question could change the triage and none is
 * expected to change the top causes enough to matter.
 */
import type {
  Cause,
  Condition,
  Evidence,
  Feature,
  Knowledge,
  TriageLevel,
} from '../knowledge/schema.js';
import { withInferred } from './answers.js';
import { evaluate, featuresOf, thresholdsOf, type AnswerLookup } from './conditions.js';
import { logOddsOf, sigmoid } from './rank.js';
import { firedRules, levelOf, urgencyOf } from './triage.js';
import type { AnswerValue, Answers, Question } from './types.js';

/**
 * A question's worth is the share of its answers that would change which causes make the top
 * three, plus MOVED_WEIGHT x the summed change in those causes' probabilities. Below STOP_BELOW
 * the interview ends. Both were set by measuring the vignettes (npm run bench): this pair
 * keeps the median interview at most 22 answers with the best agreement with answering everything.
 */
export const STOP_BELOW = 0.7;
const MOVED_WEIGHT = 3;

interface InterviewIndex {
  /** For each feature, the causes whose evidence reads it. */
  readonly causesOf: ReadonlyMap<string, readonly Cause[]>;
  /** Representative answers per feature, one per distinct effect. */
  readonly outcomes: ReadonlyMap<string, readonly AnswerValue[]>;
  /** Features counted together with this one (a cluster or an "all of"), with the answer that completes each. */
  readonly siblings: ReadonlyMap<string, ReadonlyMap<string, boolean>>;
}

function evidenceConditions(evidence: Evidence): Condition[] {
  switch (evidence.kind) {
    case 'single':
      return [evidence.when];
    case 'strongest_of':
      return evidence.items.map((item) => item.when);
    case 'cluster':
      return evidence.items.map((item) => item.when);
  }
}

function outcomesOf(
  feature: Feature,
  conditions: readonly Condition[],
  ageBounds: readonly number[],
): AnswerValue[] {
  switch (feature.type) {
    case 'bool':
      return [true, false];
    case 'choice':
      return (feature.options ?? []).map((option) => option.value);
    case 'number': {
      const min = feature.min ?? 0;
      const max = feature.max ?? Number.MAX_SAFE_INTEGER;
      const cuts = conditions.flatMap((condition) => thresholdsOf(condition, feature.id));
      if (feature.id === 'age') {
        cuts.push(...ageBounds);
      }
      const values = [...new Set([min, ...cuts])]
        .filter((value) => value >= min && value <= max)
        .sort((a, b) => a - b);
      return values.length > 1 ? values : [];
    }
  }
}

const indexes = new WeakMap<Knowledge, InterviewIndex>();

function indexOf(knowledge: Knowledge): InterviewIndex {
  const cached = indexes.get(knowledge);
  if (cached !== undefined) {
    return cached;
  }
  const causesOf = new Map<string, Cause[]>();
  const conditions: Condition[] = [];
  for (const cause of knowledge.causes) {
    const read = [
      ...cause.evidence.flatMap(evidenceConditions),
      ...(cause.prior.subgroups ?? []).map((subgroup) => subgroup.when),
    ];
    conditions.push(...read);
    for (const id of new Set(read.flatMap(featuresOf))) {
      causesOf.set(id, [...(causesOf.get(id) ?? []), cause]);
    }
    if (cause.prior.byAge !== undefined) {
      causesOf.set('age', [...new Set([...(causesOf.get('age') ?? []), cause])]);
    }
  }
  const ageBounds = knowledge.causes.flatMap((cause) =>
    (cause.prior.byAge ?? []).flatMap((band) => [band.atLeast, band.below]),
  );
  const outcomes = new Map(
    knowledge.features.map((feature) => [feature.id, outcomesOf(feature, conditions, ageBounds)]),
  );
  const siblings = new Map<string, Map<string, boolean>>();
  const link = (members: readonly Condition[]): void => {
    const settable = members.flatMap((condition) =>
      'feature' in condition && 'equals' in condition && typeof condition.equals === 'boolean'
        ? [condition]
        : [],
    );
    for (const member of settable) {
      const partners = siblings.get(member.feature) ?? new Map<string, boolean>();
      for (const other of settable) {
        if (other.feature !== member.feature) {
          partners.set(other.feature, other.equals as boolean);
        }
      }
      siblings.set(member.feature, partners);
    }
  };
  for (const condition of conditions) {
    if ('all' in condition) {
      link(condition.all);
    }
  }
  for (const evidence of knowledge.causes.flatMap((cause) => cause.evidence)) {
    if (evidence.kind === 'cluster') {
      link(evidence.items.flatMap((item) => ('all' in item.when ? item.when.all : [item.when])));
    }
  }
  const index = { causesOf, outcomes, siblings };
  indexes.set(knowledge, index);
  return index;
}

/** Features not yet answered whose skip logic lets them be asked now. */
function askable(knowledge: Knowledge, given: Answers, answers: Answers): Feature[] {
  const answerOf: AnswerLookup = (id) => answers[id];
  return knowledge.features.filter(
    (feature) =>
      given[feature.id] === undefined &&
      answers[feature.id] === undefined &&
      (feature.askWhen === undefined || evaluate(feature.askWhen, answerOf) === true),
  );
}

/**
 * Could answering this feature still fire a warning rule more urgent than the current level?
 * Only then is a non-warning feature that a rule reads (e.g. how long it has lasted) a must-ask.
 */
function couldRaiseByRule(
  knowledge: Knowledge,
  featureId: string,
  answers: Answers,
  level: TriageLevel,
): boolean {
  return knowledge.warningRules.some(
    (rule) =>
      urgencyOf(rule.level) > urgencyOf(level) &&
      featuresOf(rule.when).includes(featureId) &&
      evaluate(rule.when, (id) => answers[id]) === undefined,
  );
}

/**
 * How much a question is expected to change the leading causes: the share of its answers that
 * would change which causes make the top three, plus how far it moves those causes' probabilities.
 * Answers are weighted equally: the causes are separate models with no joint distribution of
 * answers to weight them by.
 */
function expectedShift(
  knowledge: Knowledge,
  feature: Feature,
  answers: Answers,
  current: readonly number[],
): number {
  const index = indexOf(knowledge);
  const affected = index.causesOf.get(feature.id) ?? [];
  const outcomes = index.outcomes.get(feature.id) ?? [];
  if (affected.length === 0 || outcomes.length === 0) {
    return 0;
  }
  // An item of a cluster or an "all of" rarely settles it alone: judge each answer both as if the
  // open partners completed it and as if they did not, so that such questions get asked at all.
  const partners = index.siblings.get(feature.id);
  const scenarios: ((id: string) => AnswerValue | undefined)[] =
    partners === undefined
      ? [(id) => answers[id]]
      : [true, false].map((completes) => (id: string) => {
          const needed = partners.get(id);
          return answers[id] ?? (needed === undefined ? undefined : completes ? needed : !needed);
        });
  const positions = new Map(knowledge.causes.map((cause, position) => [cause, position]));
  const topThree = (probabilities: readonly number[]): string =>
    knowledge.causes
      .map((cause, position) => ({ cause, probability: probabilities[position] ?? 0 }))
      .filter(({ cause }) => !cause.serious)
      .sort((a, b) => b.probability - a.probability)
      .slice(0, 3)
      .map(({ cause }) => cause.id)
      .sort()
      .join();
  const before = topThree(current);
  let total = 0;
  for (const outcome of outcomes) {
    for (const scenario of scenarios) {
      const after = [...current];
      let moved = 0;
      for (const cause of affected) {
        const position = positions.get(cause) ?? 0;
        const probability = sigmoid(
          logOddsOf(cause, (id) => (id === feature.id ? outcome : scenario(id))),
        );
        moved += Math.abs(probability - (current[position] ?? 0));
        after[position] = probability;
      }
      total +=
        ((topThree(after) === before ? 0 : 1) + MOVED_WEIGHT * moved) /
        (outcomes.length * scenarios.length);
    }
  }
  return total;
}

function toQuestion(feature: Feature): Question {
  return {
    id: feature.id,
    text: feature.text,
    type: feature.type,
    ...(feature.options === undefined
      ? {}
      : { options: feature.options.map((option) => option.value), choices: feature.options }),
    ...(feature.min === undefined ? {} : { min: feature.min }),
    ...(feature.max === undefined ? {} : { max: feature.max }),
    ...(feature.unit === undefined ? {} : { unit: feature.unit }),
    why: feature.why,
    group: feature.group,
  };
}

/** Returns the next question to ask, or null when the interview is done. `answers` must be valid. */
export function nextQuestionOf(
  knowledge: Knowledge,
  given: Answers,
  stopBelow = STOP_BELOW,
): Question | null {
  const answers = withInferred(knowledge, given);
  const level = levelOf(firedRules(knowledge, answers));
  if (level === 'emergency') {
    return null;
  }
  const candidates = askable(knowledge, given, answers);
  const warning = candidates.find((feature) => feature.group === 'warning');
  if (warning !== undefined) {
    return toQuestion(warning);
  }
  const mustAsk = candidates.find(
    (feature) =>
      feature.alwaysAsk === true || couldRaiseByRule(knowledge, feature.id, answers, level),
  );
  if (mustAsk !== undefined) {
    return toQuestion(mustAsk);
  }
  const current = knowledge.causes.map((cause) => sigmoid(logOddsOf(cause, (id) => answers[id])));
  const best = bestOf(knowledge, candidates, answers, current);
  return best !== undefined && best.gain >= stopBelow ? toQuestion(best.feature) : null;
}

function bestOf(
  knowledge: Knowledge,
  candidates: readonly Feature[],
  answers: Answers,
  current: readonly number[],
): { feature: Feature; gain: number } | undefined {
  let best: { feature: Feature; gain: number } | undefined;
  for (const feature of candidates) {
    const gain = expectedShift(knowledge, feature, answers, current);
    if (gain > 0 && (best === undefined || gain > best.gain)) {
      best = { feature, gain };
    }
  }
  return best;
}
