/** A question with named choices; where it is about the body, each choice also shows a picture of it. */
import { t } from '../../i18n/index.js';
import { BodyFigure, isPictured } from '../BodyFigure.js';
import { ReadAloud } from '../ReadAloud.js';
import { WhyWeAsk } from '../WhyWeAsk.js';
import type { QuestionProps } from './types.js';

export function ChoiceQuestion({ question, previous, onAnswer, headingRef }: QuestionProps) {
  const options = question.choices ?? [];
  const pictured = options.length > 0 && options.every((option) => isPictured(question.id, option.value));
  return (
    <fieldset class="question" data-question-id={question.id}>
      <legend>
        <h1 class="question-text" ref={headingRef} tabIndex={-1}>
          {question.text}
        </h1>
      </legend>
      <ReadAloud parts={[question.text, `${t.readAloud.answers}: ${[...options.map((option) => option.label), t.interview.notSure].join(', ')}`, `${t.interview.whyWeAsk}: ${question.why}`]} />
      {pictured ? <p class="hint">{t.interview.pictureHint}</p> : null}
      <div class={pictured ? 'answers answers-pictures' : 'answers'}>
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            class={pictured ? 'answer answer-picture' : 'answer'}
            data-answer={option.value}
            aria-pressed={previous === option.value}
            onClick={() => {
              onAnswer({ [question.id]: option.value });
            }}
          >
            {isPictured(question.id, option.value) ? <BodyFigure area={option.value} /> : null}
            <span>{option.label}</span>
          </button>
        ))}
      </div>
      <button
        type="button"
        class="answer answer-unsure"
        data-answer="null"
        aria-pressed={previous === null}
        onClick={() => {
          onAnswer({ [question.id]: null });
        }}
      >
        {t.interview.notSure}
      </button>
      <WhyWeAsk text={question.why} />
    </fieldset>
  );
}
