/** The start page: what Stride does and does not do, how long it takes, privacy, and what to do in an emergency. */
import { useState } from 'preact/hooks';
import { EmergencyCall } from '../components/EmergencyCall.js';
import { useFocusOnChange } from '../components/focus.js';
import { emergencyNumber, format, t } from '../i18n/index.js';
import type { Interview } from '../state/use-interview.js';
import { hrefOf } from '../state/use-route.js';

export function StartScreen({ interview }: { readonly interview: Interview }) {
  const headingRef = useFocusOnChange<HTMLHeadingElement>('start');
  const [cleared, setCleared] = useState(false);
  const started = Object.keys(interview.state.answers).length > 0;

  return (
    <section class="page start">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.start.title}
      </h1>
      <p class="lead">{t.start.lead}</p>
      <ul class="facts">
        <li>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="12" cy="12" r="9" />
            <path d="M12 7v5l3 2" />
          </svg>
          {t.start.time}
        </li>
        <li>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <rect x="5" y="10" width="14" height="10" rx="2" />
            <path d="M8 10V7a4 4 0 0 1 8 0v3" />
          </svg>
          {t.start.privacy}
        </li>
      </ul>
      <div class="start-actions">
        {started ? (
          <>
            <a class="button button-primary" href={hrefOf('questions')}>
              {t.start.resume}
            </a>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                interview.reset();
                setCleared(true);
              }}
            >
              {t.start.restart}
            </button>
          </>
        ) : (
          <a class="button button-primary" href={hrefOf('questions')}>
            {t.start.begin}
          </a>
        )}
      </div>
      <p role="status" class="status">
        {cleared && !started ? t.start.restartDone : ''}
      </p>
      <aside class="emergency-box" aria-labelledby="emergency-title">
        <h2 id="emergency-title">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 3l10 18H2z" />
            <path d="M12 10v5M12 18v.5" />
          </svg>
          {t.start.emergencyTitle}
        </h2>
        <p>{format(t.start.emergencyText, { number: emergencyNumber() })}</p>
        <ul>
          {t.start.emergencySigns.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
        <EmergencyCall label={t.start.callButton} />
      </aside>
      <div class="two-columns">
        <section aria-labelledby="does-title">
          <h2 id="does-title">{t.start.doesTitle}</h2>
          <ul class="ticks">
            {t.start.does.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="does-not-title">
          <h2 id="does-not-title">{t.start.doesNotTitle}</h2>
          <ul class="crosses">
            {t.start.doesNot.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
      <p>
        <a href={hrefOf('supplements')}>{t.start.supplementsLink}</a>
      </p>
      <p>
        <a href={hrefOf('open')}>{t.save.openLink}</a>
      </p>
    </section>
  );
}
