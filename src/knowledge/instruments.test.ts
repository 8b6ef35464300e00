/** Specifies the instrument register: every shipped instrument listed in docs/instruments.md with the checksum of its exact wording, and every number sourced. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instrumentWording } from '../engine/measures.js';
import { KNOWLEDGE } from './index.js';
import { ALL_INSTRUMENTS, INSTRUMENT_SOURCES, INSTRUMENTS } from './instruments.js';
import { sourceSchema } from './schema.js';

const register = readFileSync(new URL('../../docs/instruments.md', import.meta.url), 'utf8');
const sourceIds = new Set([...KNOWLEDGE.sources, ...INSTRUMENT_SOURCES].map((source) => source.id));

/** The register's checksum for an instrument id: the last column of its row in the first table. */
function registeredChecksum(id: string): string | undefined {
  const row = register.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
  return row?.match(/`([0-9a-f]{64})`\s*\|\s*$/)?.[1];
}

describe('the instrument register', () => {
  it('lists every shipped instrument with the sha256 of the exact wording shipped', () => {
    for (const instrument of ALL_INSTRUMENTS) {
      const checksum = createHash('sha256').update(instrumentWording(instrument)).digest('hex');
      expect(registeredChecksum(instrument.id), instrument.id).toBe(checksum);
    }
  });

  it('ships the PEG in its published wording (Krebs 2009)', () => {
    const peg = INSTRUMENTS.find((instrument) => instrument.id === 'peg');
    expect(peg?.items.map((item) => item.text)).toStrictEqual([
      'What number best describes your pain on average in the past week?',
      'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
      'What number best describes how, during the past week, pain has interfered with your general activity?',
    ]);
  });

  it('ships none of the licensed instruments', () => {
    const ids = INSTRUMENTS.map((instrument) => instrument.id);
    for (const licensed of ['odi', 'rmdq', 'zcq', 'sssq', 'msk_hq', 'eq5d', 'promis']) {
      expect(ids.some((id) => id.startsWith(licensed))).toBe(false);
    }
    expect(register).toContain('## Not shipped');
  });

  it('gives every meaningful change and every instrument sources that exist', () => {
    for (const source of INSTRUMENT_SOURCES) {
      expect(sourceSchema.safeParse(source).success, source.id).toBe(true);
      expect(
        KNOWLEDGE.sources.some((known) => known.id === source.id),
        `${source.id} is defined once`,
      ).toBe(false);
    }
    for (const instrument of ALL_INSTRUMENTS) {
      for (const id of instrument.sources) {
        expect(sourceIds, `${instrument.id}: ${id}`).toContain(id);
      }
      for (const score of instrument.scores) {
        if (score.meaningfulChange === null) {
          expect(score.noMeaningfulChange, `${score.id} says why it has none`).toBeDefined();
        } else {
          expect(score.meaningfulChange.sources.length, score.id).toBeGreaterThan(0);
          for (const id of score.meaningfulChange.sources) {
            expect(sourceIds, `${score.id}: ${id}`).toContain(id);
          }
        }
      }
    }
  });

  it('has unique instrument and score ids, the primary score named as its instrument', () => {
    const scoreIds = ALL_INSTRUMENTS.flatMap((instrument) => instrument.scores.map((s) => s.id));
    expect(new Set(scoreIds).size).toBe(scoreIds.length);
    for (const instrument of ALL_INSTRUMENTS) {
      expect(instrument.scores[0]?.id).toBe(instrument.id);
    }
  });
});
