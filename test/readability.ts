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
