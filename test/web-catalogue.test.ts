/** The web app's English catalogue: every person-facing string reads at grade 8 or lower. */
import { describe, expect, test } from 'vitest';
import { en } from '../web/src/i18n/en.js';
import { readingGrade } from './readability.js';

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
    '%s reads at grade 8 or lower',
    (_path, text) => {
      expect(readingGrade(readable(text))).toBeLessThanOrEqual(8);
    },
  );

  test('the short labels, read together, are at grade 8 or lower', () => {
    const labels = ALL.filter(([, text]) => wordCount(text) < SHORT).map(([, text]) =>
      readable(text).replace(/[.:!?]*$/, '.'),
    );
    expect(labels.length).toBeGreaterThan(20);
    expect(readingGrade(labels.join(' '))).toBeLessThanOrEqual(8);
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
