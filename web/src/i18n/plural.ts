/** Picks a count's plural form by Intl.PluralRules (CLDR): English and Spanish need "one" and "other". No DOM, so the catalogue tests can use it. */
import { madeOnce } from './made-once.js';

/** A text that depends on a count, each form with `{count}`. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

/** Made once per locale: a list asks for it on every row. */
const pluralRules = new Map<string, Intl.PluralRules>();

/** The form for `count` in `locale` ("one" for 1 in English and Spanish, "other" for 0, 2, 1.5...). */
export function pluralForm(forms: PluralForms, count: number, locale: string): string {
  return madeOnce(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count) === 'one' ? forms.one : forms.other;
}
