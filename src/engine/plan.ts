/**
 * The personal self-care plan: advice items chosen by the likely causes and the answers, always
 * with staying active and the safety net. Exercise advice is held back when the person needs to
 * be seen today, because moving through a fracture or an infection can do harm. The safety net
 * comes first; the other items follow by how well they fit this person (see `byFit`: the most
 * likely cause each is for, then the answers that call for it, then the more specific), so a short
 * view can show the first few.
 */
import type { Knowledge, TriageLevel } from '../knowledge/schema.js';
import { evaluate, featuresOf } from './conditions.js';
import { bandAtLeast } from './rank.js';
import type { Answers, PlanItem, RankedCause } from './types.js';

export function plan(
  knowledge: Knowledge,
  answers: Answers,
  ranked: readonly RankedCause[],
  level: TriageLevel,
): PlanItem[] {
  const considered = new Set(
    ranked
      .filter((cause) => !cause.serious && bandAtLeast(cause.band, 'possible'))
      .map((cause) => cause.id),
  );
  const probabilityOf = new Map(ranked.map((cause) => [cause.id, cause.probability]));
  const items: { readonly item: PlanItem; readonly fit: Fit }[] = [];
  for (const advice of knowledge.advice) {
    const safetyOnly = level === 'emergency' || level === 'urgent';
    if (safetyOnly && advice.topic !== 'safety') {
      continue;
    }
    const causes = advice.forCauses.filter((id) => considered.has(id));
    const answered = advice.forAnswers
      .filter((condition) => evaluate(condition, (id) => answers[id]) === true)
      .map((condition) => featuresOf(condition)[0] ?? '');
    const because = [...causes, ...answered];
    if (!advice.always && because.length === 0) {
      continue;
    }
    items.push({
      item: {
        id: advice.id,
        topic: advice.topic,
        title: advice.title,
        summary: advice.summary,
        steps: advice.steps,
        cautions: advice.cautions,
        because: [...new Set(because)],
        sources: advice.sources,
      },
      fit: {
        safety: advice.topic === 'safety',
        leadingCause: Math.max(0, ...causes.map((id) => probabilityOf.get(id) ?? 0)),
        answers: new Set(answered).size,
        forCauses: advice.forCauses.length,
      },
    });
  }
  // Array.prototype.sort is stable: items that fit equally keep the knowledge base's order.
  return items.sort(byFit).map(({ item }) => item);
}

/** How well an advice item fits this person, compared field by field in this order. */
interface Fit {
  /** The safety net always leads: it says when to stop self-care and get help. */
  readonly safety: boolean;
  /** The probability of the most likely cause it is for (0 when it is for none). */
  readonly leadingCause: number;
  /** How many of the person's own answers call for it. */
  readonly answers: number;
  /** How many causes it is written for: fewer is more specific, so it fits its cause better. */
  readonly forCauses: number;
}

function byFit(a: { readonly fit: Fit }, b: { readonly fit: Fit }): number {
  return (
    Number(b.fit.safety) - Number(a.fit.safety) ||
    b.fit.leadingCause - a.fit.leadingCause ||
    b.fit.answers - a.fit.answers ||
    a.fit.forCauses - b.fit.forCauses
  );
}
