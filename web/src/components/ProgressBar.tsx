/** The interview's progress: a native progress element with the same fact in words beside it. */
import { format, t } from '../i18n/index.js';

/** `total` is null while the estimate is being worked out; the words then wait and the bar stays as it was. */
export function ProgressBar({ answered, total }: { readonly answered: number; readonly total: number | null }) {
  const shown = total === null ? answered + 1 : Math.min(answered + 1, total);
  return (
    <div class="progress">
      <p class="progress-text" id="progress-text">
        {total === null ? format(t.interview.progressStart, { answered: shown }) : format(t.interview.progress, { answered: shown, total })}
      </p>
      <progress max={total ?? 1} value={total === null ? 0 : answered} aria-labelledby="progress-text" />
    </div>
  );
}
