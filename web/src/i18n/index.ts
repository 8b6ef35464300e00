/** Picks the catalogue, fills in `{name}` values, and formats dates, numbers and the emergency number by locale. */
import { en, type Catalogue } from './en.js';

/** The active catalogue. Only English exists today; another language is another `Catalogue`. */
export const t: Catalogue = en;

/** Fills `{name}` in a catalogue text; a missing value is left visible rather than silently dropped. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The reader's locale as the browser reports it; "en-US" when there is no browser (tests). */
export function currentLocale(): string {
  return typeof navigator === 'undefined' ? 'en-US' : (navigator.languages[0] ?? navigator.language);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1, ...options }).format(value);
}

export function formatPercent(probability: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(probability);
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Regions whose emergency number is not 112. Unlisted regions get 112, which works across the EU and on most mobile phones. */
const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  US: '911', CA: '911', MX: '911', PR: '911', PH: '911', AR: '911',
  GB: '999', IE: '112', HK: '999', MY: '999', SG: '995',
  AU: '000', NZ: '111', ZA: '112', JP: '119', KR: '119', CN: '120', TW: '119', IN: '112', BR: '192',
};

/** The local emergency number for a locale such as "en-GB"; a locale without a region is widened by Intl ("en" is "en-US"). */
export function emergencyNumber(locale: string = currentLocale()): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return (region === undefined ? undefined : EMERGENCY_NUMBERS[region]) ?? '112';
}
