/**
 * "Read aloud": the browser's own speech (speechSynthesis) reads the text in the page's language,
 * on the device, with a slower speed to choose (remembered). Nothing is sent anywhere; where the
 * browser has no speech, the button is not shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.js';

const SLOW_KEY = 'stride.read-slowly.v1';
/** Rates relative to the voice's normal speed; 0.75 is slow but still natural in English and Spanish. */
const NORMAL_RATE = 1;
const SLOW_RATE = 0.75;

function speechOf(): SpeechSynthesis | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

function loadSlow(): boolean {
  try {
    return localStorage.getItem(SLOW_KEY) === '1';
  } catch {
    return false;
  }
}

function saveSlow(slow: boolean): void {
  try {
    localStorage.setItem(SLOW_KEY, slow ? '1' : '0');
  } catch {
    // Storage refused: the choice lasts for this page.
  }
}

/** A voice for the page's language, when the device has one ("es-MX" matches "es"). */
function voiceFor(speech: SpeechSynthesis, lang: string): SpeechSynthesisVoice | undefined {
  const base = lang.split('-')[0]?.toLowerCase() ?? '';
  const voices = speech.getVoices();
  return voices.find((voice) => voice.lang.toLowerCase() === lang.toLowerCase()) ?? voices.find((voice) => voice.lang.toLowerCase().startsWith(base));
}

/** Speaks one text; an earlier one still speaking is stopped first. */
export function speak(text: string, slow: boolean, onEnd: () => void): void {
  const speech = speechOf();
  if (speech === undefined) {
    return;
  }
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = document.documentElement.lang || 'en';
  const voice = voiceFor(speech, utterance.lang);
  if (voice !== undefined) {
    utterance.voice = voice;
  }
  utterance.rate = slow ? SLOW_RATE : NORMAL_RATE;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  speech.speak(utterance);
}

/** The parts become sentences: each ends with a full stop unless it has its own, so the voice pauses between them. */
export function spokenText(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (/[.!?:]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

export function ReadAloud({ parts }: { readonly parts: readonly string[] }) {
  const [speaking, setSpeaking] = useState(false);
  const [slow, setSlow] = useState(loadSlow);
  // Leaving the screen stops the voice: it must not read a question that is no longer shown.
  useEffect(
    () => () => {
      speechOf()?.cancel();
    },
    [],
  );
  if (speechOf() === undefined) {
    return null;
  }
  return (
    <div class="read-aloud">
      <button
        type="button"
        class={speaking ? 'button button-secondary read-aloud-button read-aloud-speaking' : 'button button-secondary read-aloud-button'}
        onClick={() => {
          if (speaking) {
            speechOf()?.cancel();
            setSpeaking(false);
            return;
          }
          setSpeaking(true);
          speak(spokenText(parts), slow, () => {
            setSpeaking(false);
          });
        }}
      >
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11" />
        </svg>
        {/* Both labels hold the button's width, so the answers below never move while it reads. */}
        <span class="read-aloud-labels">
          <span class={speaking ? undefined : 'read-aloud-label-hidden'}>{t.readAloud.stop}</span>
          <span class={speaking ? 'read-aloud-label-hidden' : undefined}>{t.readAloud.read}</span>
        </span>
      </button>
      <label class="check read-aloud-slow">
        <input
          type="checkbox"
          checked={slow}
          onChange={(event) => {
            setSlow(event.currentTarget.checked);
            saveSlow(event.currentTarget.checked);
          }}
        />
        <span>{t.readAloud.slowly}</span>
      </label>
    </div>
  );
}
