/**
 * Works out the interview's progress estimate off the page's main thread, so running the rest of
 * the interview never holds up a tap: the same engine over the English knowledge (only its ids
 * matter here), each estimate built on the one before.
 */
import { parseAnswers } from '../../../src/engine/answers.js';
import { interviewEstimateOf, type ProgressEstimate } from '../../../src/engine/next-question.js';
import { KNOWLEDGE } from '../../../src/knowledge/index.js';

/** A request: the answers so far, numbered so the page can drop replies it no longer needs. */
export interface ProgressRequest {
  readonly id: number;
  readonly answers: unknown;
}

/** The likely length of the interview for those answers; null when they could not be read. */
export interface ProgressReply {
  readonly id: number;
  readonly expected: number | null;
}

let previous: ProgressEstimate | undefined;

self.addEventListener('message', (event: MessageEvent<ProgressRequest>) => {
  const { id, answers } = event.data;
  let reply: ProgressReply;
  try {
    previous = interviewEstimateOf(KNOWLEDGE, parseAnswers(KNOWLEDGE, answers), previous);
    reply = { id, expected: previous.progress.expected };
  } catch {
    reply = { id, expected: null };
  }
  self.postMessage(reply);
});
