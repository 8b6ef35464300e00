/** A yes / no / not sure question: three big buttons; a tap answers and moves on. */
import { t } from '../../i18n/index.js';
import { ReadAloud } from '../ReadAloud.js';
import { WhyWeAsk } from '../WhyWeAsk.js';
import type { QuestionProps } from './types.js';

/** A function, so the labels follow the language chosen. */
const choices = () => [
  { value: true, answer: 'true', label: t.interview.yes },
  { value: false, answer: 'false', label: t.interview.no },
  { value: null, answer: 'null', label: t.interview.notSure },
] as const;

export function BoolQuestion({ question, previous, onAnswer, headingRef }: QuestionProps) {
  return (
    <fieldset class="question" data-question-id={question.id}>
      <legend>
        <h1 class="question-text" ref={headingRef} tabIndex={-1}>
          {question.text}
        </h1>
      </legend>
      <ReadAloud parts={[question.text, `${t.readAloud.answers}: ${choices().map((choice) => choice.label).join(', ')}`, `${t.interview.whyWeAsk}: ${question.why}`]} />
      <div class="answers answers-row">
        {choices().map((choice) => (
          <button
            key={choice.answer}
            type="button"
            class={choice.value === null ? 'answer answer-unsure' : 'answer'}
            data-answer={choice.answer}
            aria-pressed={previous === choice.value}
            onClick={() => {
              onAnswer({ [question.id]: choice.value });
            }}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <WhyWeAsk text={question.why} />
    </fieldset>
  );
}
