/** What a "my walking" page shows before anything is saved: how to save, or open results saved elsewhere. */
import { t } from '../../i18n/index.js';
import { hrefOf } from '../../state/use-route.js';

export function NotSaved({ title, erased }: { readonly title: string; readonly erased: boolean }) {
  return (
    <section class="page">
      <h1 tabIndex={-1}>{title}</h1>
      {erased ? (
        <p class="notice" role="status">
          {t.share.erased}
        </p>
      ) : null}
      <p>{t.my.notSaved}</p>
      <div class="actions">
        <a class="button button-primary" href={hrefOf('start')}>
          {t.my.startCheck}
        </a>
        <a class="button button-secondary" href={hrefOf('open')}>
          {t.my.openOther}
        </a>
      </div>
    </section>
  );
}
