/** Builds the one-page clinician summary that a share link opens: attention from check-ins first, latest triage, warning signs screened, walking pattern, likely causes, plan, the measures, the 12-week walking trend and the walking tests; written to the clinician. */
import { z } from '@hono/zod-openapi';
import { computeProgress } from '../../../engine/progress.js';
import { walkTestsOf } from '../../../engine/walk-test.js';
import { FEATURES } from '../../../knowledge/features.js';
import type { TriageLevel } from '../../../knowledge/schema.js';
import type { Assessment, Checkin, Walk } from '../../../store/types.js';
import { AttentionSchema, MeasuresProgressSchema, ScoresSchema } from './checkin-schemas.js';
import { checkinViews, contextOf, measuresProgress, profileAttention } from './checkins.js';
import { ProgressWarningSchema, StoredResultSchema, TrendSchema, WeekSchema } from './schemas.js';

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

const level = z.enum(['emergency', 'urgent', 'soon', 'self_care']);

export const SummarySchema = z
  .object({
    kind: z.literal('stride/clinician-summary/1'),
    /**
     * What needs attention now, first on the page: a warning sign at the latest check-in (held
     * until a later check-in clears it) or a worsening walking trend; null when neither.
     */
    attention: AttentionSchema.and(
      z.object({
        warningSigns: z.array(labelled),
        /** One paragraph to the clinician, in the third person. */
        text: z.string(),
      }),
    ).nullable(),
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
    latestCheckin: z
      .object({
        date: z.string(),
        level,
        warningSignsReported: z.array(labelled),
        warningSignsUnsure: z.array(labelled),
        /** The check-in in one sentence, to the clinician. */
        text: z.string(),
        scores: ScoresSchema,
      })
      .nullable(),
    checkinsCount: z.number().int(),
    measures: MeasuresProgressSchema,
    /**
     * The walking tests recorded as a check-in measure (`measures.walking_test`), oldest first,
     * with the distance change judged by its published threshold; the walks saved by the walking
     * test screen are in `walking.walkingTests`.
     */
    checkinWalkingTests: z.array(
      z.object({
        date: z.string(),
        minutes: z.number(),
        minutesUntilSymptoms: z.number().nullable(),
        distanceMeters: z.number().nullable(),
        stoppedBecause: z.string().nullable(),
        /** The change in distance since the first test, judged by its published threshold. */
        distanceChange: z
          .object({
            difference: z.number(),
            realChange: z.boolean().nullable(),
            threshold: z.number().nullable(),
          })
          .nullable(),
      }),
    ),
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
  const parsed = assessment === undefined ? undefined : StoredResultSchema.safeParse(assessment.result);
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
  /** Newest first, as the store lists them. */
  readonly checkins?: readonly Checkin[] | undefined;
  /** The walks of at least the last 12 weeks. */
  readonly walks: readonly Walk[];
  readonly share: { readonly createdAt: string; readonly expiresAt: string };
  readonly now: Date;
  readonly timeZone: string;
}

const LEVEL_FOR_CLINICIAN: Readonly<Record<TriageLevel, string>> = {
  emergency: 'emergency care now (Stride advised calling the emergency number)',
  urgent: 'to be seen today or within 24 hours',
  soon: 'a visit within one to two weeks',
  self_care: 'self-care',
};

function labels(ids: readonly string[]): Array<{ feature: string; label: string }> {
  return ids.map((feature) => ({ feature, label: labelOf(feature) }));
}

function listed(items: readonly { label: string }[]): string {
  return items.map((item) => item.label.toLowerCase()).join('; ');
}

function latestCheckinOf(checkins: readonly Checkin[]): Summary['latestCheckin'] {
  const views = checkinViews(checkins);
  const latest = views[0];
  if (latest === undefined) {
    return null;
  }
  const reported = labels(
    Object.entries(latest.warningSigns)
      .filter(([, value]) => value === true)
      .map(([id]) => id),
  );
  const unsure = labels(latest.triage.unanswered);
  const parts = [
    reported.length === 0
      ? 'The person reported no new warning sign'
      : `The person reported as new: ${listed(reported)}`,
    unsure.length === 0 ? '' : `; not sure about: ${listed(unsure)}`,
    `. Stride's rules gave ${LEVEL_FOR_CLINICIAN[latest.triage.level]}.`,
  ];
  return {
    date: latest.date,
    level: latest.triage.level,
    warningSignsReported: reported,
    warningSignsUnsure: unsure,
    text: `Check-in on ${latest.date}: ${parts.join('')}`,
    scores: latest.scores,
  };
}

/** The walking test as a check-in stores it (validated when it came in). */
const StoredWalkingTest = z.object({
  minutes: z.number(),
  minutesUntilSymptoms: z.number().nullable(),
  stoppedBecause: z.string().optional(),
});

function checkinWalkingTestsOf(checkins: readonly Checkin[]): Summary['checkinWalkingTests'] {
  const views = checkinViews(checkins).reverse();
  return views.flatMap((view) => {
    const parsed = StoredWalkingTest.safeParse(view.measures['walking_test']);
    const score = view.scores['walking_test'];
    if (!parsed.success || score === undefined) {
      return [];
    }
    const test = parsed.data;
    const distance = score.parts?.['walking_test_distance'];
    return [
      {
        date: view.date,
        minutes: test.minutes,
        minutesUntilSymptoms: test.minutesUntilSymptoms,
        distanceMeters: distance?.score ?? null,
        stoppedBecause: test.stoppedBecause ?? null,
        distanceChange:
          distance?.sinceFirst === null || distance?.sinceFirst === undefined
            ? null
            : {
                difference: distance.sinceFirst.difference,
                realChange: distance.sinceFirst.realChange,
                threshold: distance.meaningfulChange?.amount ?? null,
              },
      },
    ];
  });
}

/** The attention for the clinician: the warning signs in words and one third-person paragraph. */
function attentionFor(attention: ReturnType<typeof profileAttention>): Summary['attention'] {
  if (attention === null) {
    return null;
  }
  const signs = labels([
    ...new Set(
      attention.reasons.map((reason) => reason.feature).filter((feature) => LABELS.has(feature)),
    ),
  ]);
  const sentences = [
    attention.from.includes('checkin')
      ? `Since ${attention.since} the person has reported a warning sign at a check-in (${listed(signs)}), not cleared by a later check-in.`
      : '',
    attention.from.includes('trend')
      ? "The person's walking tolerance is getting worse by the diary's trend rule (docs/progress-trend.md)."
      : '',
    `By Stride's triage rules this calls for ${LEVEL_FOR_CLINICIAN[attention.level]}.`,
    attention.asks.includes('assessment')
      ? 'The person has been asked to repeat the assessment.'
      : '',
  ];
  return {
    level: attention.level,
    reasons: attention.reasons.map((reason) => ({ feature: reason.feature, text: reason.text })),
    since: attention.since,
    from: [...attention.from],
    asks: [...attention.asks],
    warningSigns: signs,
    text: sentences.filter((sentence) => sentence !== '').join(' '),
  };
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
  const checkins = input.checkins ?? [];
  const attention = profileAttention(checkins, progress.trend, contextOf(input.assessments));
  return {
    kind: 'stride/clinician-summary/1',
    attention: attentionFor(attention),
    disclaimer:
      'A self-assessment by the person, with general information from Stride. It is not a diagnosis; ' +
      'the answers were not checked by a clinician.',
    generatedAt: input.now.toISOString(),
    sharedAt: input.share.createdAt,
    expiresAt: input.share.expiresAt,
    knowledgeVersion: typeof knowledgeVersion === 'string' ? knowledgeVersion : null,
    assessmentsCount: input.assessments.length,
    latest: latestOf(latest),
    latestCheckin: latestCheckinOf(checkins),
    checkinsCount: checkins.length,
    measures: measuresProgress(checkins),
    checkinWalkingTests: checkinWalkingTestsOf(checkins),
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
        ...(test.minutesUntilSymptoms === undefined
          ? {}
          : { minutesUntilSymptoms: test.minutesUntilSymptoms }),
        ...(test.distanceKm === undefined ? {} : { distanceKm: test.distanceKm }),
        stoppedBecause: test.stoppedBecause,
      })),
    },
  };
}
