/**
 * The shape of Stride's medical knowledge: zod schemas that a test runs over the whole knowledge
 * base, and the TypeScript types that the engine reads. Data only; no behaviour lives here.
 */
import { z } from 'zod';

export const TRIAGE_LEVELS = ['emergency', 'urgent', 'soon', 'self_care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export const BANDS = ['likely', 'possible', 'unlikely'] as const;
export type Band = (typeof BANDS)[number];

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are snake_case');

/**
 * A yes/no/unknown test over answers; unknown answers make a condition unknown, never false.
 * `unsure` holds when the person answered "not sure" (null), fails when they answered, and is
 * unknown when the question was not asked. `count` holds when at least `atLeast` of its parts do.
 */
export type Condition =
  | { readonly feature: string; readonly equals: boolean | string }
  | { readonly feature: string; readonly atLeast?: number; readonly below?: number }
  | { readonly feature: string; readonly unsure: true }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly count: readonly Condition[]; readonly atLeast: number };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ feature: id, equals: z.union([z.boolean(), z.string()]) }),
    z
      .strictObject({ feature: id, atLeast: z.number().optional(), below: z.number().optional() })
      .refine((c) => c.atLeast !== undefined || c.below !== undefined, 'a range needs a bound'),
    z.strictObject({ feature: id, unsure: z.literal(true) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z
      .strictObject({ count: z.array(conditionSchema).min(2), atLeast: z.number().int().min(1) })
      .refine((c) => c.atLeast <= c.count.length, 'a count cannot need more parts than it has'),
  ]),
) as z.ZodType<Condition>;

/** Plain text for the person: short, and at reading grade 8 or lower (checked by a test). */
const plainText = z.string().min(3).max(600);

export const featureSchema = z.strictObject({
  id,
  group: z.enum(['context', 'pattern', 'warning']),
  type: z.enum(['bool', 'number', 'choice']),
  /** The question as the person reads it. */
  text: plainText,
  /** Labels for choice options, in the order shown. */
  options: z.array(z.strictObject({ value: id, label: plainText })).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
  /** One or two sentences: why we ask this. */
  why: plainText,
  /** Asked of everyone after the warning signs, even when it would not change the result (age frames every answer and every report). */
  alwaysAsk: z.boolean().optional(),
  /** Skip logic: asked only when this holds. Absent: always asked. */
  askWhen: conditionSchema.optional(),
  /** An answer that follows from others (e.g. onset before 45 when age is under 45); never asked then. */
  inferred: z
    .strictObject({ when: conditionSchema, value: z.union([z.boolean(), z.number(), z.string()]) })
    .optional(),
  /** Short label for reports and reasons, e.g. "Numb around the genitals or bottom". */
  label: z.string().min(3).max(80),
  /**
   * The warning sign this question asks again in plainer words, after a "not sure" to it
   * (its `askWhen` is then that sign's `unsure`). A clear answer here settles the sign.
   */
  rechecks: id.optional(),
  /** A "yes" to this question needs this to hold; answers that contradict it are refused. */
  implies: conditionSchema.optional(),
});
export type Feature = z.infer<typeof featureSchema>;

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(['study', 'guideline', 'expert_estimate']),
  citation: z.string().min(10),
  /** For expert estimates: the one-line reasoning behind the number. */
  rationale: z.string().min(10).optional(),
  url: z.url().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const ratio = z.number().positive().max(100);

/**
 * One likelihood ratio item. When `when` holds the cause's odds are multiplied by `ratioIfTrue`;
 * when it fails, by `ratioIfFalse` (1 when absent). `reported` keeps the published figure when
 * the encoded ratio was shrunk toward 1 (clinic populations are optimistic for app users).
 */
export const singleEvidenceSchema = z.strictObject({
  kind: z.literal('single'),
  when: conditionSchema,
  /** Plain words for "why we think so", e.g. "Sitting down eases it". */
  text: plainText,
  /** Plain words when the condition failed; absent means the item is silent when false. */
  textIfFalse: plainText.optional(),
  ratioIfTrue: ratio,
  ratioIfFalse: ratio.optional(),
  source: id,
  /** Where the "false" ratio comes from, when that is another source. */
  sourceIfFalse: id.optional(),
  reported: z.string().optional(),
});

/**
 * Correlated items counted once (encoding rule 2 in the evidence compendium): of the items whose
 * condition holds, only the one with the strongest effect (largest |log ratio|) counts; only when
 * none holds does the strongest "no" count. So a "no" never cancels a "yes" of the same group.
 */
export const strongestOfEvidenceSchema = z.strictObject({
  kind: z.literal('strongest_of'),
  domain: plainText,
  items: z.array(singleEvidenceSchema).min(2),
});

/**
 * A validated cluster (e.g. the ASAS criteria): count how many items hold and take the ratio of
 * the band the count falls in. With items unknown, it counts what the known items already
 * settle: of the bands still reachable, the ratio nearest 1 when all lie on one side of 1.
 */
export const clusterEvidenceSchema = z.strictObject({
  kind: z.literal('cluster'),
  id,
  name: plainText,
  items: z.array(z.strictObject({ when: conditionSchema, text: plainText })).min(2),
  bands: z
    .array(
      z.strictObject({
        minCount: z.number().int().min(0),
        maxCount: z.number().int().min(0),
        ratio,
        source: id,
        reported: z.string().optional(),
      }),
    )
    .min(1),
});

export const evidenceSchema = z.discriminatedUnion('kind', [
  singleEvidenceSchema,
  strongestOfEvidenceSchema,
  clusterEvidenceSchema,
]);
export type SingleEvidence = z.infer<typeof singleEvidenceSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

export const causeSchema = z.strictObject({
  id,
  name: z.string().min(3).max(80),
  medicalName: z.string().min(3).max(120),
  serious: z.boolean(),
  /** Plain explanation: what it is. */
  explanation: plainText,
  /** The telltale pattern, in plain words. */
  pattern: plainText,
  /**
   * Sentences added to the explanation only for the people they fit (a fact about people over 65
   * is not told to a 34-year-old); each is shown when its condition holds for the answers.
   */
  notes: z.array(z.strictObject({ when: conditionSchema, text: plainText })).optional(),
  /** What helps, in plain words. */
  helps: plainText,
  /** When it needs a clinician, in plain words. */
  whenToSeeClinician: plainText,
  /** Prior probability for an adult whose low back hurts when walking, by age band if known. */
  prior: z.strictObject({
    probability: z.number().gt(0).lt(1),
    source: id,
    byAge: z
      .array(
        z.strictObject({
          atLeast: z.number(),
          below: z.number(),
          probability: z.number().gt(0).lt(1),
          source: id,
        }),
      )
      .optional(),
    /**
     * A measured prevalence for a subgroup defined by answers (e.g. the ASAS entry criteria);
     * the first that holds replaces the prior. Its defining answers are not counted again.
     */
    subgroups: z
      .array(
        z.strictObject({
          when: conditionSchema,
          probability: z.number().gt(0).lt(1),
          source: id,
          description: plainText,
        }),
      )
      .optional(),
  }),
  evidence: z.array(evidenceSchema),
  /**
   * The questions that tell this cause apart. While it would be shown as possible or likely on its
   * prior and age alone, the interview asks one of these before it may end.
   */
  telltale: z.array(id).optional(),
  /**
   * Why it must be checked now, shown when a warning rule that suspects this cause fires. Says
   * plainly that it cannot be ruled out without an examination; never a probability.
   */
  whyCheckNow: plainText.optional(),
  sources: z.array(id).min(1),
});
export type Cause = z.infer<typeof causeSchema>;

export const warningRuleSchema = z.strictObject({
  id,
  level: z.enum(TRIAGE_LEVELS),
  when: conditionSchema,
  /** The feature this rule is mainly about, shown with the reason. */
  feature: id,
  /** Plain words: what this answer means and why it matters. */
  reason: plainText,
  /**
   * The causes this rule is a warning sign of (the evidence's "suspected condition"). When it
   * fires, each is shown under "needs checking now" (`attention`) and is at least `possible`.
   */
  suspects: z.array(id).optional(),
  sources: z.array(id).min(1),
});
export type WarningRule = z.infer<typeof warningRuleSchema>;

export const adviceSchema = z.strictObject({
  id,
  topic: z.enum([
    'footwear',
    'core',
    'posture',
    'walking',
    'surfaces',
    'poles',
    'active',
    'safety',
    'other',
  ]),
  title: z.string().min(3).max(80),
  summary: plainText,
  steps: z.array(plainText).min(1),
  /** Who it is for: any of these causes at band `possible` or higher, or any of these conditions. */
  forCauses: z.array(id),
  forAnswers: z.array(conditionSchema),
  /** Given to everyone (staying active, the safety net). */
  always: z.boolean(),
  /** Who should not do it, or should ask first. */
  cautions: z.array(plainText),
  sources: z.array(id).min(1),
});
export type Advice = z.infer<typeof adviceSchema>;

export const supplementSchema = z.strictObject({
  id,
  name: z.string().min(3).max(80),
  whatItIs: plainText,
  evidenceForBackPain: plainText,
  certainty: z.enum(['high_no_benefit', 'moderate', 'low', 'very_low']),
  avoidIf: z.array(plainText).min(1),
  sources: z.array(id).min(1),
});
export type Supplement = z.infer<typeof supplementSchema>;

export const triageAdviceSchema = z.strictObject({
  emergency: plainText,
  urgent: plainText,
  soon: plainText,
  self_care: plainText,
});

export const knowledgeSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  features: z.array(featureSchema),
  causes: z.array(causeSchema),
  warningRules: z.array(warningRuleSchema),
  triageAdvice: triageAdviceSchema,
  /** What the advice says when warning signs were not answered: it never reads as reassurance. */
  unansweredAdvice: z.strictObject({
    /** Replaces the self-care advice: we cannot say self-care is enough. */
    selfCare: plainText,
    /** Added to the advice; `{signs}` is replaced by the signs not checked. */
    notChecked: plainText.regex(/\{signs\}/),
  }),
  /** Words the engine puts around data, so they can be translated with it. */
  phrases: z.strictObject({
    /** A validated cluster's reason: "{present} of {known} signs of the {name}". */
    clusterSigns: plainText
      .regex(/\{present\}/)
      .regex(/\{known\}/)
      .regex(/\{name\}/),
  }),
  advice: z.array(adviceSchema),
  supplements: z.array(supplementSchema),
  sources: z.array(sourceSchema),
  bands: z.strictObject({
    likely: z.number().gt(0).lt(1),
    possible: z.number().gt(0).lt(1),
    possibleSerious: z.number().gt(0).lt(1),
  }),
});
export type KnowledgeInput = z.input<typeof knowledgeSchema>;
export type Knowledge = z.infer<typeof knowledgeSchema>;
