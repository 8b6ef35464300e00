/**
 * The API's request and response schemas in zod: the answers body is built from the knowledge
 * base (one property per feature, with the engine's own words for what each accepts), and the
 * Result, Question and error shapes follow CONTRACT sections 2 and 3. They drive validation and
 * the OpenAPI document.
 */
import { z } from '@hono/zod-openapi';
import { expectedOf, KNOWLEDGE } from '../index.js';
import type { Feature } from '../index.js';
import { TRIAGE_LEVELS } from '../knowledge/schema.js';
import { API_ERRORS } from './errors.js';

function answerSchemaOf(feature: Feature): z.ZodType {
  const error = `expected ${expectedOf(feature)}`;
  switch (feature.type) {
    case 'bool':
      return z.boolean({ error }).nullable();
    case 'number': {
      let number = z.number({ error });
      if (feature.min !== undefined) {
        number = number.min(feature.min, { error });
      }
      if (feature.max !== undefined) {
        number = number.max(feature.max, { error });
      }
      return number.nullable();
    }
    case 'choice': {
      const values = (feature.options ?? []).map((option) => option.value);
      return z.enum(values as [string, ...string[]], { error }).nullable();
    }
  }
}

/** CONTRACT section 1: a flat object of feature ids to answers; null means "not sure". */
export const AnswersSchema = z
  .strictObject(
    Object.fromEntries(
      KNOWLEDGE.features.map((feature) => [
        feature.id,
        answerSchemaOf(feature).optional().openapi({ description: feature.text }),
      ]),
    ),
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'expected a feature id from the knowledge base'
          : 'expected an object of feature ids to answers',
    },
  )
  .openapi('Answers', {
    description:
      'Answers keyed by feature id (see GET /api/v1/knowledge). A missing key means not asked; ' +
      'null means asked, and the person is not sure.',
    example: { age: 68, leg_symptoms: 'both_legs', relief_sitting: true, fever: false },
  });

const Reason = z.object({ feature: z.string(), text: z.string() }).loose();

const CauseReason = z
  .object({ feature: z.string(), text: z.string(), weight: z.number(), source: z.string() })
  .loose();

const Band = z.enum(['likely', 'possible', 'unlikely']);

/** CONTRACT section 2. Documented, not re-validated on the way out: the engine's types hold it. */
export const ResultSchema = z
  .object({
    contract: z.literal('stride/1'),
    knowledgeVersion: z.string(),
    triage: z.object({
      level: z.enum(TRIAGE_LEVELS),
      reasons: z.array(Reason),
      advice: z.string(),
      unanswered: z.array(z.string()).openapi({
        description: 'Warning-sign feature ids not answered (missing or null); when not empty, the result is never reassuring (CONTRACT v1.1).',
      }),
    }),
    attention: z
      .array(
        z
          .object({
            id: z.string(),
            name: z.string(),
            warningSigns: z.array(z.string()),
            text: z.string(),
            level: z.enum(TRIAGE_LEVELS),
            rules: z.array(z.string()),
            sources: z.array(z.string()),
          })
          .loose(),
      )
      .openapi({
        description:
          'The serious causes an answered warning sign points to, most urgent first (CONTRACT v1.1). Shown before the ranked causes, never as a probability.',
      }),
    causes: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          probability: z.number().min(0).max(1),
          band: Band,
          supporting: z.array(CauseReason),
          opposing: z.array(CauseReason),
          sources: z.array(z.string()),
        })
        .loose(),
    ),
    plan: z.array(
      z
        .object({
          id: z.string(),
          title: z.string(),
          steps: z.array(z.string()),
          because: z.array(z.string()),
        })
        .loose(),
    ),
  })
  .openapi('Result');

export const QuestionSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    type: z.enum(['bool', 'number', 'choice']),
    options: z.array(z.string()).optional(),
    choices: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().optional(),
    why: z.string(),
    group: z.enum(['context', 'pattern', 'warning']),
  })
  .openapi('Question');

export const NextSchema = z.object({ question: QuestionSchema.nullable() }).openapi('Next');

export const KnowledgeSchema = z
  .object({
    version: z.string(),
    features: z.array(
      z
        .object({ id: z.string(), text: z.string(), type: z.enum(['bool', 'number', 'choice']) })
        .loose(),
    ),
    causes: z.array(z.object({ id: z.string(), name: z.string() }).loose()),
    warningRules: z.array(z.object({ id: z.string() }).loose()),
    sources: z.array(
      z
        .object({
          id: z.string(),
          citation: z.string(),
          kind: z.enum(['study', 'guideline', 'expert_estimate']),
        })
        .loose(),
    ),
  })
  .loose()
  .openapi('Knowledge');

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    knowledgeVersion: z.string(),
    store: z.enum(['sqlite', 'postgres', 'none']),
  })
  .openapi('Health');

const ERROR_CODES = Object.keys(API_ERRORS) as [
  keyof typeof API_ERRORS,
  ...(keyof typeof API_ERRORS)[],
];

/** The CONTRACT error body. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      path: z.string().nullable().openapi({ description: 'The offending key, e.g. a feature id' }),
    }),
  })
  .openapi('Error');

/** Error responses shared by every JSON route. */
export function errorResponses(
  ...statuses: readonly (400 | 401 | 404 | 406 | 410 | 413 | 415 | 422 | 429 | 503)[]
): Record<
  number,
  { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }
> {
  const descriptions: Record<number, string> = {
    400: 'Bad input; `path` names the key',
    401: 'Missing or wrong token',
    404: 'Not found',
    406: 'A format that is not served was asked for (Accept or _format)',
    410: 'Expired or revoked',
    413: 'Body larger than 100 KB',
    415: 'Body is not JSON',
    422: 'Well formed but not processable (e.g. a response to another Questionnaire)',
    429: 'Too many requests; see Retry-After',
    503: 'Cannot serve right now',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Error',
        content: { 'application/json': { schema: ErrorSchema } },
      },
    ]),
  );
}

/** A character that prints something: a letter, digit, punctuation mark or symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Control characters (NUL, escape, line breaks, C1 controls) never belong in a name. */
const CONTROL = /\p{Cc}/u;

/**
 * Any free-text name (a pair of shoes, ...): trimmed, at most `maxCharacters` code points (an
 * emoji counts once), with no control characters and at least one visible character, so a name
 * of only NUL, zero-width spaces or bidi marks is refused rather than stored as a blank.
 */
export function nameSchema(maxCharacters: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .refine((name) => !CONTROL.test(name), 'must not contain control characters')
    .refine(
      (name) => VISIBLE.test(name),
      'must contain a visible character, not only invisible ones',
    )
    .refine(
      (name) => Array.from(name).length <= maxCharacters,
      `must be at most ${maxCharacters} characters`,
    )
    .openapi({
      minLength: 1,
      maxLength: maxCharacters,
      pattern: '^[^\\p{Cc}]*[\\p{L}\\p{N}\\p{P}\\p{S}][^\\p{Cc}]*$',
      description:
        `Trimmed; 1 to ${maxCharacters} characters, at least one of them visible ` +
        '(a letter, digit, punctuation mark or symbol); no control characters.',
    });
}
