/** Calendar dates by Intl in the person's time zone: today as YYYY-MM-DD, and dates shown in their locale. */
import { dateTimeFormat } from '../i18n/index.js';

/** Today where the person is, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const parts = dateTimeFormat({ year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-US').formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A YYYY-MM-DD calendar date in the reader's words ("Mar 9, 2026"); no time zone applies to it. */
export function formatDay(iso: string, style: 'medium' | 'short' = 'medium'): string {
  return dateTimeFormat({ dateStyle: style, timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** An instant (ISO timestamp) as a date in the reader's time zone. */
export function formatInstant(iso: string): string {
  return dateTimeFormat({ dateStyle: 'medium' }).format(new Date(iso));
}

/** A date `days` before a YYYY-MM-DD date. */
export function daysBeforeIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
