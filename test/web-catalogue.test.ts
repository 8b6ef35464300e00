/** The web app's catalogues: English at US grade 6 or lower (NHS and US plain-language guidance); Spanish complete and plain by the Fernández-Huerta and INFLESZ formulas. */
import { describe, expect, test } from 'vitest';
import { en } from '../web/src/i18n/en.js';
import { es, REVIEW_NOTE } from '../web/src/i18n/es.js';
import { readingGrade, spanishReadability } from './readability.js';

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') {
    return [[path, value]];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => strings(item, `${path}[${String(index)}]`));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      strings(item, path === '' ? key : `${path}.${key}`),
    );
  }
  return [];
}

/** Placeholders such as {number} stand for a short value; read them as one short word. */
const readable = (text: string): string => text.replace(/\{\w+\}/g, 'it');
const wordCount = (text: string): number =>
  readable(text)
    .split(/\s+/)
    .filter((word) => /[A-Za-z]/.test(word)).length;

const ALL = strings(en, '');
/** Below this many words a grade formula measures noise (one long word scores like a thesis), so short labels are read together. */
const SHORT = 8;

describe('web catalogue plain language', () => {
  test.each(ALL.filter(([, text]) => wordCount(text) >= SHORT))(
    '%s reads at grade 6 or lower',
    (_path, text) => {
      expect(readingGrade(readable(text))).toBeLessThanOrEqual(6);
    },
  );

  test('the short labels, read together, are at grade 6 or lower', () => {
    const labels = ALL.filter(([, text]) => wordCount(text) < SHORT).map(([, text]) =>
      readable(text).replace(/[.:!?]*$/, '.'),
    );
    expect(labels.length).toBeGreaterThan(20);
    expect(readingGrade(labels.join(' '))).toBeLessThanOrEqual(6);
  });

  test('no label is empty and every placeholder is a plain name', () => {
    for (const [path, text] of ALL) {
      expect(text.trim(), path).not.toBe('');
      for (const placeholder of text.match(/\{[^}]*\}/g) ?? []) {
        expect(placeholder, path).toMatch(/^\{[a-z]+\}$/);
      }
    }
  });
});

const SPANISH = strings(es, '');
const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();

describe('web catalogue in Spanish', () => {
  test('has every text of the English catalogue, with the same placeholders', () => {
    const english = new Map(ALL);
    expect(SPANISH.map(([path]) => path)).toEqual(ALL.map(([path]) => path));
    for (const [path, text] of SPANISH) {
      expect(text.trim(), path).not.toBe('');
      expect(placeholders(text), path).toEqual(placeholders(english.get(path) ?? ''));
    }
  });

  test.each(SPANISH.filter(([, text]) => spanishReadability(readable(text)).words >= 10))(
    '%s is plain Spanish (INFLESZ 55 or more: "normal")',
    (_path, text) => {
      expect(spanishReadability(readable(text)).inflesz).toBeGreaterThanOrEqual(55);
    },
  );

  test('read together, it is "algo fácil" or easier (Fernández-Huerta 70 or more, school grade 6)', () => {
    const all = spanishReadability(SPANISH.map(([, text]) => readable(text)).join(' '));
    expect(all.words).toBeGreaterThan(1000);
    expect(all.fernandezHuerta).toBeGreaterThanOrEqual(70);
    expect(all.inflesz).toBeGreaterThanOrEqual(65);
  });

  test('says the translation is not yet reviewed by a clinician, plainly', () => {
    expect(REVIEW_NOTE).toMatch(/no lo ha revisado un médico/);
    expect(spanishReadability(REVIEW_NOTE).inflesz).toBeGreaterThanOrEqual(55);
  });
});

describe('Spanish readability formulas', () => {
  test('count Spanish syllables by vowel groups, diphthongs and hiatus', async () => {
    const { spanishSyllables } = await import('./readability.js');
    const expected: Record<string, number> = {
      caminar: 3,
      piernas: 2,
      día: 2,
      hoy: 1,
      que: 1,
      guerra: 2,
      pingüino: 3,
      leer: 2,
      fisioterapeuta: 6,
      reumatólogo: 5,
    };
    for (const [word, count] of Object.entries(expected)) {
      expect(spanishSyllables(word), word).toBe(count);
    }
  });

  test('score a short plain sentence as easy and a long technical one as hard', () => {
    const easy = spanishReadability('Camine un poco cada día. Pare si le duele.');
    const hard = spanishReadability(
      'La claudicación neurógena intermitente se caracteriza por sintomatología radicular bilateral desencadenada por la bipedestación prolongada y la deambulación.',
    );
    expect(easy.fernandezHuerta).toBeGreaterThan(90);
    expect(easy.inflesz).toBeGreaterThan(80);
    expect(hard.fernandezHuerta).toBeLessThan(30);
    expect(hard.inflesz).toBeLessThan(30);
  });
});

describe('web catalogue plural forms', () => {
  test('every count-dependent text has the "one" and "other" forms, each with {count}, in both languages', async () => {
    const { pluralForm } = await import('../web/src/i18n/plural.js');
    const plural = (forms: { one: string; other: string }, count: number, locale = 'en-US'): string =>
      pluralForm(forms, count, locale).replace('{count}', String(count));
    const pluralPaths = ALL.filter(([path]) => path.endsWith('.one')).map(([path]) => path.slice(0, -'.one'.length));
    expect(pluralPaths).toEqual(expect.arrayContaining(['progress.notEnough', 'shoes.noDistance', 'program.basedOn']));
    const all = new Map<string, string>([...ALL.map(([path, text]) => [`en:${path}`, text] as const), ...SPANISH.map(([path, text]) => [`es:${path}`, text] as const)]);
    for (const base of pluralPaths) {
      for (const lang of ['en', 'es']) {
        expect(all.get(`${lang}:${base}.one`), base).toContain('{count}');
        expect(all.get(`${lang}:${base}.other`), base).toContain('{count}');
      }
    }
    expect(plural(en.progress.notEnough, 1)).toContain('You have 1 such week so far.');
    expect(plural(en.progress.notEnough, 2)).toContain('You have 2 such weeks so far.');
    expect(plural(en.progress.notEnough, 0)).toContain('You have 0 such weeks so far.');
    expect(plural(es.shoes.noDistance, 1, 'es-ES')).toBe('1 paseo no tenía distancia, así que el total real es mayor.');
    expect(plural(es.shoes.noDistance, 3, 'es-ES')).toBe('3 paseos no tenían distancia, así que el total real es mayor.');
  });

  test('the walking test is saved under a note the diary tells apart in every language', async () => {
    const { isWalkTest } = await import('../src/engine/walk-test.js');
    for (const catalogue of [en, es]) {
      expect(isWalkTest({ note: catalogue.walkTest.title })).toBe(true);
    }
  });
});
