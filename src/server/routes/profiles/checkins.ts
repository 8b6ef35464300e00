/** The check-in routes (CONTRACT v1.1 section 6) and the translation of stored check-ins into their views, scores and the profile's attention. */
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import {
  checkinAttention,
  checkinTriage,
  combineAttention,
  isWarning,
  trendAttention,
  type CheckinContext,
  type ProfileAttention,
} from '../../../engine/checkin.js';
import { checkAnswers } from '../../../index.js';
import {
  reportScores,
  scoreSeries,
  type DatedMeasures,
  type InstrumentReport,
  type Measures,
  type ScoreReport,
} from '../../../engine/measures.js';
import type { Trend } from '../../../engine/progress.js';
import { ALL_INSTRUMENTS } from '../../../knowledge/instruments.js';
import { KNOWLEDGE } from '../../../knowledge/index.js';
import type { Assessment, Checkin, Json, Store } from '../../../store/types.js';
import { ApiError, isAnswersError } from '../../errors.js';
import {
  CheckinListSchema,
  CheckinQuery,
  CheckinRequest,
  NewCheckinSchema,
  type CheckinSchema,
  type ScoresSchema,
} from './checkin-schemas.js';
import { listOrPage, pageRequest } from './pages.js';
import { ErrorSchema, ProfileParams } from './schemas.js';
import { refuseFutureDate } from './validation.js';


/** The latest assessment as the context a check-in's rules read (age, duration, ...). */
export function contextOf(assessments: readonly Assessment[]): CheckinContext | undefined {
  const latest = assessments[0];
  return latest === undefined
    ? undefined
    : { answers: latest.answers, answeredAt: latest.createdAt };
}

/** Stored measures as the engine reads them: validated at the edge when they came in. */
function measuresOf(checkin: Checkin): Measures {
  return checkin.measures as Measures;
}

function dated(checkins: readonly Checkin[]): DatedMeasures[] {
  return checkins.map((checkin) => ({ date: checkin.date, measures: measuresOf(checkin) }));
}

type ReportView = z.infer<typeof ScoresSchema>[string];

function reportView(report: ScoreReport): Omit<ReportView, 'parts'> {
  return {
    ...report,
    meaningfulChange:
      report.meaningfulChange === null
        ? null
        : { amount: report.meaningfulChange.amount, sources: [...report.meaningfulChange.sources] },
  };
}

/** The engine's score reports as the API shows them. */
export function scoresView(
  reports: Readonly<Record<string, InstrumentReport>>,
): Record<string, ReportView> {
  return Object.fromEntries(
    Object.entries(reports).map(([id, report]) => {
      const { parts, ...primary } = report;
      return [
        id,
        {
          ...reportView(primary),
          ...(parts === undefined
            ? {}
            : {
                parts: Object.fromEntries(
                  Object.entries(parts).map(([partId, part]) => [partId, reportView(part)]),
                ),
              }),
        },
      ];
    }),
  );
}

/** Each check-in with its scores against the ones before it; input and output newest first. */
export function checkinViews(newestFirst: readonly Checkin[]): z.infer<typeof CheckinSchema>[] {
  const oldestFirst = [...newestFirst].reverse();
  const history = dated(oldestFirst);
  return oldestFirst
    .map((checkin, index) => ({
      id: checkin.id,
      date: checkin.date,
      createdAt: checkin.createdAt,
      warningSigns: { ...checkin.warningSigns },
      measures: { ...checkin.measures },
      triage: {
        level: checkin.triage.level,
        reasons: checkin.triage.reasons.map((reason) => ({
          feature: reason.feature,
          text: reason.text,
        })),
        advice: checkin.triage.advice,
        unanswered: [...checkin.triage.unanswered],
      },
      escalated: isWarning(checkin.triage.level),
      scores: scoresView(
        reportScores(ALL_INSTRUMENTS, history.slice(0, index), measuresOf(checkin)),
      ),
    }))
    .reverse();
}

/** The latest score of every instrument (each from the newest check-in that measured it). */
export function latestScores(newestFirst: readonly Checkin[]): Record<string, ReportView> | null {
  const history = dated([...newestFirst].reverse());
  const latest: Record<string, InstrumentReport> = {};
  for (const instrument of ALL_INSTRUMENTS) {
    const index = history.findLastIndex((point) => point.measures[instrument.id] !== undefined);
    const point = history[index];
    const value = point?.measures[instrument.id];
    if (point === undefined || value === undefined) {
      continue;
    }
    const report = reportScores([instrument], history.slice(0, index), {
      [instrument.id]: value,
    })[instrument.id];
    if (report !== undefined) {
      latest[instrument.id] = report;
    }
  }
  return Object.keys(latest).length === 0 ? null : scoresView(latest);
}

/** Every score over time, for the progress charts and the clinician summary. */
export function measuresProgress(newestFirst: readonly Checkin[]) {
  return {
    series: scoreSeries(ALL_INSTRUMENTS, dated([...newestFirst].reverse())),
    latest: latestScores(newestFirst),
  };
}

/**
 * The profile's attention: from the latest check-ins (a warning sign until a clean check-in)
 * and from a worsening walking trend, which also asks for a check-in and a new assessment.
 */
export function profileAttention(
  newestFirst: readonly Checkin[],
  trend: Trend | undefined,
  context: CheckinContext | undefined,
): ProfileAttention | null {
  const fromCheckins = checkinAttention(
    newestFirst.map((checkin) => ({
      date: checkin.date,
      level: checkin.triage.level,
      reasons: checkin.triage.reasons,
      unanswered: checkin.triage.unanswered,
    })),
  );
  const since = trend?.recentWeeks[0];
  const fromTrend =
    trend?.status === 'worsening' && since !== undefined
      ? trendAttention(KNOWLEDGE, { since, text: trend.reason }, context)
      : null;
  return combineAttention(fromCheckins, fromTrend);
}

/** The attention as the API shows it (arrays copied out of the engine's readonly ones). */
export function attentionView(attention: ProfileAttention | null) {
  return attention === null
    ? null
    : {
        level: attention.level,
        reasons: attention.reasons.map((reason) => ({
          feature: reason.feature,
          text: reason.text,
        })),
        since: attention.since,
        from: [...attention.from],
        asks: [...attention.asks],
      };
}

/** Refuses contradicting warning-sign answers (e.g. worsening weakness without weakness). */
function checkWarningSigns(warningSigns: Readonly<Record<string, boolean | null>>): void {
  try {
    checkAnswers(warningSigns);
  } catch (error) {
    if (isAnswersError(error)) {
      throw new ApiError('bad_request', {
        message: `warningSigns.${error.key}: expected ${error.expected}`,
        path: `warningSigns.${error.key}`,
      });
    }
    throw error;
  }
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = {
  400: json(ErrorSchema, 'The request is not valid; `path` names the field.'),
  401: json(ErrorSchema, 'No token, or not a valid one.'),
  404: json(ErrorSchema, "No such profile for this token (another profile's token gets this too)."),
};

export interface CheckinRouteDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly auth: MiddlewareHandler;
}

/** A profile route: bearer auth runs before any validation, so a stranger learns nothing. */
function profileRoute<const R extends Parameters<typeof createRoute>[0]>(
  auth: MiddlewareHandler,
  route: R,
) {
  return createRoute({
    ...route,
    middleware: [auth] as const,
    security: [{ profileToken: [] }],
    tags: ['profiles'],
  });
}

/** Adds POST and GET /profiles/{id}/checkins to the profile routes. */
export function registerCheckinRoutes(app: OpenAPIHono, deps: CheckinRouteDeps): void {
  const { store, now, auth } = deps;

  app.openapi(
    profileRoute(auth, {
      method: 'post',
      path: '/profiles/{id}/checkins',
      summary:
        'Store a check-in: every warning sign asked again, and any measures; a warning sign gives its triage at once',
      request: {
        params: ProfileParams,
        body: { content: { 'application/json': { schema: CheckinRequest } }, required: true },
      },
      responses: {
        201: json(
          NewCheckinSchema,
          "The stored check-in, its triage, its scores and the profile's attention now.",
        ),
        ...errors,
        409: json(
          ErrorSchema,
          'quota_exceeded: the profile keeps the most check-ins it may (src/store/limits.ts).',
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const at = now();
      refuseFutureDate(body.date, at);
      const warningSigns = Object.fromEntries(
        Object.entries(body.warningSigns).filter(
          (entry): entry is [string, boolean | null] => entry[1] !== undefined,
        ),
      );
      checkWarningSigns(warningSigns);
      // Parsed from the JSON body by the instruments' schemas, so JSON values.
      const measures = Object.fromEntries(
        Object.entries(body.measures ?? {}).filter((entry) => entry[1] !== undefined),
      ) as Record<string, Json>;
      const assessments = await store.assessments.list(id);
      const context = contextOf(assessments);
      const triage = checkinTriage(KNOWLEDGE, warningSigns, body.date, context);
      const added = await store.checkins.add(
        id,
        {
          date: body.date,
          warningSigns,
          measures,
          triage: {
            level: triage.level,
            reasons: triage.reasons.map((reason) => ({
              feature: reason.feature,
              text: reason.text,
              rule: reason.rule,
            })),
            advice: triage.advice,
            unanswered: [...triage.unanswered],
          },
        },
        at,
      );
      const checkins = await store.checkins.list(id);
      const views = checkinViews(checkins);
      const stored = views.find((view) => view.id === added.id);
      if (stored === undefined) {
        throw new Error('a check-in vanished right after it was stored');
      }
      // The trend is not recomputed here: the check-in's own answer is what the person sees now;
      // GET .../progress joins both.
      return c.json(
        { ...stored, attention: attentionView(profileAttention(checkins, undefined, context)) },
        201,
      );
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'get',
      path: '/profiles/{id}/checkins',
      summary:
        'The check-ins, newest first, each with its triage and scores; and the attention from them; `limit` and `cursor` give them a page at a time',
      request: { params: ProfileParams, query: CheckinQuery },
      responses: { 200: json(CheckinListSchema, 'Newest first.'), ...errors },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const [checkins, assessments] = await Promise.all([
        store.checkins.list(id),
        store.assessments.list(id),
      ]);
      // Every check-in's scores compare it with all earlier ones, and the attention reads the
      // latest: both need the whole list, so the page picks which views to answer, not what
      // they are computed from (a check-in reads the same on a page as in the whole list).
      const views = checkinViews(checkins);
      const { items, next } = await listOrPage(
        pageRequest(c.req.valid('query'), 'checkins'),
        () => Promise.resolve(views),
        async (request) => {
          const page = await store.checkins.page(id, request);
          const byId = new Map(views.map((view) => [view.id, view]));
          return {
            items: page.items.flatMap((checkin) => byId.get(checkin.id) ?? []),
            next: page.next,
          };
        },
      );
      return c.json(
        {
          checkins: [...items],
          attention: attentionView(profileAttention(checkins, undefined, contextOf(assessments))),
          next,
        },
        200,
      );
    },
  );
}
