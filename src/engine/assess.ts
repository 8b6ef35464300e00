/** The whole assessment in the CONTRACT's result shape: validate, triage, attention, rank, plan. */
import type { Knowledge } from '../knowledge/schema.js';
import { parseAnswers, withInferred } from './answers.js';
import { attentionOf } from './attention.js';
import { plan } from './plan.js';
import { rank } from './rank.js';
import { firedRules, triage } from './triage.js';
import type { Result } from './types.js';
import { knowledgeVersionOf } from './version.js';

export function assessWith(knowledge: Knowledge, input: unknown): Result {
  const answers = withInferred(knowledge, parseAnswers(knowledge, input));
  const fired = firedRules(knowledge, answers);
  const urgency = triage(knowledge, answers, fired);
  const attention = attentionOf(knowledge, answers, fired);
  const causes = rank(knowledge, answers, attention);
  return {
    contract: 'stride/1',
    knowledgeVersion: knowledgeVersionOf(knowledge),
    triage: urgency,
    attention,
    causes,
    plan: plan(knowledge, answers, causes, urgency.level),
  };
}
