/**
 * The engine's public shapes: answers in, the CONTRACT's result out (contract "stride/1").
 */
import type { Band, TriageLevel } from '../knowledge/schema.js';

export type { Band, TriageLevel };

/** One answer: a value, or null for "not sure" (counts as unknown). */
export type AnswerValue = boolean | number | string | null;

/** Flat answers keyed by feature id; a missing key means not asked. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface TriageReason {
  readonly feature: string;
  readonly text: string;
  /** The warning rule or cause that gave this reason. */
  readonly rule: string;
  readonly level: TriageLevel;
  readonly sources: readonly string[];
}

export interface Triage {
  readonly level: TriageLevel;
  readonly reasons: readonly TriageReason[];
  readonly advice: string;
  /** Warning-sign ids not answered (missing or "not sure") that could still apply (CONTRACT v1.1). */
  readonly unanswered: readonly string[];
}

/** A cause that an answered warning sign points to: shown first, never as a probability. */
export interface AttentionItem {
  readonly id: string;
  readonly name: string;
  /** The warning signs, as feature ids, that point to it. */
  readonly warningSigns: readonly string[];
  /** Why it must be checked now, in plain words. */
  readonly text: string;
  /** The most urgent level those warning signs give. */
  readonly level: TriageLevel;
  /** The warning rules that fired for it. */
  readonly rules: readonly string[];
  readonly sources: readonly string[];
}

export interface CauseReason {
  readonly feature: string;
  readonly text: string;
  /** The likelihood ratio that this answer multiplied the odds by. */
  readonly weight: number;
  readonly source: string;
  /** For a cluster (e.g. the Berlin criteria): every feature that was counted. */
  readonly features?: readonly string[];
}

export interface RankedCause {
  readonly id: string;
  readonly name: string;
  readonly probability: number;
  readonly band: Band;
  readonly serious: boolean;
  readonly supporting: readonly CauseReason[];
  readonly opposing: readonly CauseReason[];
  /** Warning signs answered yes that point to this cause and keep it at least `possible`. */
  readonly warningSigns: readonly string[];
  readonly sources: readonly string[];
}

export interface PlanItem {
  readonly id: string;
  readonly topic: string;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly string[];
  readonly cautions: readonly string[];
  /** Cause or feature ids that called for this item. */
  readonly because: readonly string[];
  readonly sources: readonly string[];
}

export interface Result {
  readonly contract: 'stride/1';
  readonly knowledgeVersion: string;
  readonly triage: Triage;
  /** The causes that need checking now, most urgent first (CONTRACT v1.1). */
  readonly attention: readonly AttentionItem[];
  readonly causes: readonly RankedCause[];
  readonly plan: readonly PlanItem[];
}

export interface QuestionOption {
  readonly value: string;
  readonly label: string;
}

/** A question as the CONTRACT shows it, plus what a user interface needs to ask it well. */
export interface Question {
  readonly id: string;
  readonly text: string;
  readonly type: 'bool' | 'number' | 'choice';
  /** For a choice: the values that may be answered (CONTRACT section 3). */
  readonly options?: readonly string[];
  /** For a choice: each value with its label, in the order to show them. */
  readonly choices?: readonly QuestionOption[];
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
  readonly why: string;
  readonly group: 'context' | 'pattern' | 'warning';
}
