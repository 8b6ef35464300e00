/** Entry point: renders the app and registers the offline service worker in production builds. */
import { render } from 'preact';
import { App } from './app.js';
import './styles/main.css';
import './styles/print.css';

const root = document.getElementById('app');
if (root !== null) {
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
