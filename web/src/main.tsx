/** Entry point: renders the app (or a share link's clinician summary) and registers the offline service worker in production builds. */
import { render } from 'preact';
import { App } from './app.js';
import './styles/main.css';
import './styles/my.css';
import './styles/print.css';

const root = document.getElementById('app');
/** A share link (/share/{token}) opens the clinician summary, loaded on demand; any other path is the app. */
const share = /\/share\/([A-Za-z0-9_-]{1,200})$/.exec(location.pathname);
if (root !== null && share?.[1] !== undefined) {
  const token = share[1];
  void import('./clinician/ClinicianPage.js').then(({ ClinicianPage }) => {
    render(<ClinicianPage token={token} />, root);
  });
} else if (root !== null) {
  render(<App />, root);
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // After load, so caching the app never competes with showing it.
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // No offline support (e.g. a private window); the app works online as before.
    });
  });
}
