/**
 * Per-cause Bayesian ranking: each cause is its own yes/no question (causes are not exclusive),
 * posterior odds = prior odds x the likelihood ratios of the answered evidence.
 */
import type { Band, Cause, Evidence, Knowledge, SingleEvidence } from '../knowledge/schema.js';
import { evaluate, featuresOf, type AnswerLookup } from './conditions.js';
import type { Answers, AttentionItem, CauseReason, RankedCause } from './types.js';

/** One evidence item's effect on a cause, before it is turned into words. */
interface Contribution {
  readonly logRatio: number;
  readonly reason: CauseReason;
}

/** The prior for these answers: a measured subgroup's if one holds, else by age, else the base. */
export function priorOf(
  cause: Cause,
  answerOf: AnswerLookup,
): { probability: number; source: string } {
  const subgroup = cause.prior.subgroups?.find((entry) => evaluate(entry.when, answerOf) === true);
  if (subgroup !== undefined) {
    return subgroup;
  }
  const age = answerOf('age');
  if (typeof age === 'number' && cause.prior.byAge !== undefined) {
    const band = cause.prior.byAge.find((entry) => age >= entry.atLeast && age < entry.below);
    if (band !== undefined) {
      return band;
    }
  }
  return cause.prior;
}

const strength = (contribution: Contribution): number => Math.abs(contribution.logRatio);

function strongest(contributions: readonly Contribution[]): Contribution | undefined {
  let best: Contribution | undefined;
  for (const contribution of contributions) {
    if (best === undefined || strength(contribution) > strength(best)) {
      best = contribution;
    }
  }
  return best;
}

/**
 * Of the reachable band ratios, what is already settled: the one nearest 1 when all lie on the
 * same side of 1, otherwise nothing (1).
 */
function settledRatio(ratios: readonly number[]): number {
  if (ratios.every((ratio) => ratio >= 1)) {
    return Math.min(...ratios);
  }
  if (ratios.every((ratio) => ratio <= 1)) {
    return Math.max(...ratios);
  }
  return 1;
}

function singleContribution(
  item: SingleEvidence,
  answerOf: AnswerLookup,
  truth: boolean | undefined = evaluate(item.when, answerOf),
): Contribution | undefined {
  if (truth === undefined) {
    return undefined;
  }
  const ratio = truth ? item.ratioIfTrue : (item.ratioIfFalse ?? 1);
  if (ratio === 1) {
    return undefined;
  }
  const text = truth ? item.text : (item.textIfFalse ?? item.text);
  const feature = featuresOf(item.when)[0] ?? '';
  const source = truth ? item.source : (item.sourceIfFalse ?? item.source);
  return { logRatio: Math.log(ratio), reason: { feature, text, weight: ratio, source } };
}

/**
 * What one evidence item adds to a cause given the answers, if the answers settle it. `phrases`
 * words a cluster's reason; the interview's look-ahead, which reads only the ratio, leaves it out.
 */
export function contributionOf(
  evidence: Evidence,
  answerOf: AnswerLookup,
  phrases?: Knowledge['phrases'],
): Contribution | undefined {
  switch (evidence.kind) {
    case 'single':
      return singleContribution(evidence, answerOf);
    case 'strongest_of': {
      const holding: Contribution[] = [];
      const failing: Contribution[] = [];
      let anyHolds = false;
      for (const item of evidence.items) {
        const truth = evaluate(item.when, answerOf);
        anyHolds ||= truth === true;
        const contribution = singleContribution(item, answerOf, truth);
        if (contribution !== undefined) {
          (truth === true ? holding : failing).push(contribution);
        }
      }
      return anyHolds ? strongest(holding) : strongest(failing);
    }
    case 'cluster': {
      let present = 0;
      let unknown = 0;
      const presentTexts: string[] = [];
      const counted: string[] = [];
      let lead: string | undefined;
      for (const item of evidence.items) {
        const truth = evaluate(item.when, answerOf);
        if (truth === undefined) {
          unknown += 1;
          continue;
        }
        const features = featuresOf(item.when);
        counted.push(...features);
        if (truth) {
          present += 1;
          presentTexts.push(item.text);
          lead ??= features[0];
        }
      }
      const bands = evidence.bands.filter(
        (band) => band.maxCount >= present && band.minCount <= present + unknown,
      );
      const ratio = settledRatio(bands.map((band) => band.ratio));
      const band = bands.find((candidate) => candidate.ratio === ratio);
      if (band === undefined || ratio === 1) {
        return undefined;
      }
      const known = evidence.items.length - unknown;
      const listed = presentTexts.length > 0 ? `: ${presentTexts.join('; ')}` : '';
      const text = `${(phrases?.clusterSigns ?? '{name}')
        .replace('{present}', String(present))
        .replace('{known}', String(known))
        .replace('{name}', evidence.name)}${listed}`;
      // The reason is filed under the first sign present, or else the first sign asked.
      const feature = lead ?? counted[0] ?? '';
      return {
        logRatio: Math.log(band.ratio),
        reason: {
          feature,
          text,
          weight: band.ratio,
          source: band.source,
          features: [...new Set(counted)],
        },
      };
    }
  }
}

const BAND_ORDER: Record<Band, number> = { likely: 2, possible: 1, unlikely: 0 };

export function bandAtLeast(band: Band, floor: Band): boolean {
  return BAND_ORDER[band] >= BAND_ORDER[floor];
}

export function logit(probability: number): number {
  return Math.log(probability / (1 - probability));
}

export function sigmoid(logOdds: number): number {
  return 1 / (1 + Math.exp(-logOdds));
}

/** The posterior log-odds of one cause (the fast path used by the interview's look-ahead). */
export function logOddsOf(cause: Cause, answerOf: AnswerLookup): number {
  let logOdds = logit(priorOf(cause, answerOf).probability);
  for (const evidence of cause.evidence) {
    const contribution = contributionOf(evidence, answerOf);
    if (contribution !== undefined) {
      logOdds += contribution.logRatio;
    }
  }
  return logOdds;
}

/** The probability from which a cause counts as `likely` or `possible` (lower for serious causes). */
export function bandFloor(knowledge: Knowledge, cause: Cause, band: 'likely' | 'possible'): number {
  if (band === 'likely') {
    return knowledge.bands.likely;
  }
  return cause.serious ? knowledge.bands.possibleSerious : knowledge.bands.possible;
}

export function bandOf(
  knowledge: Knowledge,
  cause: Cause,
  probability: number,
  warningSigns: readonly string[],
): Band {
  if (probability >= bandFloor(knowledge, cause, 'likely')) {
    return 'likely';
  }
  if (probability >= bandFloor(knowledge, cause, 'possible') || warningSigns.length > 0) {
    return 'possible';
  }
  return 'unlikely';
}

function rankOne(
  knowledge: Knowledge,
  cause: Cause,
  answerOf: AnswerLookup,
  warningSigns: readonly string[],
): RankedCause {
  const prior = priorOf(cause, answerOf);
  let logOdds = logit(prior.probability);
  const supporting: CauseReason[] = [];
  const opposing: CauseReason[] = [];
  for (const evidence of cause.evidence) {
    const contribution = contributionOf(evidence, answerOf, knowledge.phrases);
    if (contribution === undefined) {
      continue;
    }
    logOdds += contribution.logRatio;
    (contribution.logRatio > 0 ? supporting : opposing).push(contribution.reason);
  }
  const byStrength = (a: CauseReason, b: CauseReason): number =>
    Math.abs(Math.log(b.weight)) - Math.abs(Math.log(a.weight));
  supporting.sort(byStrength);
  opposing.sort(byStrength);
  const probability = sigmoid(logOdds);
  const sources = [
    ...new Set([
      prior.source,
      ...supporting.map((r) => r.source),
      ...opposing.map((r) => r.source),
      ...cause.sources,
    ]),
  ];
  return {
    id: cause.id,
    name: cause.name,
    probability,
    band: bandOf(knowledge, cause, probability, warningSigns),
    serious: cause.serious,
    supporting,
    opposing,
    warningSigns,
    sources,
  };
}

/**
 * Every cause, highest probability first (ties keep the knowledge base's order). `attention`
 * gives the causes a warning sign points to: they are at least `possible`, whatever their odds.
 */
export function rank(
  knowledge: Knowledge,
  answers: Answers,
  attention: readonly AttentionItem[] = [],
): RankedCause[] {
  const answerOf: AnswerLookup = (id) => answers[id];
  const signsOf = new Map(attention.map((item) => [item.id, item.warningSigns]));
  const ranked = knowledge.causes.map((cause) =>
    rankOne(knowledge, cause, answerOf, signsOf.get(cause.id) ?? []),
  );
  return ranked
    .map((cause, index) => ({ cause, index }))
    .sort((a, b) => b.cause.probability - a.cause.probability || a.index - b.index)
    .map(({ cause }) => cause);
}
