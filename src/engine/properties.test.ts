import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersArbitrary,
  fullAnswersArbitrary,
  isConsistent,
  WARNING_FEATURES,
  withYes,
} from '../../test/arbitraries.js';
import { assess, interviewProgress, KNOWLEDGE, nextQuestion, type AnswerValue } from '../index.js';
import { runInterview } from '../../test/interview.js';
import type { Condition } from '../knowledge/schema.js';
import { evaluate } from './conditions.js';
import { interviewEstimateOf, type ProgressEstimate } from './next-question.js';
import { urgencyOf } from './triage.js';

const RUNS = { numRuns: 300 };

describe('properties of the engine', () => {
  it('never lowers urgency when a warning sign is answered yes', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...WARNING_FEATURES), (answers, sign) => {
        const before = urgencyOf(assess(answers).triage.level);
        const after = urgencyOf(assess(withYes(answers, sign)).triage.level);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('gives the same result whatever order the answers come in', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.integer(), (answers, seed) => {
        const entries = Object.entries(answers);
        const shuffled = Object.fromEntries(
          entries
            .map((entry, index) => ({ entry, key: Math.sin(seed + index) }))
            .sort((a, b) => a.key - b.key)
            .map(({ entry }) => entry),
        );
        expect(assess(shuffled)).toEqual(assess(answers));
      }),
      RUNS,
    );
  });

  it('scores "not sure" as unanswered, except in the rules that read "not sure" to an emergency sign', () => {
    const unsureIn = (condition: Condition): string[] => {
      if ('unsure' in condition) {
        return [condition.feature];
      }
      const parts =
        'all' in condition
          ? condition.all
          : 'any' in condition
            ? condition.any
            : 'count' in condition
              ? condition.count
              : 'not' in condition
                ? [condition.not]
                : [];
      return parts.flatMap(unsureIn);
    };
    const reasked = new Set(KNOWLEDGE.warningRules.flatMap((rule) => unsureIn(rule.when)));
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const known = Object.fromEntries(
          Object.entries(answers).filter(([, value]) => value !== null),
        );
        const withUnsure = assess(answers);
        const without = assess(known);
        const odds = (result: typeof without): number[] =>
          result.causes.map((cause) => cause.probability);
        expect(odds(withUnsure)).toEqual(odds(without));
        expect(withUnsure.triage.unanswered).toEqual(without.triage.unanswered);
        const unsureAboutReasked = Object.entries(answers).some(
          ([id, value]) => value === null && reasked.has(id),
        );
        if (!unsureAboutReasked) {
          expect(withUnsure).toEqual(without);
        }
      }),
      RUNS,
    );
  });

  it('never scores a "not sure" outside what a yes and a no would score, for any cause', () => {
    const yesNo = KNOWLEDGE.features.filter((feature) => feature.type === 'bool').map((f) => f.id);
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...yesNo), (answers, id) => {
        // A yes that contradicts another answer (worsening weakness with no weakness) is refused.
        fc.pre([true, false].every((value) => isConsistent({ ...answers, [id]: value })));
        const odds = (value: AnswerValue): Map<string, number> =>
          new Map(
            assess({ ...answers, [id]: value }).causes.map((cause) => [cause.id, cause.probability]),
          );
        const [yes, no, unsure] = [odds(true), odds(false), odds(null)];
        for (const cause of KNOWLEDGE.causes) {
          const [a, b, u] = [yes, no, unsure].map((list) => list.get(cause.id) ?? Number.NaN) as [
            number,
            number,
            number,
          ];
          expect(u, `${cause.id} / ${id}`).toBeGreaterThanOrEqual(Math.min(a, b) - 1e-12);
          expect(u, `${cause.id} / ${id}`).toBeLessThanOrEqual(Math.max(a, b) + 1e-12);
        }
      }),
      RUNS,
    );
  });

  it('keeps every probability between 0 and 1', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const cause of assess(answers).causes) {
          expect(cause.probability).toBeGreaterThanOrEqual(0);
          expect(cause.probability).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('runs an interview that never repeats, always ends, and asks every warning sign unless it is an emergency', () => {
    fc.assert(
      fc.property(fullAnswersArbitrary, (truth) => {
        const given: Record<string, AnswerValue> = {};
        const asked = new Set<string>();
        for (let step = 0; step <= 70; step += 1) {
          const question = nextQuestion(given);
          if (question === null) {
            break;
          }
          expect(asked.has(question.id)).toBe(false);
          asked.add(question.id);
          given[question.id] = truth[question.id] ?? null;
          expect(step).toBeLessThan(70);
        }
        const result = assess(given);
        if (result.triage.level !== 'emergency') {
          for (const sign of WARNING_FEATURES) {
            const askWhen = KNOWLEDGE.features.find((feature) => feature.id === sign)?.askWhen;
            const skippedFollowUp =
              askWhen !== undefined && evaluate(askWhen, (id) => given[id]) !== true;
            expect(asked.has(sign) || skippedFollowUp, sign).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('shows progress that never goes backwards: the bound on the whole interview only shrinks', () => {
    fc.assert(
      fc.property(fullAnswersArbitrary, (truth) => {
        const given: Record<string, AnswerValue> = {};
        let previous = interviewProgress(given);
        for (let question = nextQuestion(given); question !== null; question = nextQuestion(given)) {
          given[question.id] = truth[question.id] ?? null;
          const now = interviewProgress(given);
          expect(now.atMost).toBeLessThanOrEqual(previous.atMost);
          expect(now.answered / now.atMost).toBeGreaterThanOrEqual(previous.answered / previous.atMost);
          expect(now.atMost).toBeGreaterThanOrEqual(now.answered);
          previous = now;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same progress when it builds on the previous screen as when it starts afresh', () => {
    fc.assert(
      fc.property(fullAnswersArbitrary, fc.integer({ min: 1, max: 9 }), (truth, perScreen) => {
        // Screens of several answers at once, as a checklist page records them.
        const given: Record<string, AnswerValue> = {};
        let previous: ProgressEstimate | undefined;
        while (nextQuestion(given) !== null) {
          for (let taken = 0; taken < perScreen; taken += 1) {
            const question = nextQuestion(given);
            if (question === null) {
              break;
            }
            given[question.id] = truth[question.id] ?? null;
          }
          const built = interviewEstimateOf(KNOWLEDGE, { ...given }, previous);
          expect(built.progress).toEqual(interviewProgress(given));
          previous = built;
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reaches the same triage by the interview as by answering everything', () => {
    fc.assert(
      fc.property(fullAnswersArbitrary, (truth) => {
        const { given } = runInterview(truth);
        // Answering every question means every question the skip logic lets through, and none
        // whose answer follows from another (onset before 45 for someone under 45).
        const notAsked = (id: string): boolean => {
          const feature = KNOWLEDGE.features.find((candidate) => candidate.id === id);
          const lookup = (other: string): AnswerValue | undefined => truth[other];
          return (
            (feature?.askWhen !== undefined && evaluate(feature.askWhen, lookup) !== true) ||
            (feature?.inferred !== undefined && evaluate(feature.inferred.when, lookup) === true)
          );
        };
        const consistent = Object.fromEntries(
          Object.entries(truth).filter(([id]) => !notAsked(id)),
        );
        expect(assess(given).triage.level).toBe(assess(consistent).triage.level);
      }),
      { numRuns: Number(process.env['PROP_RUNS'] ?? 60) },
    );
  });
});
