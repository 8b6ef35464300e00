/** The page a share link opens (/share/{token}): fetches the clinician summary with the link's token only, and says plainly when the link has expired or was stopped. */
import { api } from '../api/client.js';
import { t } from '../i18n/index.js';
import { useLoad } from '../state/use-load.js';
import { ClinicianSummaryView } from './ClinicianSummaryView.js';
import { LanguageSwitch, TranslationNote } from '../components/LanguageSwitch.js';

function Frame({ children }: { readonly children: preact.ComponentChildren }) {
  return (
    <>
      <header class="site-header">
        <span class="brand">
          <span class="brand-name">{t.app.name}</span>
          <span class="brand-tagline">{t.app.tagline}</span>
        </span>
        <LanguageSwitch />
      </header>
      <TranslationNote />
      <main id="main" class="clinician-main">
        {children}
      </main>
      <footer class="site-footer">
        <p>{t.app.notDiagnosis}</p>
      </footer>
    </>
  );
}

export function ClinicianPage({ token }: { readonly token: string }) {
  const { state } = useLoad(() => api.summary(token), [token]);
  if (state.kind === 'ok') {
    return (
      <Frame>
        <ClinicianSummaryView summary={state.data} />
      </Frame>
    );
  }
  const text =
    state.kind === 'loading' ? t.clinician.loading : state.status === 410 ? t.clinician.gone : state.status === 404 ? t.clinician.notFound : t.clinician.failed;
  return (
    <Frame>
      <h1 tabIndex={-1} data-share-status={state.kind === 'failed' ? String(state.status) : 'loading'}>
        {state.kind === 'loading' ? t.clinician.title : text}
      </h1>
      {state.kind === 'loading' ? <p role="status">{text}</p> : null}
    </Frame>
  );
}
