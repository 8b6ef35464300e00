/** Talks to the profile API: every call carries the saved token and the person's time zone where it matters; nothing is sent before they choose to save. */
import type { Answers } from '../engine.js';
import type { SavedProfile } from '../state/profile.js';
import type {
  ClinicianSummary,
  NewShare,
  Progress,
  SavedAssessment,
  ShareInfo,
  Shoe,
  ShoeInput,
  Walk,
  WalkInput,
} from './types.js';

/** A failed call: `status` 0 means the network did not answer. */
export class ApiFailure extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiFailure';
    this.status = status;
  }
}

/** API paths resolve against the page's base, so the app works under any mount path (and from /share/{token}). */
function urlOf(path: string): string {
  return new URL(path.replace(/^\//, ''), document.baseURI).toString();
}

async function request<T>(method: string, path: string, options: { token?: string; body?: unknown; keepalive?: boolean } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(urlOf(path), {
      method,
      headers: {
        ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      cache: 'no-store',
      // A request sent as the page goes away (a delete whose undo time was cut short) must still arrive.
      ...(options.keepalive === true ? { keepalive: true } : {}),
    });
  } catch {
    throw new ApiFailure(0, 'network');
  }
  if (!response.ok) {
    throw new ApiFailure(response.status, response.statusText);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** The person's IANA time zone, from Intl. */
export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const base = (profile: SavedProfile): string => `/api/v1/profiles/${encodeURIComponent(profile.id)}`;

export const api = {
  createProfile: () => request<{ id: string; token: string }>('POST', '/api/v1/profiles'),
  saveAssessment: (p: SavedProfile, answers: Answers) =>
    request<SavedAssessment>('POST', `${base(p)}/assessments`, { token: p.token, body: { answers } }),
  assessments: async (p: SavedProfile) =>
    (await request<{ assessments: SavedAssessment[] }>('GET', `${base(p)}/assessments`, { token: p.token })).assessments,
  /** Walks by date, oldest first; `from` and `to` are inclusive YYYY-MM-DD dates. */
  walks: async (p: SavedProfile, range: { readonly from?: string; readonly to?: string } = {}) => {
    const query = new URLSearchParams();
    if (range.from !== undefined) {query.set('from', range.from);}
    if (range.to !== undefined) {query.set('to', range.to);}
    const search = query.size === 0 ? '' : `?${query.toString()}`;
    return (await request<{ walks: Walk[] }>('GET', `${base(p)}/walks${search}`, { token: p.token })).walks;
  },
  addWalk: (p: SavedProfile, walk: WalkInput) => request<Walk>('POST', `${base(p)}/walks`, { token: p.token, body: walk }),
  deleteWalk: (p: SavedProfile, walkId: string, options: { readonly keepalive?: boolean } = {}) =>
    request<undefined>('DELETE', `${base(p)}/walks/${encodeURIComponent(walkId)}`, { token: p.token, keepalive: options.keepalive === true }),
  shoes: async (p: SavedProfile) => (await request<{ shoes: Shoe[] }>('GET', `${base(p)}/shoes`, { token: p.token })).shoes,
  addShoe: (p: SavedProfile, shoe: ShoeInput) => request<Shoe>('POST', `${base(p)}/shoes`, { token: p.token, body: shoe }),
  progress: (p: SavedProfile) =>
    request<Progress>('GET', `${base(p)}/progress?tz=${encodeURIComponent(timeZone())}`, { token: p.token }),
  createShare: (p: SavedProfile) =>
    request<NewShare>('POST', `${base(p)}/shares`, { token: p.token, body: { timeZone: timeZone() } }),
  shares: async (p: SavedProfile) => (await request<{ shares: ShareInfo[] }>('GET', `${base(p)}/shares`, { token: p.token })).shares,
  revokeShare: (p: SavedProfile, shareId: string) =>
    request<undefined>('DELETE', `${base(p)}/shares/${encodeURIComponent(shareId)}`, { token: p.token }),
  exportAll: (p: SavedProfile) => request<unknown>('GET', `${base(p)}/export`, { token: p.token }),
  fhir: (p: SavedProfile) => request<unknown>('GET', `${base(p)}/fhir`, { token: p.token }),
  erase: (p: SavedProfile) => request<undefined>('DELETE', base(p), { token: p.token }),
  summary: (token: string) => request<ClinicianSummary>('GET', `/api/v1/shares/${encodeURIComponent(token)}`),
};
