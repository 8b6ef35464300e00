/** The whole assessment in the CONTRACT's result shape: validate, rank, triage, plan. */
import type { Knowledge } from '../knowledge/schema.js';
import { parseAnswers, withInferred } from './answers.js';
import { plan } from './plan.js';
import { rank } from './rank.js';
import { triage } from './triage.js';
import type { Result } from './types.js';
import { knowledgeVersionOf } from './version.js';

export function assessWith(knowledge: Knowledge, input: unknown): Result {
  const answers = withInferred(knowledge, parseAnswers(knowledge, input));
  const causes = rank(knowledge, answers);
  const urgency = triage(knowledge, answers, causes);
  return {
    contract: 'stride/1',
    knowledgeVersion: knowledgeVersionOf(knowledge),
    triage: urgency,
    causes,
    plan: plan(knowledge, answers, causes, urgency.level),
  };
}
