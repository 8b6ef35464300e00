/** Flesch-Kincaid grade of a person-facing text, for the plain-language tests. */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Words inside brackets are medical terms given for the clinician; they are not scored. */
export function readingGrade(text: string): number {
  const plain = text.replace(/\([^)]*\)/g, ' ');
  const sentences = Math.max(
    1,
    plain.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim().length > 0).length,
  );
  const words = plain.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  if (words.length === 0) {
    return 0;
  }
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
}

/** Spanish vowels that keep their own syllable next to another vowel: the strong ones, and a stressed i or u. */
const SPANISH_STRONG = /[aeoáéóíú]/;
const SPANISH_VOWEL = /[aeiouáéíóúü]/;

/**
 * Syllables of one Spanish word by its vowel groups: a diphthong or triphthong (weak i/u/ü with a
 * vowel) is one syllable; two strong vowels, or a stressed í/ú, are two (hiatus). The u of
 * que/qui/gue/gui is silent, and a final y after a vowel (hoy, muy) belongs to the diphthong.
 */
export function spanishSyllables(word: string): number {
  let text = word.toLowerCase().replace(/[qg]u(?=[eiéí])/g, (pair) => pair[0] ?? '');
  text = text === 'y' ? 'i' : text.replace(/(?<=[aeiouáéíóú])y$/, 'i');
  let count = 0;
  let previous = '';
  for (const letter of text) {
    if (!SPANISH_VOWEL.test(letter)) {
      previous = '';
      continue;
    }
    const hiatus = previous !== '' && SPANISH_STRONG.test(previous) && SPANISH_STRONG.test(letter);
    const stressedWeak = previous !== '' && (/[íú]/.test(letter) || /[íú]/.test(previous));
    if (previous === '' || hiatus || stressedWeak) {
      count += 1;
    }
    previous = letter;
  }
  return Math.max(1, count);
}

export interface SpanishReadability {
  /** Fernández-Huerta (1959) as corrected by Law (2011): 206.84 - 60 syllables/word - 1.02 words/sentence; 70-80 is "algo fácil", school grade 6. */
  readonly fernandezHuerta: number;
  /** Szigriszt-Pazos perspicuity, read on the INFLESZ scale (Barrio-Cantalejo 2008): 206.835 - 62.3 syllables/word - words/sentence; 55 or more is "normal", fit for the public. */
  readonly inflesz: number;
  readonly words: number;
}

/** Both Spanish formulas over a text; words inside brackets (medical terms for the clinician) are not scored, as for English. */
export function spanishReadability(text: string): SpanishReadability {
  const plain = text.replace(/\([^)]*\)/g, ' ');
  const sentences = Math.max(1, plain.split(/[.!?:;¿¡]+(?:\s|$)/).filter((s) => /\p{L}/u.test(s)).length);
  const words = plain.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  if (words.length === 0) {
    return { fernandezHuerta: 100, inflesz: 100, words: 0 };
  }
  const syllablesPerWord = words.reduce((sum, word) => sum + spanishSyllables(word), 0) / words.length;
  const wordsPerSentence = words.length / sentences;
  return {
    fernandezHuerta: 206.84 - 60 * syllablesPerWord - 1.02 * wordsPerSentence,
    inflesz: 206.835 - 62.3 * syllablesPerWord - wordsPerSentence,
    words: words.length,
  };
}
