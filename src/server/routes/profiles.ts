/** The HTTP routes of CONTRACT section 6: profiles, assessments, the walking diary, shoes, progress, share links, export and erase. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { assess, checkAnswers } from '../../index.js';
import { computeProgress, dateIn, TREND_WINDOW_WEEKS, windowStart } from '../../engine/progress.js';
import { UnknownShoeError, type Share, type Store, type Walk } from '../../store/types.js';
import { DEFAULT_PUBLIC_BASE_URL } from '../config.js';
import { ApiError } from '../errors.js';
import { requireProfileToken } from './profiles/auth.js';
import {
  AssessmentListSchema,
  AssessmentQuery,
  AssessmentRequest,
  AssessmentSchema,
  ErrorSchema,
  NewProfileSchema,
  NewShareSchema,
  ProfileParams,
  ProgressQuery,
  StoredResultSchema,
  ShareListSchema,
  ShareQuery,
  ShareParams,
  ShareRequest,
  ShareSchema,
  ShareTokenParams,
  ShoeListSchema,
  ShoeQuery,
  ShoeParams,
  ShoePatchRequest,
  ShoeRequest,
  ShoeSchema,
  WalkListSchema,
  WalkParams,
  WalkQuery,
  WalkRequest,
  WalkSchema,
} from './profiles/schemas.js';
import { CheckinSchema, ProgressSchema } from './profiles/checkin-schemas.js';
import {
  attentionView,
  checkinViews,
  contextOf,
  measuresProgress,
  profileAttention,
  registerCheckinRoutes,
} from './profiles/checkins.js';
import { shoeView } from './profiles/shoes.js';
import { buildSummary, SummarySchema } from './profiles/summary.js';
import { listOrPage, pageRequest } from './profiles/pages.js';
import { profileValidationHook, refuseFutureDate } from './profiles/validation.js';

export interface ProfileRoutesDeps {
  readonly store: Store;
  readonly now?: () => Date;
  /**
   * Origin for share links, e.g. "https://stride.example.org" (a function when it is known only
   * once listening, as with PORT=0). Never taken from the request, whose Host a client chooses.
   */
  readonly publicBaseUrl?: string | (() => string);
}

export const DEFAULT_SHARE_DAYS = 30;
const DAY_MS = 86_400_000;
const TREND_RULE = 'docs/progress-trend.md';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = {
  400: json(ErrorSchema, 'The request is not valid; `path` names the field.'),
  401: json(ErrorSchema, 'No token, or not a valid one.'),
  404: json(ErrorSchema, "No such profile for this token (another profile's token gets this too)."),
};
/** For every add: the profile's limit for that collection is reached (src/store/limits.ts). */
const full = {
  409: json(
    ErrorSchema,
    'quota_exceeded: the profile keeps the most it may of these; `path` names the collection.',
  ),
};
const security = [{ profileToken: [] }];
/** RFC 7235 section 2.1: the scheme name is case-insensitive (as in ./profiles/auth.ts). */
const BEARER_TOKEN = /^Bearer[ \t]+([A-Za-z0-9_-]{1,200})[ \t]*$/i;
const tags = ['profiles'];

/** A profile route: bearer auth runs before any validation, so a stranger learns nothing. */
function profileRoute<const R extends Parameters<typeof createRoute>[0]>(
  auth: MiddlewareHandler,
  route: R,
) {
  return createRoute({ ...route, middleware: [auth] as const, security, tags });
}

/** A stored result, checked against the CONTRACT's shape on its way out. */
function resultOf(stored: object): z.infer<typeof StoredResultSchema> {
  return StoredResultSchema.parse(stored);
}

function walkView(walk: Walk): z.infer<typeof WalkSchema> {
  return walk;
}

function shareStatus(share: Share, now: Date): 'active' | 'expired' | 'revoked' {
  if (share.revokedAt !== null) {
    return 'revoked';
  }
  return Date.parse(share.expiresAt) <= now.getTime() ? 'expired' : 'active';
}

/** The routes, to mount at /api/v1. Errors are thrown as ApiError for the app's onError. */
export function createProfileRoutes(deps: ProfileRoutesDeps): OpenAPIHono {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const auth = requireProfileToken(store);
  const app = new OpenAPIHono({ defaultHook: profileValidationHook });

  app.openAPIRegistry.registerComponent('securitySchemes', 'profileToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token returned once by POST /api/v1/profiles.',
  });

  const noStore: MiddlewareHandler = async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  };
  app.use('/profiles', noStore);
  app.use('/profiles/*', noStore);
  app.use('/shares/*', noStore);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/profiles',
      tags,
      summary: 'Create a profile: a random id and a secret token, shown once',
      responses: { 201: json(NewProfileSchema, 'The new profile; keep the token on the device.') },
    }),
    async (c) => {
      const profile = await store.profiles.create(now());
      return c.json({ id: profile.id, token: profile.token }, 201);
    },
  );

  app.use('/profile', noStore);
  app.openapi(
    createRoute({
      method: 'get',
      path: '/profile',
      tags,
      security,
      summary: 'Which profile a token opens: lets a recovery code carry the token alone',
      responses: {
        200: json(
          z.object({ id: z.string() }).openapi('ProfileOfToken'),
          'The profile this bearer token opens.',
        ),
        401: errors[401],
      },
    }),
    async (c) => {
      const token = BEARER_TOKEN.exec(c.req.header('Authorization') ?? '')?.[1];
      const id = token === undefined ? undefined : await store.profiles.authenticate(token);
      if (id === undefined) {
        throw new ApiError('unauthorized', {
          message: 'The profile token is not valid.',
          headers: { 'WWW-Authenticate': 'Bearer' },
        });
      }
      return c.json({ id }, 200);
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'delete',
      path: '/profiles/{id}',
      summary: 'Erase everything stored for the profile, at once and for good',
      request: { params: ProfileParams },
      responses: { 204: { description: 'Erased.' }, ...errors },
    }),
    async (c) => {
      await store.profiles.erase(c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'post',
      path: '/profiles/{id}/assessments',
      summary: 'Assess answers and store the assessment',
      request: {
        params: ProfileParams,
        body: { content: { 'application/json': { schema: AssessmentRequest } }, required: true },
      },
      responses: {
        201: json(AssessmentSchema.omit({ answers: true }), 'The stored assessment.'),
        ...errors,
        ...full,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const answers = checkAnswers(c.req.valid('json').answers);
      const result = assess(answers);
      const stored = await store.assessments.add(id, { answers, result }, now());
      return c.json(
        { id: stored.id, createdAt: stored.createdAt, result: resultOf(stored.result) },
        201,
      );
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'get',
      path: '/profiles/{id}/assessments',
      summary:
        'The stored assessments, newest first; `limit` and `cursor` give them a page at a time',
      request: { params: ProfileParams, query: AssessmentQuery },
      responses: { 200: json(AssessmentListSchema, 'Newest first.'), ...errors },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { items, next } = await listOrPage(
        pageRequest(c.req.valid('query'), 'assessments'),
        () => store.assessments.list(id),
        (request) => store.assessments.page(id, request),
      );
      return c.json(
        { assessments: items.map((a) => ({ ...a, result: resultOf(a.result) })), next },
        200,
      );
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'post',
      path: '/profiles/{id}/walks',
      summary: 'Log one walk',
      request: {
        params: ProfileParams,
        body: { content: { 'application/json': { schema: WalkRequest } }, required: true },
      },
      responses: { 201: json(WalkSchema, 'The stored walk with its id.'), ...errors, ...full },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const at = now();
      refuseFutureDate(input.date, at);
      try {
        return c.json(walkView(await store.walks.add(id, input, at)), 201);
      } catch (error) {
        if (error instanceof UnknownShoeError) {
          throw new ApiError('bad_request', {
            message: 'shoeId: no such pair of shoes in this profile',
            path: 'shoeId',
          });
        }
        throw error;
      }
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'get',
      path: '/profiles/{id}/walks',
      summary:
        'The walks by date; from/to are inclusive dates; `limit` and `cursor` give them newest first, a page at a time',
      request: { params: ProfileParams, query: WalkQuery },
      responses: {
        200: json(WalkListSchema, 'By date: oldest first, or newest first in pages.'),
        ...errors,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const range = { from: query.from, to: query.to };
      const { items, next } = await listOrPage(
        pageRequest(query, 'walks'),
        () => store.walks.list(id, range),
        (request) => store.walks.page(id, request, range),
      );
      return c.json({ walks: items.map(walkView), next }, 200);
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'delete',
      path: '/profiles/{id}/walks/{walkId}',
      summary: 'Remove one walk',
      request: { params: WalkParams },
      responses: { 204: { description: 'Removed.' }, ...errors },
    }),
    async (c) => {
      const { id, walkId } = c.req.valid('param');
      if (!(await store.walks.remove(id, walkId))) {
        throw new ApiError('not_found', { message: 'No such walk.', path: 'walkId' });
      }
      return c.body(null, 204);
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'post',
      path: '/profiles/{id}/shoes',
      summary: 'Add a pair of shoes',
      request: {
        params: ProfileParams,
        body: { content: { 'application/json': { schema: ShoeRequest } }, required: true },
      },
      responses: { 201: json(ShoeSchema, 'The pair, with its id.'), ...errors, ...full },
    }),
    async (c) => {
      const shoe = await store.shoes.add(c.req.valid('param').id, c.req.valid('json'), now());
      return c.json(shoeView(shoe), 201);
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'get',
      path: '/profiles/{id}/shoes',
      summary: 'The shoes, with distance walked and whether each pair is due for replacing',
      request: { params: ProfileParams, query: ShoeQuery },
      responses: {
        200: json(ShoeListSchema, 'In the order they were added, or newest first in pages.'),
        ...errors,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { items, next } = await listOrPage(
        pageRequest(c.req.valid('query'), 'shoes'),
        () => store.shoes.list(id),
        (request) => store.shoes.page(id, request),
      );
      return c.json({ shoes: items.map(shoeView), next }, 200);
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'patch',
      path: '/profiles/{id}/shoes/{shoeId}',
      summary: 'Rename a pair or set its replacement distance (null: back to the default)',
      request: {
        params: ShoeParams,
        body: { content: { 'application/json': { schema: ShoePatchRequest } }, required: true },
      },
      responses: { 200: json(ShoeSchema, 'The changed pair.'), ...errors },
    }),
    async (c) => {
      const { id, shoeId } = c.req.valid('param');
      const shoe = await store.shoes.update(id, shoeId, c.req.valid('json'));
      if (shoe === undefined) {
        throw new ApiError('not_found', { message: 'No such pair of shoes.', path: 'shoeId' });
      }
      return c.json(shoeView(shoe), 200);
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'get',
      path: '/profiles/{id}/progress',
      summary: 'Weekly walking figures and the trend (rule: docs/progress-trend.md)',
      request: { params: ProfileParams, query: ProgressQuery },
      responses: {
        200: json(ProgressSchema, 'Figures for the last `weeks` weeks (default 12).'),
        ...errors,
      },
    }),
    async (c) => {
      const { tz, weeks } = c.req.valid('query');
      const at = now();
      const timeZone = tz ?? 'UTC';
      const shown = weeks ?? TREND_WINDOW_WEEKS;
      const from = windowStart(dateIn(at, timeZone), Math.max(shown, TREND_WINDOW_WEEKS));
      const { id } = c.req.valid('param');
      const [walks, checkins, assessments] = await Promise.all([
        store.walks.points(id, from),
        store.checkins.list(id),
        store.assessments.list(id),
      ]);
      const progress = computeProgress(walks, { now: at, timeZone, weeks: shown });
      return c.json(
        {
          ...progress,
          attention: attentionView(
            profileAttention(checkins, progress.trend, contextOf(assessments)),
          ),
          measures: measuresProgress(checkins),
          weeks: [...progress.weeks],
          trend: {
            ...progress.trend,
            recentWeeks: [...progress.trend.recentWeeks],
            earlierWeeks: [...progress.trend.earlierWeeks],
          },
          warnings: [...progress.warnings],
          rule: TREND_RULE,
        },
        200,
      );
    },
  );

  registerCheckinRoutes(app, { store, now, auth });

  app.openapi(
    profileRoute(auth, {
      method: 'post',
      path: '/profiles/{id}/shares',
      summary: 'Make a read-only link to the clinician summary (expires; can be revoked)',
      request: {
        params: ProfileParams,
        body: { content: { 'application/json': { schema: ShareRequest } }, required: false },
      },
      responses: {
        201: json(NewShareSchema, 'The link; its token is shown only here.'),
        ...errors,
        ...full,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const at = now();
      const expiresAt = new Date(
        at.getTime() + (body.expiresInDays ?? DEFAULT_SHARE_DAYS) * DAY_MS,
      );
      const share = await store.shares.create(
        c.req.valid('param').id,
        { expiresAt, timeZone: body.timeZone ?? 'UTC' },
        at,
      );
      const configured = deps.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL;
      const base = (typeof configured === 'string' ? configured : configured()).replace(/\/+$/, '');
      // `url` is what a person hands their clinician: the page that shows the summary.
      // `apiUrl` is the same summary as JSON, for software.
      return c.json(
        {
          id: share.id,
          url: `${base}/share/${share.token}`,
          apiUrl: `${base}/api/v1/shares/${share.token}`,
          expiresAt: share.expiresAt,
        },
        201,
      );
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'get',
      path: '/profiles/{id}/shares',
      summary:
        'The share links made, newest first (their tokens are not kept); `limit` and `cursor` page them',
      request: { params: ProfileParams, query: ShareQuery },
      responses: { 200: json(ShareListSchema, 'Newest first.'), ...errors },
    }),
    async (c) => {
      const at = now();
      const { id } = c.req.valid('param');
      const { items, next } = await listOrPage(
        pageRequest(c.req.valid('query'), 'shares'),
        () => store.shares.list(id),
        (request) => store.shares.page(id, request),
      );
      return c.json(
        {
          next,
          shares: items.map((s) => ({
            id: s.id,
            createdAt: s.createdAt,
            expiresAt: s.expiresAt,
            revokedAt: s.revokedAt,
            status: shareStatus(s, at),
            timeZone: s.timeZone,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'delete',
      path: '/profiles/{id}/shares/{shareId}',
      summary: 'Revoke a share link: it answers 410 from now on',
      request: { params: ShareParams },
      responses: { 204: { description: 'Revoked.' }, ...errors },
    }),
    async (c) => {
      const { id, shareId } = c.req.valid('param');
      if (!(await store.shares.revoke(id, shareId, now()))) {
        throw new ApiError('not_found', { message: 'No such share link.', path: 'shareId' });
      }
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/shares/{token}',
      tags: ['shares'],
      summary: 'The clinician summary behind a share link (read-only, no profile token needed)',
      request: { params: ShareTokenParams },
      responses: {
        200: json(SummarySchema, 'The summary.'),
        404: json(ErrorSchema, 'No such link.'),
        410: json(ErrorSchema, 'The link expired or was revoked.'),
      },
    }),
    async (c) => {
      const share = await store.shares.open(c.req.valid('param').token);
      if (share === undefined) {
        throw new ApiError('not_found', { message: 'No such link.' });
      }
      const at = now();
      if (shareStatus(share, at) !== 'active') {
        throw new ApiError('gone');
      }
      const from = windowStart(dateIn(at, share.timeZone), TREND_WINDOW_WEEKS);
      const [assessments, walks, checkins] = await Promise.all([
        store.assessments.list(share.profileId),
        store.walks.list(share.profileId, { from }),
        store.checkins.list(share.profileId),
      ]);
      c.header('Referrer-Policy', 'no-referrer');
      c.header('X-Robots-Tag', 'noindex, nofollow');
      return c.json(
        buildSummary({ assessments, walks, checkins, share, now: at, timeZone: share.timeZone }),
        200,
      );
    },
  );

  app.openapi(
    profileRoute(auth, {
      method: 'get',
      path: '/profiles/{id}/export',
      summary: 'Everything stored for the profile, as JSON',
      request: { params: ProfileParams },
      responses: { 200: json(ExportSchema, 'Everything, tokens excepted.'), ...errors },
    }),
    async (c) => {
      const everything = await store.profiles.exportAll(c.req.valid('param').id);
      if (everything === undefined) {
        throw new ApiError('not_found', { message: 'No such profile.' });
      }
      const at = now();
      return c.json(
        {
          kind: 'stride/export/1' as const,
          exportedAt: at.toISOString(),
          profile: everything.profile,
          assessments: everything.assessments.map((a) => ({ ...a, result: resultOf(a.result) })),
          walks: everything.walks.map(walkView),
          shoes: everything.shoes.map(shoeView),
          shares: everything.shares.map((s) => ({
            id: s.id,
            createdAt: s.createdAt,
            expiresAt: s.expiresAt,
            revokedAt: s.revokedAt,
            status: shareStatus(s, at),
            timeZone: s.timeZone,
          })),
          checkins: checkinViews(everything.checkins),
        },
        200,
      );
    },
  );

  return app;
}

const ExportSchema = z
  .object({
    kind: z.literal('stride/export/1'),
    exportedAt: z.string(),
    profile: z.object({ id: z.string(), createdAt: z.string() }),
    assessments: z.array(AssessmentSchema),
    walks: z.array(WalkSchema),
    shoes: z.array(ShoeSchema),
    shares: z.array(ShareSchema),
    checkins: z.array(CheckinSchema),
  })
  .openapi('Export');
