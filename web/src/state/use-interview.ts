/** The interview's state and its three moves (answer a screen, go back, start again), saved on every change. */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { AnswerValue } from '../engine.js';
import { freshProgress, type ProgressMemory } from './flow.js';
import { EMPTY_INTERVIEW, clearInterview, loadInterview, saveInterview, type SavedInterview } from './storage.js';

export interface Interview {
  readonly state: SavedInterview;
  /** Records the answers of one screen (one question, or one checklist page). */
  readonly answer: (values: Readonly<Record<string, AnswerValue>>) => void;
  /** Takes back the last screen's answers, keeping them as the pre-selected choice. */
  readonly back: () => void;
  readonly reset: () => void;
  /** The progress line's memory, kept for the whole visit so its total never grows from screen to screen. */
  readonly progress: ProgressMemory;
}

function without(record: Readonly<Record<string, AnswerValue>>, ids: readonly string[]): Record<string, AnswerValue> {
  return Object.fromEntries(Object.entries(record).filter(([id]) => !ids.includes(id)));
}

export function answerScreen(state: SavedInterview, values: Readonly<Record<string, AnswerValue>>): SavedInterview {
  const ids = Object.keys(values);
  return { answers: { ...state.answers, ...values }, history: [...state.history, ids], previous: without(state.previous, ids) };
}

export function backOneScreen(state: SavedInterview): SavedInterview {
  const last = state.history.at(-1);
  if (last === undefined) {
    return state;
  }
  const taken = Object.fromEntries(Object.entries(state.answers).filter(([id]) => last.includes(id)));
  return { answers: without(state.answers, last), history: state.history.slice(0, -1), previous: { ...state.previous, ...taken } };
}

export function useInterview(): Interview {
  const [state, setState] = useState<SavedInterview>(loadInterview);
  const progress = useRef<ProgressMemory>(freshProgress());
  const answer = useCallback(
    (values: Readonly<Record<string, AnswerValue>>) => {
      setState((current) => {
        const next = answerScreen(current, values);
        saveInterview(next);
        return next;
      });
    },
    [],
  );
  const back = useCallback(() => {
    setState((current) => {
      const next = backOneScreen(current);
      saveInterview(next);
      return next;
    });
  }, []);
  // Starting again leaves nothing saved (an empty interview is the same as none), so erase can use it.
  const reset = useCallback(() => {
    clearInterview();
    Object.assign(progress.current, freshProgress());
    setState(EMPTY_INTERVIEW);
  }, []);
  return { state, answer, back, reset, progress: progress.current };
}
