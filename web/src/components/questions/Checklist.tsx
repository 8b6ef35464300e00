/**
 * The warning signs on one screen: each sign is its own fieldset with native Yes / No / Not sure
 * radios, and "Next" records them all. A follow-up sign appears only when its earlier sign is ticked "Yes".
 * "I have none of these" answers every sign on the page "No" in one tap (offered while no sign is
 * ticked "Yes" or "Not sure"). As soon as the signs ticked make it an emergency, a panel offers the
 * emergency advice at once (CONTRACT 4, v1.1); the signs not yet answered stay unanswered, never "No".
 */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { triageLevel, type AnswerValue, type Answers, type Feature } from '../../engine.js';
import { format, t } from '../../i18n/index.js';
import { isShownOnChecklist } from '../../state/flow.js';
import { ReadAloud } from '../ReadAloud.js';
import { WhyWeAsk } from '../WhyWeAsk.js';

interface Props {
  readonly features: readonly Feature[];
  readonly page: number;
  readonly pages: number;
  readonly answers: Answers;
  readonly previous: Readonly<Record<string, AnswerValue>>;
  readonly onAnswer: (values: Readonly<Record<string, AnswerValue>>) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** A function, so the labels follow the language chosen. */
const choices = () => [
  { value: true, answer: 'true', label: t.interview.yes },
  { value: false, answer: 'false', label: t.interview.no },
  { value: null, answer: 'null', label: t.interview.notSure },
] as const;

export function Checklist({ features, page, pages, answers, previous, onAnswer, headingRef }: Props) {
  const [ticked, setTicked] = useState<Readonly<Record<string, AnswerValue>>>(() => {
    const start: Record<string, AnswerValue> = {};
    for (const feature of features) {
      const earlier = previous[feature.id];
      if (earlier !== undefined) {
        start[feature.id] = earlier;
      }
    }
    return start;
  });
  const [missing, setMissing] = useState<readonly string[]>([]);
  const combined: Answers = { ...answers, ...ticked };
  const shown = features.filter((feature) => isShownOnChecklist(feature, combined));
  const tickedHere = Object.fromEntries(shown.flatMap((feature) => (feature.id in ticked ? [[feature.id, ticked[feature.id] ?? null]] : [])));
  const emergency = Object.keys(tickedHere).length > 0 && triageLevel({ ...answers, ...tickedHere }) === 'emergency';
  const canSayNone = !emergency && Object.values(tickedHere).every((value) => value === false);

  const submit = (event: Event): void => {
    event.preventDefault();
    const open = shown.filter((feature) => ticked[feature.id] === undefined).map((feature) => feature.id);
    setMissing(open);
    if (open.length > 0) {
      document.getElementById(`sign-${open[0] ?? ''}`)?.focus();
      return;
    }
    const values: Record<string, AnswerValue> = {};
    for (const feature of shown) {
      values[feature.id] = ticked[feature.id] ?? null;
    }
    onAnswer(values);
  };

  const none = (): void => {
    onAnswer(Object.fromEntries(shown.map((feature) => [feature.id, false])));
  };

  return (
    <form class="checklist" onSubmit={submit} noValidate>
      <h1 ref={headingRef} tabIndex={-1}>
        {format(t.interview.checklistTitle, { page, pages })}
      </h1>
      <p class="lead">{t.interview.checklistIntro}</p>
      <ReadAloud
        parts={[
          format(t.interview.checklistTitle, { page, pages }),
          t.interview.checklistIntro,
          ...shown.map((feature) => feature.text),
          `${t.readAloud.answers}: ${choices().map((choice) => choice.label).join(', ')}`,
        ]}
      />
      <WhyWeAsk text={t.interview.checklistWhy} />
      {missing.length > 0 ? (
        <p class="error" role="alert">
          {t.interview.checklistMissing}
        </p>
      ) : null}
      <ol class="signs">
        {shown.map((feature) => {
          const isMissing = missing.includes(feature.id);
          return (
            <li key={feature.id}>
              <fieldset
                class={isMissing ? 'sign sign-missing' : 'sign'}
                data-question-id={feature.id}
                id={`sign-${feature.id}`}
                tabIndex={-1}
                aria-invalid={isMissing}
              >
                <legend class="sign-text">{feature.text}</legend>
                <div class="radios">
                  {choices().map((choice) => (
                    <label class="radio" key={choice.answer}>
                      <input
                        type="radio"
                        name={feature.id}
                        value={choice.answer}
                        data-answer={choice.answer}
                        checked={feature.id in ticked && ticked[feature.id] === choice.value}
                        onChange={() => {
                          setTicked((current) => ({ ...current, [feature.id]: choice.value }));
                          setMissing((current) => current.filter((id) => id !== feature.id));
                        }}
                      />
                      <span>{choice.label}</span>
                    </label>
                  ))}
                </div>
                <WhyWeAsk text={feature.why} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      {emergency ? (
        <>
          <p class="checklist-emergency" role="alert" data-emergency="true">
            <strong>{t.interview.emergencyNow}</strong> {t.interview.emergencyOrGoOn}
          </p>
          {/* Only the button stays in view as the page scrolls, so at large text it never hides the signs. */}
          <div class="checklist-emergency-go">
            <button
              type="button"
              class="button button-emergency"
              onClick={() => {
                onAnswer(tickedHere);
              }}
            >
              {t.interview.emergencyShow}
            </button>
          </div>
        </>
      ) : null}
      {/* After the signs, so a person reads them before saying none applies. */}
      <div class="actions">
        {canSayNone ? (
          <button type="button" class="button button-secondary" data-answer="none" onClick={none}>
            {t.interview.noneOfThese}
          </button>
        ) : null}
        <button type="submit" class="button button-primary">
          {t.interview.next}
        </button>
      </div>
    </form>
  );
}
