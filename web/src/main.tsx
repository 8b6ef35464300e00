/**
 * Entry point: puts the page in the person's language (Spanish loads first when it is theirs),
 * renders the app (or a share link's clinician summary), renders it again when the language
 * changes, and registers the offline service worker in production builds.
 */
import { render } from 'preact';
import { App } from './app.js';
import { language, onLanguageChange, preferredLanguage, setLanguage } from './i18n/index.js';
import './styles/main.css';
import './styles/my.css';
import './styles/print.css';

const root = document.getElementById('app');
/** A share link (/share/{token}) opens the clinician summary, loaded on demand; any other path is the app. */
const share = /\/share\/([A-Za-z0-9_-]{1,200})$/.exec(location.pathname);

function show(): void {
  if (root === null) {
    return;
  }
  if (share?.[1] !== undefined) {
    const token = share[1];
    void import('./clinician/ClinicianPage.js').then(({ ClinicianPage }) => {
      render(<ClinicianPage key={language} token={token} />, root);
    });
  } else {
    // A new key per language: every component reads the catalogue again.
    render(<App key={language} />, root);
  }
}

onLanguageChange(show);
const wanted = preferredLanguage();
if (wanted === 'en') {
  show();
} else {
  setLanguage(wanted).catch(() => {
    // The translation could not load (offline before it was cached): English rather than nothing.
    show();
  });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // After load, so caching the app never competes with showing it.
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // No offline support (e.g. a private window); the app works online as before.
    });
  });
}
