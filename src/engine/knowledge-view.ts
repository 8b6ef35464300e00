/**
 * The knowledge base as the CONTRACT's `stride knowledge --json` shows it: features, causes with
 * their prior and one likelihood row per answer, warning rules and sources.
 */
import type { Condition, Evidence, Knowledge, SingleEvidence } from '../knowledge/schema.js';
import { featuresOf } from './conditions.js';
import { knowledgeVersionOf } from './version.js';

export interface LikelihoodRow {
  readonly feature: string;
  readonly answer: boolean | string;
  readonly ratio: number;
  readonly source: string;
  readonly reported?: string;
  /** Set when the row is one of several answers of which only the strongest counts. */
  readonly countedOnceWith?: string;
}

/** A plain statement of the answer a condition asks for, e.g. true, "both_legs", ">= 71". */
function answerOf(condition: Condition, holds: boolean): boolean | string {
  if ('feature' in condition && 'equals' in condition) {
    if (typeof condition.equals === 'boolean') {
      return holds ? condition.equals : !condition.equals;
    }
    return holds ? condition.equals : `not ${condition.equals}`;
  }
  if ('feature' in condition && 'unsure' in condition) {
    return holds ? 'not sure' : 'answered';
  }
  if ('feature' in condition) {
    const parts = [
      condition.atLeast === undefined ? undefined : `>= ${String(condition.atLeast)}`,
      condition.below === undefined ? undefined : `< ${String(condition.below)}`,
    ].filter((part): part is string => part !== undefined);
    return holds ? parts.join(' and ') : `not ${parts.join(' and ')}`;
  }
  return holds ? 'all of these' : 'not all of these';
}

function rowsOf(item: SingleEvidence, group?: string): LikelihoodRow[] {
  const feature = featuresOf(item.when).join('+');
  const extra = {
    ...(item.reported === undefined ? {} : { reported: item.reported }),
    ...(group === undefined ? {} : { countedOnceWith: group }),
  };
  const rows: LikelihoodRow[] = [
    {
      feature,
      answer: answerOf(item.when, true),
      ratio: item.ratioIfTrue,
      source: item.source,
      ...extra,
    },
  ];
  if (item.ratioIfFalse !== undefined) {
    rows.push({
      feature,
      answer: answerOf(item.when, false),
      ratio: item.ratioIfFalse,
      source: item.sourceIfFalse ?? item.source,
      ...extra,
    });
  }
  return rows;
}

function allRows(evidence: Evidence): LikelihoodRow[] {
  switch (evidence.kind) {
    case 'single':
      return rowsOf(evidence);
    case 'strongest_of':
      return evidence.items.flatMap((item) => rowsOf(item, evidence.domain));
    case 'cluster':
      return [];
  }
}

/** Rows on one feature go in `likelihoods`; rows needing several answers at once in `combinations`. */
const isSingleFeature = (row: LikelihoodRow): boolean => !row.feature.includes('+');

/** A condition in words, with the features' labels: for people reading the rules. */
export function conditionText(condition: Condition, knowledge: Knowledge, nested = false): string {
  const label = (id: string): string =>
    knowledge.features.find((feature) => feature.id === id)?.label ?? id;
  const inner = (part: Condition): string => conditionText(part, knowledge, true);
  if ('all' in condition) {
    const text = condition.all.map(inner).join(' AND ');
    return nested ? `(${text})` : text;
  }
  if ('any' in condition) {
    return `(${condition.any.map(inner).join(' OR ')})`;
  }
  if ('count' in condition) {
    return `at least ${String(condition.atLeast)} of [${condition.count.map(inner).join('; ')}]`;
  }
  if ('not' in condition) {
    return `NOT ${inner(condition.not)}`;
  }
  if ('unsure' in condition) {
    return `"not sure": ${label(condition.feature)}`;
  }
  if ('equals' in condition) {
    return condition.equals === true
      ? label(condition.feature)
      : `${label(condition.feature)}: ${String(condition.equals)}`;
  }
  return `${label(condition.feature)} ${String(answerOf(condition, true))}`;
}

export function knowledgeView(knowledge: Knowledge): unknown {
  return {
    version: knowledgeVersionOf(knowledge),
    features: knowledge.features,
    causes: knowledge.causes.map((cause) => ({
      id: cause.id,
      name: cause.name,
      medicalName: cause.medicalName,
      serious: cause.serious,
      prior: cause.prior.probability,
      priorSource: cause.prior.source,
      ...(cause.prior.byAge === undefined ? {} : { priorByAge: cause.prior.byAge }),
      likelihoods: cause.evidence.flatMap(allRows).filter(isSingleFeature),
      combinations: cause.evidence.flatMap(allRows).filter((row) => !isSingleFeature(row)),
      clusters: cause.evidence.flatMap((evidence) =>
        evidence.kind === 'cluster'
          ? [
              {
                id: evidence.id,
                name: evidence.name,
                items: evidence.items.map((item) => ({
                  features: featuresOf(item.when),
                  text: item.text,
                })),
                bands: evidence.bands,
              },
            ]
          : [],
      ),
      pointedToBy: knowledge.warningRules
        .filter((rule) => (rule.suspects ?? []).includes(cause.id))
        .map((rule) => rule.id),
      ...(cause.whyCheckNow === undefined ? {} : { whyCheckNow: cause.whyCheckNow }),
      explanation: cause.explanation,
      pattern: cause.pattern,
      helps: cause.helps,
      whenToSeeClinician: cause.whenToSeeClinician,
      sources: cause.sources,
    })),
    warningRules: knowledge.warningRules,
    bands: knowledge.bands,
    advice: knowledge.advice,
    supplements: knowledge.supplements,
    sources: knowledge.sources,
  };
}
