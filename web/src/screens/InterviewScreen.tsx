/** The interview: shows the screen the engine asks for next, with progress, Back, and the saved-answers note. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Checklist } from '../components/questions/Checklist.js';
import { BoolQuestion } from '../components/questions/BoolQuestion.js';
import { ChoiceQuestion } from '../components/questions/ChoiceQuestion.js';
import { NumberQuestion } from '../components/questions/NumberQuestion.js';
import type { QuestionProps } from '../components/questions/types.js';
import { ProgressBar } from '../components/ProgressBar.js';
import { useFocusOnChange } from '../components/focus.js';
import type { Answers, Question } from '../engine.js';
import { t } from '../i18n/index.js';
import { screenFor, shownTotal, type ProgressMemory, type Screen } from '../state/flow.js';
import { estimateProgress } from '../state/progress-estimate.js';
import type { Interview } from '../state/use-interview.js';
import { hrefOf, navigate } from '../state/use-route.js';

function screenOrError(answers: Answers): Screen | Error {
  try {
    return screenFor(answers);
  } catch (error) {
    // Saved answers from an older knowledge version may no longer be valid.
    return error instanceof Error ? error : new Error(String(error));
  }
}

function keyOf(screen: Screen): string {
  switch (screen.kind) {
    case 'question':
      return screen.question.id;
    case 'checklist':
      return `checklist-${String(screen.page)}-${screen.features.map((feature) => feature.id).join(',')}`;
    case 'done':
      return 'done';
  }
}

function QuestionView(props: QuestionProps & { readonly question: Question }) {
  switch (props.question.type) {
    case 'bool':
      return <BoolQuestion {...props} />;
    case 'choice':
      return <ChoiceQuestion {...props} />;
    case 'number':
      return <NumberQuestion {...props} />;
  }
}

/** The progress line's total, worked out after the screen is shown (see state/progress-estimate.ts). */
function useProgress(answers: Answers, memory: ProgressMemory): number | null {
  const [total, setTotal] = useState<number | null>(() => shownTotal(memory));
  useEffect(() => estimateProgress(answers, memory, setTotal), [answers, memory]);
  return total;
}

export function InterviewScreen({ interview }: { readonly interview: Interview }) {
  const { answers, history, previous } = interview.state;
  const screen = useMemo(() => screenOrError(answers), [answers]);
  const key = screen instanceof Error ? 'error' : keyOf(screen);
  const headingRef = useFocusOnChange<HTMLHeadingElement>(key);
  const total = useProgress(answers, interview.progress);

  useEffect(() => {
    if (!(screen instanceof Error) && screen.kind === 'done') {
      navigate('result', { replace: true });
    }
  }, [screen]);

  if (screen instanceof Error) {
    return (
      <section class="page">
        <h1 ref={headingRef} tabIndex={-1}>
          {t.interview.failed}
        </h1>
        <button type="button" class="button button-primary" onClick={interview.reset}>
          {t.interview.startAgain}
        </button>
      </section>
    );
  }
  if (screen.kind === 'done') {
    return (
      <section class="page">
        <p ref={headingRef} tabIndex={-1} role="status">
          {t.interview.loading}
        </p>
      </section>
    );
  }

  return (
    <section class="page interview" data-screen={key}>
      <ProgressBar answered={Object.keys(answers).length} total={total} />
      {screen.kind === 'checklist' ? (
        <Checklist
          key={key}
          features={screen.features}
          page={screen.page}
          pages={screen.pages}
          answers={answers}
          previous={previous}
          onAnswer={interview.answer}
          headingRef={headingRef}
        />
      ) : (
        <QuestionView
          key={key}
          question={screen.question}
          previous={previous[screen.question.id]}
          onAnswer={interview.answer}
          headingRef={headingRef}
        />
      )}
      <div class="interview-footer">
        {history.length > 0 ? (
          <button type="button" class="button button-secondary" onClick={interview.back}>
            <span aria-hidden="true">← </span>
            {t.interview.back}
          </button>
        ) : (
          <a class="button button-secondary" href={hrefOf('start')}>
            <span aria-hidden="true">← </span>
            {t.interview.back}
          </a>
        )}
        <p class="saved-note">{t.interview.savedNote}</p>
      </div>
    </section>
  );
}
