/**
 * Works out the progress line's total for a screen: in a worker when the browser has one (the
 * estimate runs the rest of the interview, tens of milliseconds per question on a slow phone),
 * else on the page one question per task after the screen is shown. Either way a tap never waits
 * for it, and until it comes the last total stands.
 */
import { progressSteps } from '../engine.js';
import { remember, rememberExpected, type ProgressMemory } from './flow.js';
import type { ProgressReply, ProgressRequest } from './progress-worker.js';

let worker: Worker | null | undefined;
let lastRequest = 0;

/** The worker, made on first use; null when the browser cannot make one or it failed. */
function progressWorker(): Worker | null {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./progress-worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('error', () => {
        worker?.terminate();
        worker = null;
      });
    } catch {
      worker = null;
    }
  }
  return worker;
}

function onThePage(answers: unknown, memory: ProgressMemory, onTotal: (total: number) => void): () => void {
  const steps = progressSteps(answers, memory.estimate);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = (): void => {
    try {
      const next = steps.next();
      if (next.done === true) {
        onTotal(remember(memory, next.value));
        return;
      }
      timer = setTimeout(step, 0);
    } catch {
      // Keep the last estimate: the question itself is what matters.
    }
  };
  timer = setTimeout(step, 0);
  return () => {
    clearTimeout(timer);
  };
}

/** Starts working out the total for these answers; calls `onTotal` with it unless cancelled first. Returns the cancel. */
export function estimateProgress(answers: unknown, memory: ProgressMemory, onTotal: (total: number) => void): () => void {
  const thread = progressWorker();
  if (thread === null) {
    return onThePage(answers, memory, onTotal);
  }
  lastRequest += 1;
  const id = lastRequest;
  let cancelled = false;
  const listen = (event: MessageEvent<ProgressReply>): void => {
    if (event.data.id !== id) {
      return;
    }
    thread.removeEventListener('message', listen);
    if (!cancelled && event.data.expected !== null) {
      onTotal(rememberExpected(memory, event.data.expected));
    }
  };
  thread.addEventListener('message', listen);
  const request: ProgressRequest = { id, answers };
  thread.postMessage(request);
  return () => {
    cancelled = true;
  };
}
