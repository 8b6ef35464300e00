/** Builds the one-page clinician summary that a share link opens: latest triage, warning signs screened, walking pattern, likely causes, plan, the 12-week walking trend and the walking tests. */
import { z } from '@hono/zod-openapi';
import { computeProgress } from '../../../engine/progress.js';
import { walkTestsOf } from '../../../engine/walk-test.js';
import { FEATURES } from '../../../knowledge/features.js';
import type { Assessment, Walk } from '../../../store/types.js';
import { AttentionSchema } from './checkin-schemas.js';
import { ProgressWarningSchema, ResultSchema, TrendSchema, WeekSchema } from './schemas.js';

/** Answers that point to nerve compression in a narrow spinal canal (neurogenic claudication). */
const NEUROGENIC = [
  'relief_sitting',
  'relief_leaning_forward',
  'no_pain_seated',
  'standing_provokes',
  'cycling_ok',
  'downhill_worse',
];
/** Answers that point to narrowed leg arteries (vascular claudication). */
const VASCULAR = [
  'calf_cramp_walking',
  'relief_standing_still',
  'uphill_worse',
  'vascular_disease',
  'smoker',
  'diabetes',
];
const RELIEF = ['relief_sitting', 'relief_leaning_forward', 'relief_standing_still'];

const answerWord = z.enum(['yes', 'no', 'not sure', 'not asked']);
const answerValue = z.union([z.boolean(), z.number(), z.string()]);
/** Results stored before CONTRACT v1.1 have no attention: read it as empty. */
const StoredAttention = z
  .array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      level: z.enum(['emergency', 'urgent', 'soon', 'self_care']),
      warningSigns: z.array(z.string()),
      text: z.string(),
    }),
  )
  .catch([]);
const labelled = z.object({ feature: z.string(), label: z.string() });

export const SummarySchema = z
  .object({
    kind: z.literal('stride/clinician-summary/1'),
    disclaimer: z.string(),
    generatedAt: z.string(),
    sharedAt: z.string(),
    expiresAt: z.string(),
    knowledgeVersion: z.string().nullable(),
    assessmentsCount: z.number().int(),
    latest: z
      .object({
        assessedAt: z.string(),
        triage: z.object({
          level: z.enum(['emergency', 'urgent', 'soon', 'self_care']),
          advice: z.string(),
          reasons: z.array(z.object({ feature: z.string(), text: z.string() })),
        }),
        /** The causes that need checking now (CONTRACT v1.1), first on the page; empty for results stored before v1.1. */
        attention: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            level: z.enum(['emergency', 'urgent', 'soon', 'self_care']),
            warningSigns: z.array(labelled),
            text: z.string(),
          }),
        ),
        /** The answers that set the triage and the attention: the reasons' features, then the attention's warning signs. */
        keyAnswers: z.array(labelled.extend({ value: answerValue.nullable() })),
        warningSignsScreened: z.array(labelled.extend({ answer: answerWord })),
        walkingPattern: z.object({
          minutesUntilPain: z.number().nullable(),
          easedBy: z.array(labelled),
          /** Each relief question with its answer, so a view can tell "none eased it" from "not asked". */
          relief: z.array(labelled.extend({ answer: answerWord })),
          neurogenicFeatures: z.array(labelled),
          vascularFeatures: z.array(labelled),
        }),
        likelyCauses: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            band: z.enum(['likely', 'possible', 'unlikely']),
            probability: z.number(),
            supporting: z.array(z.object({ feature: z.string(), text: z.string() })),
            opposing: z.array(z.object({ feature: z.string(), text: z.string() })),
          }),
        ),
        plan: z.array(z.object({ id: z.string(), title: z.string(), steps: z.array(z.string()) })),
      })
      .nullable(),
    walking: z.object({
      timeZone: z.string(),
      weeks: z.array(WeekSchema),
      trend: TrendSchema,
      warnings: z.array(ProgressWarningSchema),
      diary: z.object({
        walks: z.number().int(),
        easedBy: z.record(z.string(), z.number().int()),
        stoppedBecause: z.record(z.string(), z.number().int()),
      }),
      /** The self-paced walking tests of these weeks, newest first (at most 10). */
      walkingTests: z.array(
        z.object({
          date: z.string(),
          minutes: z.number(),
          minutesUntilSymptoms: z.number().nullable().optional(),
          distanceKm: z.number().optional(),
          stoppedBecause: z.string(),
        }),
      ),
    }),
  })
  .extend({
    /** What needs attention now (CONTRACT v1.1): a warning sign at the latest check-in, or a worsening trend; the share route adds it. */
    attention: AttentionSchema.optional(),
  })
  .openapi('ClinicianSummary');

export type Summary = z.infer<typeof SummarySchema>;

const LABELS = new Map(FEATURES.map((f) => [f.id, f.label]));
const labelOf = (feature: string): string => LABELS.get(feature) ?? feature;

function yesOf(
  answers: Assessment['answers'],
  ids: readonly string[],
): Array<{ feature: string; label: string }> {
  return ids
    .filter((id) => answers[id] === true)
    .map((feature) => ({ feature, label: labelOf(feature) }));
}

function wordOf(value: boolean | number | string | null | undefined): z.infer<typeof answerWord> {
  if (value === undefined) {
    return 'not asked';
  }
  if (value === null) {
    return 'not sure';
  }
  return value === true ? 'yes' : 'no';
}

function latestOf(assessment: Assessment | undefined): Summary['latest'] {
  const parsed = assessment === undefined ? undefined : ResultSchema.safeParse(assessment.result);
  if (assessment === undefined || parsed === undefined || !parsed.success) {
    return null;
  }
  const result = parsed.data;
  const answers = assessment.answers;
  const until = answers['walk_minutes_until_pain'];
  const brief = (r: { feature: string; text: string }): { feature: string; text: string } => ({
    feature: r.feature,
    text: r.text,
  });
  const attention = StoredAttention.parse(assessment.result['attention'] ?? []);
  const keyFeatures = [
    ...new Set([
      ...result.triage.reasons.map((r) => r.feature),
      ...attention.flatMap((item) => item.warningSigns),
    ]),
  ];
  return {
    assessedAt: assessment.createdAt,
    attention: attention.map((item) => ({
      id: item.id,
      name: item.name,
      level: item.level,
      warningSigns: item.warningSigns.map((feature) => ({ feature, label: labelOf(feature) })),
      text: item.text,
    })),
    keyAnswers: keyFeatures.map((feature) => ({
      feature,
      label: labelOf(feature),
      value: answers[feature] ?? null,
    })),
    triage: {
      level: result.triage.level,
      advice: result.triage.advice,
      reasons: result.triage.reasons.map(brief),
    },
    warningSignsScreened: FEATURES.filter((f) => f.group === 'warning').map((f) => ({
      feature: f.id,
      label: f.label,
      answer: wordOf(answers[f.id]),
    })),
    walkingPattern: {
      minutesUntilPain: typeof until === 'number' ? until : null,
      easedBy: yesOf(answers, RELIEF),
      relief: RELIEF.map((feature) => ({
        feature,
        label: labelOf(feature),
        answer: wordOf(answers[feature]),
      })),
      neurogenicFeatures: yesOf(answers, NEUROGENIC),
      vascularFeatures: yesOf(answers, VASCULAR),
    },
    likelyCauses: result.causes
      .filter((c) => c.band !== 'unlikely')
      .map((c) => ({
        id: c.id,
        name: c.name,
        band: c.band,
        probability: c.probability,
        supporting: c.supporting.map(brief),
        opposing: c.opposing.map(brief),
      })),
    plan: result.plan.map((p) => ({ id: p.id, title: p.title, steps: p.steps })),
  };
}

function countBy(
  walks: readonly Walk[],
  pick: (w: Walk) => string | undefined,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const walk of walks) {
    const key = pick(walk);
    if (key !== undefined) {
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}

export interface SummaryInput {
  /** Newest first, as the store lists them. */
  readonly assessments: readonly Assessment[];
  /** The walks of at least the last 12 weeks. */
  readonly walks: readonly Walk[];
  readonly share: { readonly createdAt: string; readonly expiresAt: string };
  readonly now: Date;
  readonly timeZone: string;
}

/** The summary as JSON: everything a clinician needs in a minute, nothing that identifies the person. */
export function buildSummary(input: SummaryInput): Summary {
  const progress = computeProgress(input.walks, {
    now: input.now,
    timeZone: input.timeZone,
    weeks: 12,
  });
  const first = progress.weeks[0]?.weekStart ?? progress.today;
  const recent = input.walks.filter((w) => w.date >= first && w.date <= progress.today);
  const latest = input.assessments[0];
  const knowledgeVersion = latest === undefined ? null : latest.result['knowledgeVersion'];
  return {
    kind: 'stride/clinician-summary/1',
    disclaimer:
      'A self-assessment by the person, with general information from Stride. It is not a diagnosis; ' +
      'the answers were not checked by a clinician.',
    generatedAt: input.now.toISOString(),
    sharedAt: input.share.createdAt,
    expiresAt: input.share.expiresAt,
    knowledgeVersion: typeof knowledgeVersion === 'string' ? knowledgeVersion : null,
    assessmentsCount: input.assessments.length,
    latest: latestOf(latest),
    walking: {
      timeZone: progress.timeZone,
      weeks: [...progress.weeks],
      trend: {
        ...progress.trend,
        recentWeeks: [...progress.trend.recentWeeks],
        earlierWeeks: [...progress.trend.earlierWeeks],
      },
      warnings: [...progress.warnings],
      diary: {
        walks: recent.length,
        easedBy: countBy(recent, (w) => w.reliefBy),
        stoppedBecause: countBy(recent, (w) => w.stoppedBecause),
      },
      walkingTests: walkTestsOf(recent).map((test) => ({
        date: test.date,
        minutes: test.minutes,
        ...(test.minutesUntilSymptoms === undefined ? {} : { minutesUntilSymptoms: test.minutesUntilSymptoms }),
        ...(test.distanceKm === undefined ? {} : { distanceKm: test.distanceKm }),
        stoppedBecause: test.stoppedBecause,
      })),
    },
  };
}
