/**
 * The recovery code a person can write down: the profile token itself (256 random bits, the
 * server's format unchanged), written in Crockford base32 (digits and capitals without I, L, O,
 * U, read case-blind and forgiving of O for 0 and I or L for 1) in groups of four. The profile id
 * is not in it: GET /api/v1/profile tells which profile a token opens. Pure; no DOM.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The token is 32 bytes (src/store/tokens.ts): 52 base32 characters, 13 groups of 4. */
const TOKEN_BYTES = 32;
const GROUP = 4;

function bytesOfBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) {
    return null;
  }
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function base64UrlOf(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The token as grouped base32 ("7K3M 9QZX ..."); null for a token that is not 32 bytes of base64url. */
export function codeOfToken(token: string): string | null {
  const bytes = bytesOfBase64Url(token);
  if (bytes?.length !== TOKEN_BYTES) {
    return null;
  }
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31] ?? '';
      bits -= 5;
    }
  }
  if (bits > 0) {
    out += ALPHABET[(value << (5 - bits)) & 31] ?? '';
  }
  return (out.match(new RegExp(`.{1,${String(GROUP)}}`, 'g')) ?? []).join(' ');
}

/** The token a written or pasted code stands for; spaces, dashes and case do not matter. Null if it is not one. */
export function tokenOfCode(text: string): string | null {
  const clean = text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (clean.length !== Math.ceil((TOKEN_BYTES * 8) / 5)) {
    return null;
  }
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) {
      return null;
    }
    value = ((value << 5) | digit) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  // The last character carries 4 unused bits, always 0 in a real code.
  if ((value & ((1 << bits) - 1)) !== 0 || bytes.length !== TOKEN_BYTES) {
    return null;
  }
  return base64UrlOf(Uint8Array.from(bytes));
}
