/** What every question screen gets: the question, the earlier answer to pre-select, and where to send the answer. */
import type { RefObject } from 'preact';
import type { AnswerValue, Question } from '../../engine.js';

export interface QuestionProps {
  readonly question: Question;
  /** The answer given before the person went back, if any. */
  readonly previous: AnswerValue | undefined;
  readonly onAnswer: (values: Readonly<Record<string, AnswerValue>>) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}
