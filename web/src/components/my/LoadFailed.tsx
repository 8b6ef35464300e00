/** A failed load, said plainly, with a way to try again. */
import { t } from '../../i18n/index.js';

export function LoadFailed({ status, onRetry }: { readonly status: number; readonly onRetry: () => void }) {
  const text = status === 0 ? t.my.offline : status === 401 || status === 404 ? t.my.gone : t.my.failed;
  return (
    <div class="notice" role="alert">
      <p>{text}</p>
      <button type="button" class="button button-secondary" onClick={onRetry}>
        {t.my.tryAgain}
      </button>
    </div>
  );
}
