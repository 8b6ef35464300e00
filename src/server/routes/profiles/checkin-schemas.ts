/** The zod schemas of the check-in routes (CONTRACT v1.1 section 6), built from the knowledge's warning signs and the instruments. */
import { z } from '@hono/zod-openapi';
import {
  checkinRechecks,
  checkinWarningSigns,
  missingWarningSigns,
} from '../../../engine/checkin.js';
import { ALL_INSTRUMENTS, type Instrument } from '../../../knowledge/instruments.js';
import { KNOWLEDGE } from '../../../knowledge/index.js';
import { STOPPED_BECAUSE } from '../../../store/types.js';
import { nextField, pageParams } from './pages.js';
import { calendarDate, WalkingProgressSchema } from './schemas.js';
import { nameSchema } from '../../schemas.js';

const sign = z.boolean().nullable();

/**
 * Every warning sign, required: true, false or null ("not sure"). A sign asked only after another
 * (worsening weakness after weakness) is required when that one is answered yes; the plainer
 * re-asks after a "not sure" may be sent.
 */
function warningSignsSchema() {
  const shape: Record<string, z.ZodType<boolean | null | undefined>> = {};
  for (const feature of checkinWarningSigns(KNOWLEDGE)) {
    shape[feature.id] = (feature.askWhen === undefined ? sign : sign.optional()).openapi({
      description: feature.text,
    });
  }
  for (const feature of checkinRechecks(KNOWLEDGE)) {
    shape[feature.id] = sign
      .optional()
      .openapi({ description: `${feature.text} (asked again after "not sure").` });
  }
  return z
    .strictObject(shape)
    .superRefine((answers, ctx) => {
      const given = Object.fromEntries(
        Object.entries(answers).filter(
          (entry): entry is [string, boolean | null] => entry[1] !== undefined,
        ),
      );
      for (const id of missingWarningSigns(KNOWLEDGE, given)) {
        ctx.addIssue({
          code: 'custom',
          path: [id],
          message: 'must be answered (true, false or null for not sure): every check-in asks it',
        });
      }
    })
    .openapi('CheckinWarningSigns', {
      description:
        'Every warning sign of the knowledge base, answered: true (new since last time), false, or null (not sure). None may be left out.',
    });
}

const rating = z.number().int().min(0).max(10);

/** Each instrument's answers, in the shape of its scoring kind. */
function measureSchema(instrument: Instrument): z.ZodType {
  const scoring = instrument.scoring;
  switch (scoring.kind) {
    case 'single_rating':
      return rating.openapi({ description: `${instrument.name}: a whole number 0-10.` });
    case 'mean_of_ratings':
      return z
        .array(rating)
        .length(instrument.items.length)
        .openapi({
          description: `${instrument.name}: ${String(instrument.items.length)} whole numbers 0-10, in the order of its items.`,
        });
    case 'mean_of_named_activities':
      return z
        .array(
          z.strictObject({
            activity: nameSchema(80),
            score: rating,
          }),
        )
        .min(scoring.minActivities)
        .max(scoring.maxActivities)
        .refine(
          (items) =>
            new Set(items.map((item) => item.activity.toLowerCase())).size === items.length,
          'must not name the same activity twice',
        )
        .openapi({
          description: `${instrument.name}: ${String(scoring.minActivities)} to ${String(scoring.maxActivities)} activities the person names, each rated 0-10.`,
        });
    case 'timed_walk':
      return z
        .strictObject({
          minutes: z.number().min(0).max(600),
          minutesUntilSymptoms: z.number().min(0).max(600).nullable(),
          distanceKm: z.number().min(0).max(100).optional(),
          stoppedBecause: z.enum(STOPPED_BECAUSE).optional(),
        })
        .superRefine((walk, ctx) => {
          if (walk.minutesUntilSymptoms !== null && walk.minutesUntilSymptoms > walk.minutes) {
            ctx.addIssue({
              code: 'custom',
              path: ['minutesUntilSymptoms'],
              message: 'cannot be longer than the test itself (minutes)',
            });
          }
        })
        .openapi({
          description: `${instrument.name}: minutes walked, minutes until symptoms (null: none), distance if measured.`,
        });
  }
}

function measuresSchema() {
  const shape: Record<string, z.ZodOptional<z.ZodType>> = {};
  for (const instrument of ALL_INSTRUMENTS) {
    shape[instrument.id] = measureSchema(instrument).optional();
  }
  return z.strictObject(shape).openapi('CheckinMeasures', {
    description: 'Instrument id to its answers; every instrument is optional.',
  });
}

const MeasuresSchema = measuresSchema();

export const CheckinRequest = z
  .strictObject({
    date: calendarDate,
    warningSigns: warningSignsSchema(),
    measures: MeasuresSchema.optional(),
  })
  .openapi('CheckinRequest');

const level = z.enum(['emergency', 'urgent', 'soon', 'self_care']);
const reason = z.object({ feature: z.string(), text: z.string() });

export const CheckinTriageSchema = z
  .object({
    level,
    reasons: z.array(reason),
    advice: z.string().openapi({
      description: 'What to do now; at `emergency` it says to call the emergency number.',
    }),
    unanswered: z.array(z.string()),
  })
  .openapi('CheckinTriage');

export const AttentionSchema = z
  .object({
    level,
    reasons: z.array(reason),
    since: z.string().openapi({ format: 'date' }),
    from: z.array(z.enum(['checkin', 'trend'])),
    asks: z.array(z.enum(['checkin', 'assessment'])).openapi({
      description: 'What the person is asked to do: a new check-in, a new assessment.',
    }),
  })
  .nullable()
  .openapi('Attention', {
    description:
      'null, or what needs attention: the latest check-in has a warning sign, or the walking trend is worsening.',
  });

const change = z
  .object({
    fromDate: z.string(),
    from: z.number(),
    difference: z.number(),
    direction: z.enum(['better', 'worse', 'same']),
    realChange: z.boolean().nullable().openapi({
      description: 'Reaches the published meaningful change; null: none is published.',
    }),
  })
  .nullable();

const scoreReport = z.object({
  score: z.number(),
  unit: z.enum(['points', 'minutes', 'meters']),
  higherIsBetter: z.boolean(),
  meaningfulChange: z.object({ amount: z.number(), sources: z.array(z.string()) }).nullable(),
  sinceFirst: change,
  sincePrevious: change,
});

export const ScoresSchema = z
  .record(z.string(), scoreReport.extend({ parts: z.record(z.string(), scoreReport).optional() }))
  .openapi('CheckinScores', { description: 'Instrument id to its score and its change.' });

export const CheckinSchema = z
  .object({
    id: z.string(),
    date: z.string(),
    createdAt: z.string(),
    warningSigns: z.record(z.string(), z.boolean().nullable()),
    measures: MeasuresSchema,
    triage: CheckinTriageSchema,
    escalated: z.boolean().openapi({
      description: 'A warning sign gave more than self-care: show the triage now.',
    }),
    scores: ScoresSchema,
  })
  .openapi('Checkin');

export const NewCheckinSchema = CheckinSchema.extend({ attention: AttentionSchema }).openapi(
  'NewCheckin',
);

export const CheckinListSchema = z
  .object({
    checkins: z.array(CheckinSchema).openapi({
      description:
        'Newest first; with `limit` or `cursor`, one page of them. Scores are against every earlier check-in, paged or not.',
    }),
    attention: AttentionSchema.openapi({
      description: "The profile's attention from all its check-ins, on every page.",
    }),
    next: nextField,
  })
  .openapi('CheckinList');

export const CheckinQuery = z.object(pageParams('checkins'));

const scorePoint = z.object({ date: z.string(), score: z.number() });
export const MeasuresProgressSchema = z
  .object({
    series: z.record(z.string(), z.array(scorePoint)).openapi({
      description: 'Score id to its values by check-in date, oldest first.',
    }),
    latest: ScoresSchema.nullable().openapi({
      description: 'The latest score of each instrument, with its change.',
    }),
  })
  .openapi('MeasuresProgress');

export const ProgressSchema = WalkingProgressSchema.extend({
  attention: AttentionSchema,
  measures: MeasuresProgressSchema,
}).openapi('Progress');
