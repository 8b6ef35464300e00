/** Picks the catalogue, fills in `{name}` values, and formats dates, numbers and the emergency number by locale. */
import { catalogueOf, setKnowledgeTexts } from '../engine.js';
import { en, type Catalogue } from './en.js';
import { madeOnce } from './made-once.js';
import { pluralForm, type PluralForms } from './plural.js';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The active catalogue (live: it changes when the language does). English is built in; Spanish loads on demand. */
export let t: Catalogue = en;
/** The page's language. */
export let language: Language = 'en';
/** Shown on every page of a translation not yet reviewed by a clinician; null for English. */
export let translationNote: string | null = null;

const LANGUAGE_KEY = 'stride.language.v1';
const listeners = new Set<() => void>();

/** Calls `listener` after each change of language (the entry point re-renders the page). */
export function onLanguageChange(listener: () => void): void {
  listeners.add(listener);
}

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((candidate) => candidate === value);
}

/** The language chosen before on this device, else the first of the browser's languages Stride has, else English. */
export function preferredLanguage(): Language {
  try {
    const chosen = localStorage.getItem(LANGUAGE_KEY);
    if (isLanguage(chosen)) {
      return chosen;
    }
  } catch {
    // No storage: go by the browser.
  }
  const wanted = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of wanted) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(base)) {
      return base;
    }
  }
  return 'en';
}

/** Switches the page to a language: its catalogue, the knowledge's texts, and <html lang>. */
export async function setLanguage(next: Language): Promise<void> {
  if (next === 'es') {
    const [ui, knowledge] = await Promise.all([import('./es.js'), import('virtual:stride-knowledge-texts/es')]);
    t = ui.es;
    translationNote = ui.REVIEW_NOTE;
    setKnowledgeTexts(catalogueOf(knowledge.default));
  } else {
    t = en;
    translationNote = null;
    setKnowledgeTexts(null);
  }
  language = next;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next;
  }
  for (const listener of listeners) {
    listener();
  }
}

/** The person switched language: remember it, then show the page in it. */
export async function switchLanguage(next: Language): Promise<void> {
  rememberLanguage(next);
  await setLanguage(next);
}

/** Remembers the person's choice on this device, so the next visit opens in it. */
export function rememberLanguage(chosen: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, chosen);
  } catch {
    // Storage refused: the choice lasts for this visit.
  }
}

/** Fills `{name}` in a catalogue text; a missing value is left visible rather than silently dropped. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * The locale for dates, numbers and the emergency number: the browser's first locale in the page's
 * language, else the page's language in the browser's region ("es" on an en-GB browser is "es-GB",
 * so the emergency number stays 999); "en-US" when there is no browser (tests).
 */
export function currentLocale(): string {
  if (typeof navigator === 'undefined') {
    return 'en-US';
  }
  const tags = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const same = tags.find((tag) => tag.split('-')[0]?.toLowerCase() === language);
  if (same !== undefined) {
    return same;
  }
  let region: string | undefined;
  try {
    region = new Intl.Locale(tags[0] ?? 'en').maximize().region;
  } catch {
    region = undefined;
  }
  return region === undefined ? language : `${language}-${region}`;
}

/** Intl formats by locale and options, made once (made-once.ts). */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = currentLocale();
  return madeOnce(numberFormats, `${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** A date format for `locale` (by default the page's), made once per locale and options. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions, locale: string = currentLocale()): Intl.DateTimeFormat {
  return madeOnce(dateTimeFormats, `${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  // Whole numbers below 1000 read the same in every language this page speaks (Latin digits, no
  // separator), and the first number format made costs about 100 ms on a slow phone: the question
  // screen's "Question 5 of about 20" should not wait for it.
  if (Object.keys(options).length === 0 && Number.isInteger(value) && Math.abs(value) < 1000) {
    return String(value);
  }
  return numberFormat({ maximumFractionDigits: 1, ...options }).format(value);
}

export function formatPercent(probability: number): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(probability);
}

export function formatDate(date: Date): string {
  return dateTimeFormat({ dateStyle: 'long', timeStyle: 'short' }).format(date);
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

/** The form Intl.PluralRules picks for `count` in the page's locale, with `{count}` filled in ("1 week", "2 weeks"). */
export function plural(forms: PluralForms, count: number, values: Readonly<Record<string, string | number>> = {}): string {
  return format(pluralForm(forms, count, currentLocale()), { count, ...values });
}
