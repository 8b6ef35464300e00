/**
 * Checks the shape of the published-case benchmark (test/vignettes/published): every file is a
 * well-formed vignette in CONTRACT feature ids, with a citation, a licence and the source's
 * diagnosis as gold. It reads only feature ids, types and cause ids from the knowledge base and
 * never assesses a case: the expected results stay independent of the engine they check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkAnswers, KNOWLEDGE, type Feature } from '../../src/index.js';
import { TRIAGE_LEVELS } from '../../src/knowledge/schema.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'published');
const readme = readFileSync(join(folder, 'README.md'), 'utf8');

/** The serious causes of CONTRACT section 2 ("the last five ids"): the only ones `considered` may name. */
const SERIOUS_CAUSES = [
  'cauda_equina',
  'spinal_infection',
  'spinal_malignancy',
  'vertebral_fracture',
  'aortic_aneurysm',
] as const;

const KINDS = [
  'lumbar_stenosis',
  'vascular_calf',
  'vascular_aortoiliac',
  'mixed_stenosis_pad',
  'sciatica',
  'cauda_equina',
  'spinal_infection',
  'spinal_metastasis',
  'myeloma',
  'vertebral_fracture',
  'aortic_aneurysm',
  'aortic_dissection',
  'axial_spondyloarthritis',
  'hip_osteoarthritis',
  'sacroiliac',
  'facet',
  'benign_nonspecific',
] as const;

const causeIds = new Set(KNOWLEDGE.causes.map((cause) => cause.id));
const featuresById = new Map(KNOWLEDGE.features.map((feature) => [feature.id, feature]));
const causeId = z.string().refine((id) => causeIds.has(id), 'not a cause id in the knowledge base');
const level = z.enum(TRIAGE_LEVELS);

const publishedVignetteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  kind: z.enum(KINDS),
  story: z.string().min(20),
  answers: z.record(z.string(), z.unknown()),
  expect: z.strictObject({
    triage: z.array(level).min(1),
    minimum: level,
    top1: causeId.optional(),
    top3: z.array(causeId).min(1).optional(),
    top3_all: z.array(causeId).min(1).optional(),
    considered: z.array(z.enum(SERIOUS_CAUSES)).optional(),
  }),
  source: z
    .strictObject({
      citation: z.string().min(20),
      pmid: z.string().regex(/^\d+$/).optional(),
      doi: z
        .string()
        .regex(/^10\.\d{4,}\//)
        .optional(),
      url: z.url().optional(),
      licence: z.string().min(10),
      gold: z.string().min(5),
    })
    .refine(
      (source) => source.pmid ?? source.doi ?? source.url,
      'a source needs a pmid, a doi or a url',
    ),
  notes: z.string().min(20),
});
type PublishedVignette = z.infer<typeof publishedVignetteSchema>;

const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort();
const cases = files.map((name) => ({
  name,
  raw: JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown,
}));

/** Least to most urgent, so the minimum can be compared with the accepted levels. */
const URGENCY: readonly string[] = ['self_care', 'soon', 'urgent', 'emergency'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The answers of a file even when the rest of it is malformed, so one bad field hides no other. */
function answersOf(raw: unknown): Record<string, unknown> {
  return isRecord(raw) && isRecord(raw['answers']) ? raw['answers'] : {};
}

function typeProblem(feature: Feature, value: unknown): string | undefined {
  if (value === null) {
    return undefined;
  }
  if (feature.type === 'bool') {
    return typeof value === 'boolean' ? undefined : 'expected true, false or null';
  }
  if (feature.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return 'expected a finite number or null';
    }
    if (
      (feature.min !== undefined && value < feature.min) ||
      (feature.max !== undefined && value > feature.max)
    ) {
      return `expected a number in ${String(feature.min)}..${String(feature.max)}`;
    }
    return undefined;
  }
  const options = (feature.options ?? []).map((option) => option.value);
  return typeof value === 'string' && options.includes(value)
    ? undefined
    : `expected one of ${options.join(', ')} or null`;
}

describe('the published-case benchmark', () => {
  it('holds at least 40 published cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every case a unique id that matches its file name', () => {
    const ids = cases.map(({ raw }) => (raw as { id?: unknown }).id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { name, raw } of cases) {
      expect((raw as { id?: unknown }).id, name).toBe(name.replace(/\.json$/, ''));
    }
  });

  it('keeps at least ten cases that a clinician would leave to self-care', () => {
    const selfCare = cases.filter(({ raw }) =>
      publishedVignetteSchema.safeParse(raw).data?.expect.triage.includes('self_care'),
    );
    expect(selfCare.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(cases.map(({ name, raw }) => [name, raw] as const))('%s', (name, raw) => {
    const parsed = publishedVignetteSchema.safeParse(raw);

    it("has the vignette shape with a citation, a licence and the source's gold", () => {
      expect(parsed.error?.issues ?? [], name).toEqual([]);
    });

    const vignette: PublishedVignette | undefined = parsed.data;
    const answers = answersOf(raw);

    it('answers only with CONTRACT feature ids and their exact types', () => {
      expect(Object.keys(answers).length, 'answers').toBeGreaterThan(0);
      const problems = Object.entries(answers).flatMap(([key, value]) => {
        const feature = featuresById.get(key);
        if (feature === undefined) {
          return [`${key}: not a feature id`];
        }
        const problem = typeProblem(feature, value);
        return problem === undefined ? [] : [`${key}: ${problem}`];
      });
      expect(problems).toEqual([]);
    });

    it('answers every always-asked warning sign, with null where the source is silent', () => {
      const missing = KNOWLEDGE.features
        .filter((feature) => feature.group === 'warning' && feature.askWhen === undefined)
        .map((feature) => feature.id)
        .filter((id) => !Object.hasOwn(answers, id));
      expect(missing).toEqual([]);
    });

    it('is accepted by the answer parser (no contradictory answers)', () => {
      expect(() => checkAnswers(answers)).not.toThrow();
    });

    it('states a safe minimum that is never more urgent than an accepted level', () => {
      const accepted = vignette?.expect.triage ?? [];
      const leastUrgentAccepted = Math.min(...accepted.map((level) => URGENCY.indexOf(level)));
      expect(URGENCY.indexOf(vignette?.expect.minimum ?? 'emergency')).toBeLessThanOrEqual(
        leastUrgentAccepted,
      );
    });

    it('is listed in the README table', () => {
      expect(readme).toContain(`| ${name.replace(/\.json$/, '')} |`);
    });
  });
});
