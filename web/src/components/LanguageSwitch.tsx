/** The switch to the other language, written in that language, and the note that the translation is not yet reviewed by a clinician. */
import { useState } from 'preact/hooks';
import { switchLanguage, t, translationNote, type Language } from '../i18n/index.js';

export function LanguageSwitch() {
  const [busy, setBusy] = useState(false);
  const other = t.app.otherLanguageCode as Language;
  return (
    <button
      type="button"
      class="language-switch"
      lang={other}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void switchLanguage(other).finally(() => {
          setBusy(false);
        });
      }}
    >
      {t.app.otherLanguage}
    </button>
  );
}

export function TranslationNote() {
  return translationNote === null ? null : (
    <p class="translation-note" role="note">
      {translationNote}
    </p>
  );
}
