/** The trend in plain words: improving, stable, worsening or not enough data, and the numbers that say why. */
import type { Trend } from '../../api/types.js';
import { format, formatNumber, plural, t } from '../../i18n/index.js';
import type { PluralForms } from '../../i18n/plural.js';

const ICONS: Readonly<Record<Trend['status'], string>> = {
  improving: '↗',
  stable: '→',
  worsening: '↘',
  not_enough_data: '…',
};

const figure = (value: number | null): string => (value === null ? t.progress.noFigure : formatNumber(value));

/** The words that address the reader: the person on their progress page, the clinician (about the person) on the share page. */
export interface TrendVoice {
  readonly title: string;
  readonly notEnough: PluralForms;
  readonly ruleLink: string;
}

const personVoice = (): TrendVoice => ({ title: t.progress.trendTitle, notEnough: t.progress.notEnough, ruleLink: t.progress.ruleLink });

export function TrendCard({ trend, voice = personVoice() }: { readonly trend: Trend; readonly voice?: TrendVoice }) {
  return (
    <section class={`trend trend-${trend.status}`} aria-labelledby="trend-title" data-trend={trend.status}>
      <h2 id="trend-title">{voice.title}</h2>
      <p class="trend-status">
        <span class="trend-icon" aria-hidden="true">
          {ICONS[trend.status]}
        </span>
        {t.progress.trend[trend.status]}
      </p>
      {trend.status === 'not_enough_data' ? (
        <p>{plural(voice.notEnough, trend.countedWeeks)}</p>
      ) : (
        <ul>
          <li>{format(t.progress.tolerance, { earlier: figure(trend.tolerance.earlier), recent: figure(trend.tolerance.recent) })}</li>
          <li>{format(t.progress.pain, { earlier: figure(trend.painAfter.earlier), recent: figure(trend.painAfter.recent) })}</li>
        </ul>
      )}
      <p class="hint">{voice.ruleLink}</p>
    </section>
  );
}
