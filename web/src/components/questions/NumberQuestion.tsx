/** A number question: a large number field, a "Next" button, and "Not sure"; checks the range before moving on. */
import { useState } from 'preact/hooks';
import { format, t } from '../../i18n/index.js';
import { ReadAloud } from '../ReadAloud.js';
import { WhyWeAsk } from '../WhyWeAsk.js';
import type { QuestionProps } from './types.js';

/** A function, so the words follow the language chosen. */
const units = (): Readonly<Record<string, string>> => ({
  years: t.interview.unitYears,
  weeks: t.interview.unitWeeks,
  minutes: t.interview.unitMinutes,
});

export function NumberQuestion({ question, previous, onAnswer, headingRef }: QuestionProps) {
  const [text, setText] = useState(typeof previous === 'number' ? String(previous) : '');
  const [error, setError] = useState<string | null>(null);
  const min = question.min ?? 0;
  const max = question.max ?? Number.MAX_SAFE_INTEGER;
  const unit = question.unit === undefined ? undefined : units()[question.unit];
  const inputId = `answer-${question.id}`;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;

  const submit = (event: Event): void => {
    event.preventDefault();
    const trimmed = text.trim().replace(',', '.');
    const value = Number(trimmed);
    if (trimmed === '' || !Number.isFinite(value)) {
      setError(t.interview.numberMissing);
      return;
    }
    if (value < min || value > max) {
      setError(format(t.interview.numberOutOfRange, { min, max }));
      return;
    }
    onAnswer({ [question.id]: value });
  };

  return (
    <form class="question-form" onSubmit={submit} noValidate>
      <fieldset class="question" data-question-id={question.id}>
        <legend>
          <h1 class="question-text" ref={headingRef} tabIndex={-1}>
            <label for={inputId}>{question.text}</label>
          </h1>
        </legend>
        <ReadAloud
          parts={[
            question.text,
            ...(question.id === 'pain_nrs' ? [t.interview.painScaleLow, t.interview.painScaleHigh] : []),
            format(t.interview.numberHint, { min, max }),
            `${t.interview.whyWeAsk}: ${question.why}`,
          ]}
        />
        {question.id === 'pain_nrs' ? (
          <ul class="scale-hints">
            <li>{t.interview.painScaleLow}</li>
            <li>{t.interview.painScaleHigh}</li>
          </ul>
        ) : null}
        <p class="hint" id={hintId}>
          {format(t.interview.numberHint, { min, max })}
        </p>
        <div class="number-row">
          <input
            id={inputId}
            class="number-input"
            type="number"
            inputMode="decimal"
            min={min}
            max={max}
            step="any"
            value={text}
            aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
            aria-invalid={error !== null}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setError(null);
            }}
          />
          {unit === undefined ? null : <span class="unit">{unit}</span>}
        </div>
        {error === null ? null : (
          <p class="error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button button-primary">
            {t.interview.next}
          </button>
          <button
            type="button"
            class="answer answer-unsure"
            data-answer="null"
            onClick={() => {
              onAnswer({ [question.id]: null });
            }}
          >
            {t.interview.notSure}
          </button>
        </div>
        <WhyWeAsk text={question.why} />
      </fieldset>
    </form>
  );
}
