/** What needs attention (a warning sign at the latest check-in, or a worsening trend), shown on progress, the diary and the walking plan until a clean check-in clears it. */
import type { Attention } from '../../api/types.js';
import { translated } from '../../engine.js';
import { format, t } from '../../i18n/index.js';
import { formatDay } from '../../state/dates.js';
import { hrefOf } from '../../state/use-route.js';
import { EmergencyCall } from '../EmergencyCall.js';

export function AttentionNotice({ attention }: { readonly attention: Attention | null | undefined }) {
  if (attention === null || attention === undefined) {
    return null;
  }
  return (
    <section class={`warning-box triage-${attention.level}`} role="alert" aria-labelledby="attention-title" data-attention-level={attention.level}>
      <h2 id="attention-title">{t.checkin.attentionTitle}</h2>
      <p>
        <strong>{t.result.levels[attention.level]}</strong> {format(t.checkin.attentionSince, { date: formatDay(attention.since) })}
      </p>
      {attention.level === 'emergency' ? <EmergencyCall label={t.result.callButton} /> : null}
      {attention.reasons.length === 0 ? null : (
        <ul>
          {attention.reasons.map((reason) => (
            <li key={reason.feature}>{translated(reason.text)}</li>
          ))}
        </ul>
      )}
      {attention.from.includes('trend') ? <p>{t.checkin.attentionTrend}</p> : null}
      <p>{t.checkin.attentionClear}</p>
      <div class="actions">
        {attention.from.includes('trend') ? (
          // Worse walking sends the person back to their triage advice first, as before check-ins.
          <a class="button button-primary" href={hrefOf('result')}>
            {t.progress.warningAction}
          </a>
        ) : null}
        <a class={`button ${attention.from.includes('trend') ? 'button-secondary' : 'button-primary'}`} href={hrefOf('checkin')}>
          {t.checkin.offerLink}
        </a>
        {attention.asks.includes('assessment') ? (
          <a class="button button-secondary" href={hrefOf('history')}>
            {t.progress.retake}
          </a>
        ) : null}
      </div>
    </section>
  );
}

/** The offer of a check-in, after a walk or a walking test is saved, and once a week. */
export function CheckinOffer({ weekly = false }: { readonly weekly?: boolean }) {
  return (
    <p class="checkin-offer" data-checkin-offer={weekly ? 'weekly' : 'after-walk'}>
      {weekly ? t.checkin.weekly : t.checkin.offer}{' '}
      <a href={hrefOf('checkin')}>{t.checkin.offerLink}</a>
    </p>
  );
}
