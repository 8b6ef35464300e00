/** The zod schemas of the profile, diary and sharing routes: they validate requests and feed the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import { isCalendarDate, isTimeZone } from '../../../engine/progress.js';
import { RELIEF_BY, STOPPED_BECAUSE, SURFACES } from '../../../store/types.js';
import { nextField, pageParams } from './pages.js';
import { nameSchema } from '../../schemas.js';

/** A shoe name's length, in characters. */
export const SHOE_NAME_MAX_CHARACTERS = 80;

export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'must be a real calendar date')
  .openapi({ example: '2026-03-01', format: 'date' });

const id = z.string().min(1).max(100);

export const ProfileParams = z.object({
  id: id.openapi({
    param: { name: 'id', in: 'path' },
    example: 'b1f0c3e2-8a4d-4b7e-9a31-0e6c2f1d5a77',
  }),
});
export const WalkParams = ProfileParams.extend({
  walkId: id.openapi({ param: { name: 'walkId', in: 'path' } }),
});
export const ShoeParams = ProfileParams.extend({
  shoeId: id.openapi({ param: { name: 'shoeId', in: 'path' } }),
});
export const ShareParams = ProfileParams.extend({
  shareId: id.openapi({ param: { name: 'shareId', in: 'path' } }),
});
export const ShareTokenParams = z.object({
  token: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

/** The one CONTRACT error body of every route (its `code` enumerates API_ERRORS). */
export { ErrorSchema } from '../../schemas.js';

export const NewProfileSchema = z
  .object({
    id: z.string(),
    token: z
      .string()
      .openapi({ description: 'Shown once; send as `Authorization: Bearer <token>`.' }),
  })
  .openapi('NewProfile');

// Answers: the engine checks keys and ranges (CONTRACT section 1); here only the JSON shape.
const answerValue = z.union([z.boolean(), z.number(), z.string(), z.null()]);
export const AssessmentRequest = z
  .strictObject({
    // Declared as the Answers schema, which states what the engine's check enforces.
    answers: z
      .record(z.string(), answerValue)
      .openapi({ $ref: '#/components/schemas/Answers' } as Record<string, string>),
  })
  .openapi('AssessmentRequest');

const reason = z.looseObject({ feature: z.string(), text: z.string() });
const causeReason = z.looseObject({ feature: z.string(), text: z.string(), weight: z.number() });
const attentionItem = z.looseObject({ id: z.string(), name: z.string(), warningSigns: z.array(z.string()), text: z.string() });

/**
 * A result as it was stored, which reading must never refuse or trim: loose at every level, and
 * the v1.1 fields optional, since results stored before CONTRACT v1.1 have neither. Its own
 * component, so it does not overwrite `Result` (what `POST /api/v1/assess` returns now).
 */
export const StoredResultSchema = z
  .looseObject({
    contract: z.literal('stride/1'),
    knowledgeVersion: z.string(),
    triage: z.looseObject({
      level: z.enum(['emergency', 'urgent', 'soon', 'self_care']),
      reasons: z.array(reason),
      advice: z.string(),
      unanswered: z.array(z.string()).optional(),
    }),
    attention: z.array(attentionItem).optional(),
    causes: z.array(
      z.looseObject({
        id: z.string(),
        name: z.string(),
        probability: z.number(),
        band: z.enum(['likely', 'possible', 'unlikely']),
        supporting: z.array(causeReason),
        opposing: z.array(causeReason),
        sources: z.array(z.string()),
      }),
    ),
    plan: z.array(
      z.looseObject({
        id: z.string(),
        title: z.string(),
        steps: z.array(z.string()),
        because: z.array(z.string()),
      }),
    ),
  })
  .openapi('StoredResult', {
    description:
      'An assessment result as stored (CONTRACT section 2). Results stored before CONTRACT v1.1 have no `attention` and no `triage.unanswered`: read them as not asked, never as none found.',
  });

export const AssessmentSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    answers: z.record(z.string(), answerValue).optional(),
    result: StoredResultSchema,
  })
  .openapi('Assessment');
export const AssessmentListSchema = z
  .object({ assessments: z.array(AssessmentSchema), next: nextField })
  .openapi('AssessmentList');
export const AssessmentQuery = z.object(pageParams('assessments'));

/** At most this many characters (code points, so an emoji counts once). */
function maxChars(max: number) {
  return z
    .string()
    .refine((s) => Array.from(s).length <= max, `must be at most ${max} characters`)
    .openapi({ maxLength: max });
}

const walkFields = {
  date: calendarDate,
  minutes: z.number().min(0).max(600),
  distanceKm: z.number().min(0).max(100).optional(),
  minutesUntilSymptoms: z.number().min(0).max(600).nullable().optional().openapi({
    description:
      'Minutes until symptoms started; null: no symptoms on this walk; absent: not recorded.',
  }),
  painBefore: z.number().int().min(0).max(10),
  painAfter: z.number().int().min(0).max(10),
  stoppedBecause: z.enum(STOPPED_BECAUSE),
  reliefBy: z.enum(RELIEF_BY).optional(),
  surface: z.enum(SURFACES).optional(),
  poles: z.boolean().optional(),
  shoeId: id.optional(),
  note: maxChars(500).optional(),
};

export const WalkRequest = z
  .strictObject(walkFields)
  .superRefine((walk, ctx) => {
    if (typeof walk.minutesUntilSymptoms === 'number' && walk.minutesUntilSymptoms > walk.minutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['minutesUntilSymptoms'],
        message: 'cannot be longer than the walk itself (minutes)',
      });
    }
  })
  .openapi('WalkRequest', {
    description:
      'Also checked across fields: `minutesUntilSymptoms` is at most `minutes`; `date` is at ' +
      "most one day after the server's UTC date (a person east of UTC may be a day ahead); " +
      '`shoeId` names a pair of shoes of this profile. Each refusal is 400 naming the field.',
  });

export const WalkSchema = z
  .object({ id: z.string(), ...walkFields, note: z.string().optional(), createdAt: z.string() })
  .openapi('Walk');
export const WalkListSchema = z
  .object({
    walks: z.array(WalkSchema).openapi({
      description:
        'Without `limit` or `cursor`: every walk, oldest first. With them: newest first.',
    }),
    next: nextField,
  })
  .openapi('WalkList');
export const WalkQuery = z
  .object({
    from: calendarDate.optional().openapi({
      param: { name: 'from', in: 'query' },
      description: 'Inclusive; must not be after `to` (400 naming `from`).',
    }),
    to: calendarDate.optional().openapi({ param: { name: 'to', in: 'query' } }),
    ...pageParams('walks'),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'must not be after `to`',
    path: ['from'],
  });

export const ShoeRequest = z
  .strictObject({
    name: nameSchema(SHOE_NAME_MAX_CHARACTERS),
    startedOn: calendarDate,
    startKm: z.number().min(0).max(5000).optional(),
    replaceAtKm: z.number().min(100).max(2000).optional(),
  })
  .openapi('ShoeRequest');

export const ShoePatchRequest = z
  .strictObject({
    name: nameSchema(SHOE_NAME_MAX_CHARACTERS).optional(),
    replaceAtKm: z
      .number()
      .min(100)
      .max(2000)
      .nullable()
      .optional()
      .openapi({ description: 'null goes back to the default.' }),
  })
  .openapi('ShoePatchRequest');

export const ShoeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    startedOn: z.string(),
    startKm: z.number(),
    kmWalked: z.number().openapi({
      description: 'From the walks that name this pair; walks without a distance add nothing.',
    }),
    totalKm: z.number().openapi({ description: 'startKm + kmWalked.' }),
    walks: z.number().int(),
    walksWithoutDistance: z.number().int(),
    minutesWalked: z.number(),
    replaceAtKm: z.number(),
    replaceAtKmIsDefault: z.boolean(),
    replaceAtKmNote: z.string(),
    kmLeft: z.number(),
    dueForReplacement: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Shoe');
export const ShoeListSchema = z
  .object({
    shoes: z.array(ShoeSchema).openapi({
      description:
        'Without `limit` or `cursor`: in the order they were added. With them: newest first.',
    }),
    next: nextField,
  })
  .openapi('ShoeList');
export const ShoeQuery = z.object(pageParams('shoes'));

/** The IANA zones this runtime's ICU data knows by their canonical names, UTC first. */
const TIME_ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];

export const timeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/London')
  .openapi('TimeZone', {
    enum: TIME_ZONES,
    example: 'Europe/London',
    description:
      "An IANA time zone. The list is the canonical names of the server's time zone data; " +
      'their older aliases (e.g. US/Eastern) are accepted too.',
  });

export const ProgressQuery = z.object({
  tz: timeZone.optional().openapi({ param: { name: 'tz', in: 'query' }, example: 'Europe/London' }),
  weeks: z.coerce
    .number()
    .int()
    .min(1)
    .max(260)
    .optional()
    .openapi({ param: { name: 'weeks', in: 'query' }, example: 12 }),
});

const measureChange = z.object({
  earlier: z.number().nullable(),
  recent: z.number().nullable(),
  direction: z.enum(['better', 'same', 'worse', 'unknown']),
});
export const WeekSchema = z.object({
  weekStart: z.string(),
  walks: z.number().int(),
  totalMinutes: z.number(),
  medianMinutesUntilSymptoms: z.number().nullable(),
  symptomFreeWalks: z.number().int(),
  medianPainAfter: z.number().nullable(),
  counted: z.boolean(),
  complete: z.boolean(),
});
export const TrendSchema = z.object({
  status: z.enum(['improving', 'stable', 'worsening', 'not_enough_data']),
  reason: z.string(),
  countedWeeks: z.number().int(),
  recentWeeks: z.array(z.string()),
  earlierWeeks: z.array(z.string()),
  tolerance: measureChange,
  painAfter: measureChange,
});
export const ProgressWarningSchema = z.object({
  code: z.literal('walking_tolerance_worsening'),
  message: z.string(),
});
/** The walking figures alone; the route's response adds the check-ins' attention and measures. */
export const WalkingProgressSchema = z.object({
  today: z.string(),
  timeZone: z.string(),
  weeks: z.array(WeekSchema),
  trend: TrendSchema,
  warnings: z.array(ProgressWarningSchema),
  rule: z.string().openapi({ description: 'Where the trend rule is written down.' }),
});

export const ShareRequest = z
  .strictObject({
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .optional()
      .openapi({ description: 'Default 30.' }),
    timeZone: timeZone
      .optional()
      .openapi({ description: "The person's time zone, for the summary's weeks. Default UTC." }),
  })
  .openapi('ShareRequest');
export const NewShareSchema = z
  .object({
    id: z.string(),
    url: z.string().openapi({
      description:
        'The link to give a clinician: the read-only summary page (/share/{token}), opened without any profile token.',
      example: 'https://stride.example.org/share/3q2-7wAbc...',
    }),
    apiUrl: z.string().openapi({
      description: 'The same summary as JSON (GET /api/v1/shares/{token}), for software.',
      example: 'https://stride.example.org/api/v1/shares/3q2-7wAbc...',
    }),
    expiresAt: z.string(),
  })
  .openapi('NewShare');
export const ShareSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
    timeZone: z.string(),
  })
  .openapi('Share');
export const ShareListSchema = z
  .object({ shares: z.array(ShareSchema), next: nextField })
  .openapi('ShareList');
export const ShareQuery = z.object(pageParams('shares'));
