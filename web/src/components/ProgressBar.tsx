/** The interview's progress: a native progress element with the same fact in words beside it. */
import { format, t } from '../i18n/index.js';

export function ProgressBar({ answered, total }: { readonly answered: number; readonly total: number }) {
  const shown = Math.min(answered + 1, total);
  return (
    <div class="progress">
      <p class="progress-text" id="progress-text">
        {format(t.interview.progress, { answered: shown, total })}
      </p>
      <progress max={total} value={answered} aria-labelledby="progress-text" />
    </div>
  );
}
