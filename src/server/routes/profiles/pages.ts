/** Pages of the profile's lists at the HTTP edge: `limit` and `cursor` checked, the store's page key turned into an opaque cursor and back. */
import { z } from '@hono/zod-openapi';
import { PAGE_KEY_PARTS, type Page, type PageKey, type PageRequest } from '../../../store/types.js';

export type PagedCollection = keyof typeof PAGE_KEY_PARTS;

/** The largest page: 500 walks is more than a year of daily walks, about 150 KB of JSON. */
export const MAX_PAGE_LIMIT = 500;
/** The page size when a client sends a `cursor` without a `limit`. */
export const DEFAULT_PAGE_LIMIT = 100;

const keySchema = z.array(z.string().min(1).max(100));

/**
 * The cursor for a page key: base64url JSON of the list's name and the key, opaque to clients.
 * The name is there because walks and check-ins have keys of one shape (date, time, id): without
 * it, one list's cursor would page the other.
 */
export function encodeCursor(key: PageKey, collection: PagedCollection): string {
  return Buffer.from(JSON.stringify([collection, ...key]), 'utf8').toString('base64url');
}

/** The page key in a cursor this list gave, or undefined for anything else. */
function decodeCursor(cursor: string, collection: PagedCollection): PageKey | undefined {
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(cursor)) {
    return undefined;
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const key = keySchema.safeParse(decoded);
  if (!key.success) {
    return undefined;
  }
  const [name, ...parts] = key.data;
  return name === collection && parts.length === PAGE_KEY_PARTS[collection] ? parts : undefined;
}

/** The `limit` and `cursor` query parameters of a list, to spread into its query schema. */
export function pageParams(collection: PagedCollection) {
  return {
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE_LIMIT)
      .optional()
      .openapi({
        param: { name: 'limit', in: 'query' },
        example: 50,
        description: `At most this many, newest first, with \`next\` for the rest (1 to ${MAX_PAGE_LIMIT}). Without \`limit\` and \`cursor\` the whole list comes in one answer, as before pages existed.`,
      }),
    cursor: z
      .string()
      .refine(
        (cursor) => decodeCursor(cursor, collection) !== undefined,
        'must be a `next` cursor that this list gave',
      )
      .optional()
      .openapi({
        param: { name: 'cursor', in: 'query' },
        description: `The \`next\` of the page before: the page after it (default limit ${DEFAULT_PAGE_LIMIT}).`,
      }),
  };
}

/** The store's page request, with the list it is for (which names the `next` cursor). */
export interface ListPageRequest extends PageRequest {
  readonly collection: PagedCollection;
}

/** The store's page request for checked query parameters; undefined: the client asked for the whole list. */
export function pageRequest(
  query: { readonly limit?: number | undefined; readonly cursor?: string | undefined },
  collection: PagedCollection,
): ListPageRequest | undefined {
  if (query.limit === undefined && query.cursor === undefined) {
    return undefined;
  }
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, collection);
  return { limit: query.limit ?? DEFAULT_PAGE_LIMIT, after, collection };
}

/** The `next` field of every list answer. */
export const nextField = z.string().nullable().openapi({
  description:
    'The cursor for the next, older page (send it as `cursor`); null when nothing older is left, and always null without `limit` or `cursor`.',
});

/** The page's `next` key as the cursor a client sends back. */
export function nextCursor(next: PageKey | null, collection: PagedCollection): string | null {
  return next === null ? null : encodeCursor(next, collection);
}

/** The whole list when the client asked for no page (the answer of before pages), else one page. */
export async function listOrPage<T>(
  request: ListPageRequest | undefined,
  whole: () => Promise<readonly T[]>,
  page: (request: PageRequest) => Promise<Page<T>>,
): Promise<{ readonly items: readonly T[]; readonly next: string | null }> {
  if (request === undefined) {
    return { items: await whole(), next: null };
  }
  const found = await page(request);
  return { items: found.items, next: nextCursor(found.next, request.collection) };
}
