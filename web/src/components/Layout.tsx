/** The frame around every page: skip link, header with the main links, the page, and the not-a-diagnosis footer. */
import type { ComponentChildren } from 'preact';
import { t } from '../i18n/index.js';
import { hrefOf, type Route } from '../state/use-route.js';
import { SAVED_PROFILE_ROUTES } from '../state/saved-profile-routes.js';
import { LanguageSwitch, TranslationNote } from './LanguageSwitch.js';
import { RunningTestBanner } from './my/RunningTestBanner.js';

interface Props {
  readonly route: Route;
  /** Results are saved: show the link to the walking pages. */
  readonly saved: boolean;
  /** The saved profile's id: a walking test it runs shows on every screen. */
  readonly profileId: string | null;
  readonly children: ComponentChildren;
}

/** A function, so the labels follow the language chosen. */
const nav = (): readonly { readonly route: Route; readonly label: string }[] => [
  { route: 'supplements', label: t.app.navSupplements },
  { route: 'report', label: t.app.navReport },
];

export function Layout({ route, saved, profileId, children }: Props) {
  const links = saved ? [{ route: 'progress' as const, label: t.my.navLabel }, ...nav()] : nav();
  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {t.app.skipToContent}
      </a>
      <header class="site-header">
        <a class="brand" href={hrefOf('start')}>
          <svg class="brand-mark" viewBox="0 0 64 64" aria-hidden="true">
            <rect width="64" height="64" rx="14" />
            <circle cx="34" cy="14" r="6" />
            <path d="M33 22l-6 14 8 6-3 14M27 36l-8 8M31 26l10 6" />
          </svg>
          <span class="brand-name">{t.app.name}</span>
          <span class="brand-tagline">{t.app.tagline}</span>
        </a>
        <nav aria-label={t.app.navLabel}>
          <ul class="nav-list">
            {links.map((item) => (
              <li key={item.route}>
                <a
                  href={hrefOf(item.route)}
                  aria-current={item.route === route || (item.route === 'progress' && (SAVED_PROFILE_ROUTES as readonly Route[]).includes(route)) ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <TranslationNote />
      <main id="main" tabIndex={-1}>
        {route === 'walk-test' ? null : <RunningTestBanner profileId={profileId} />}
        {children}
      </main>
      <footer class="site-footer">
        <p>{t.app.notDiagnosis}</p>
      </footer>
    </>
  );
}

/** "#main" would be read as a route change; move focus by hand instead. */
function skipToMain(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
