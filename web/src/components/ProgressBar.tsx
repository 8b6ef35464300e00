/**
 * The interview's progress: a native progress element with the same fact in words beside it. The
 * total only shrinks (see state/flow.ts), so the bar only grows; once the answers pass the total
 * the words say "nearly done" rather than raise it.
 */
import { format, t } from '../i18n/index.js';

/** `total` is null until the first estimate is worked out; the words then give the question's number alone. */
export function ProgressBar({ answered, total }: { readonly answered: number; readonly total: number | null }) {
  const number = answered + 1;
  const text =
    total === null
      ? format(t.interview.progressStart, { answered: number })
      : number > total
        ? format(t.interview.progressNearlyDone, { answered: number })
        : format(t.interview.progress, { answered: number, total });
  return (
    <div class="progress">
      <p class="progress-text" id="progress-text">
        {text}
      </p>
      <progress max={total ?? 1} value={total === null ? 0 : Math.min(answered, total)} aria-labelledby="progress-text" />
    </div>
  );
}
