/**
 * The personal self-care plan: advice items chosen by the likely causes and the answers, always
 * with staying active and the safety net. Exercise advice is held back when the person needs to
 * be seen today, because moving through a fracture or an infection can do harm.
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
  const items: PlanItem[] = [];
  for (const advice of knowledge.advice) {
    const safetyOnly = level === 'emergency' || level === 'urgent';
    if (safetyOnly && advice.topic !== 'safety') {
      continue;
    }
    const because = [
      ...advice.forCauses.filter((id) => considered.has(id)),
      ...advice.forAnswers
        .filter((condition) => evaluate(condition, (id) => answers[id]) === true)
        .map((condition) => featuresOf(condition)[0] ?? ''),
    ];
    if (!advice.always && because.length === 0) {
      continue;
    }
    items.push({
      id: advice.id,
      topic: advice.topic,
      title: advice.title,
      summary: advice.summary,
      steps: advice.steps,
      cautions: advice.cautions,
      because: [...new Set(because)],
      sources: advice.sources,
    });
  }
  return items;
}
