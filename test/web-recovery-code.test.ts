/** The recovery code: the 256-bit profile token in grouped Crockford base32, read back whatever the case, spacing or O/0 and I/L/1 mix-ups. */
import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { codeOfToken, tokenOfCode } from '../web/src/state/recovery-code.js';

const token = (): string => randomBytes(32).toString('base64url');

describe('recovery code', () => {
  test('writes a 256-bit token as 13 groups of 4 characters a person can copy by hand', () => {
    const code = codeOfToken(token()) ?? '';
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4} ){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(code.replace(/ /g, '')).toHaveLength(52);
  });

  test('reads back the same token from 200 random codes', () => {
    for (let i = 0; i < 200; i += 1) {
      const original = token();
      expect(tokenOfCode(codeOfToken(original) ?? '')).toBe(original);
    }
  });

  test('forgives lower case, dashes, line breaks and O for 0, I or L for 1', () => {
    const original = Buffer.alloc(32, 0).toString('base64url');
    const code = codeOfToken(original) ?? '';
    expect(code.startsWith('0000 0000')).toBe(true);
    const written = code.toLowerCase().replace(/0/g, 'o').replace(/ /g, '-').replace('oooo-', 'oooo\n');
    expect(tokenOfCode(written)).toBe(original);
    const ones = Buffer.from(Array.from({ length: 32 }, () => 0x08)).toString('base64url');
    expect(tokenOfCode((codeOfToken(ones) ?? '').replace(/1/g, 'l'))).toBe(ones);
  });

  test('refuses a code with a character missing, one too many, a letter not in the alphabet, or a token of another size', () => {
    const code = (codeOfToken(token()) ?? '').replace(/ /g, '');
    expect(tokenOfCode(code.slice(1))).toBeNull();
    expect(tokenOfCode(`${code}A`)).toBeNull();
    expect(tokenOfCode(`U${code.slice(1)}`)).toBeNull();
    expect(codeOfToken(randomBytes(16).toString('base64url'))).toBeNull();
    expect(codeOfToken('not a token!')).toBeNull();
  });
});
