/**
 * The app's state as a user would have it at each screen, set up without clicking through:
 * interview answers in localStorage (the app's own format), and a saved profile with an
 * assessment, eight weeks of walks, a pair of shoes and a share link made through the real API.
 * Used by the reflow tests and by `npm run bench:web`.
 */
import { nextQuestion, type AnswerValue } from '../../src/index.js';
import { publicVignettes } from './helpers.js';

/** localStorage keys and shapes of web/src/state/storage.ts and profile.ts. */
const INTERVIEW_KEY = 'stride.interview.v1';
const PROFILE_KEY = 'stride.profile.v1';

export type Answers = Record<string, AnswerValue>;

export interface Screen {
  readonly name: string;
  /** The path and hash to open. */
  readonly path: string;
  /** What localStorage holds before the page loads. */
  readonly storage: Readonly<Record<string, string>>;
  /** Needs the saved profile (and so the real server). */
  readonly saved: boolean;
}

function interviewStorage(answers: Answers): Record<string, string> {
  return { [INTERVIEW_KEY]: JSON.stringify({ answers, history: Object.keys(answers).map((id) => [id]), previous: {} }) };
}

/**
 * Runs the interview as the page would, answering from the case (a question it does not cover is
 * "not sure"); `stopAt` ends it before the first question it accepts, so that question is on screen.
 */
export function answersUntil(caseAnswers: Answers, stopAt: (question: NonNullable<ReturnType<typeof nextQuestion>>) => boolean = () => false): Answers {
  const answers: Answers = {};
  for (let question = nextQuestion(answers); question !== null; question = nextQuestion(answers)) {
    if (stopAt(question)) {
      return answers;
    }
    answers[question.id] = caseAnswers[question.id] ?? null;
  }
  return answers;
}

export function caseAnswers(id: string): Answers {
  const vignette = publicVignettes().find((candidate) => candidate.id === id);
  if (vignette === undefined) {
    throw new Error(`no public vignette ${id}`);
  }
  return { ...vignette.answers };
}

export interface SavedState {
  readonly profile: { readonly id: string; readonly token: string };
  readonly shareUrl: string;
}

async function call(base: string, method: string, path: string, token?: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(path, base), {
    method,
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${String(response.status)} ${await response.text()}`);
  }
  return (await response.json()) as Record<string, unknown>;
}

const isoDaysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A profile as a person has it after a few weeks: one saved check, three walks a week for eight weeks, a pair of shoes, a share link. */
export async function seedSavedProfile(base: string, answers: Answers): Promise<SavedState> {
  const created = await call(base, 'POST', '/api/v1/profiles');
  const profile = { id: String(created['id']), token: String(created['token']) };
  const root = `/api/v1/profiles/${profile.id}`;
  await call(base, 'POST', `${root}/assessments`, profile.token, { answers });
  const shoe = await call(base, 'POST', `${root}/shoes`, profile.token, { name: 'Grey walking shoes', startedOn: isoDaysAgo(120), startKm: 150 });
  for (let week = 7; week >= 0; week -= 1) {
    for (const day of [1, 3, 5]) {
      const until = week < 2 ? 14 : 9;
      await call(base, 'POST', `${root}/walks`, profile.token, {
        date: isoDaysAgo(week * 7 + day - 1),
        minutes: until + 6,
        distanceKm: 1.2,
        minutesUntilSymptoms: until,
        painBefore: 2,
        painAfter: week < 2 ? 3 : 5,
        stoppedBecause: 'leg_symptoms',
        reliefBy: 'sitting',
        shoeId: String(shoe['id']),
      });
    }
  }
  const share = await call(base, 'POST', `${root}/shares`, profile.token, { timeZone: 'UTC' });
  return { profile, shareUrl: String(share['url']) };
}

/** Every screen of the app, with the state a person would have when they reach it. */
export function everyScreen(saved: SavedState | null): Screen[] {
  const stenosis = caseAnswers('stenosis-classic');
  const done = answersUntil(stenosis);
  const atQuestion = (type: string, id?: string): Answers =>
    answersUntil(stenosis, (question) => question.group !== 'warning' && question.type === type && (id === undefined || question.id === id));
  const profile = saved === null ? {} : { [PROFILE_KEY]: `${saved.profile.id}.${saved.profile.token}` };
  const withResult = { ...interviewStorage(done), ...profile };
  const screens: Screen[] = [
    { name: 'start', path: '#/', storage: {}, saved: false },
    { name: 'checklist', path: '#/questions', storage: {}, saved: false },
    { name: 'question-number', path: '#/questions', storage: interviewStorage(atQuestion('number')), saved: false },
    { name: 'question-pictures', path: '#/questions', storage: interviewStorage(atQuestion('choice', 'leg_symptoms')), saved: false },
    { name: 'question-yes-no', path: '#/questions', storage: interviewStorage(atQuestion('bool')), saved: false },
    { name: 'result', path: '#/result', storage: withResult, saved: false },
    { name: 'report', path: '#/report', storage: withResult, saved: false },
    { name: 'supplements', path: '#/supplements', storage: withResult, saved: false },
    { name: 'open', path: '#/open', storage: {}, saved: false },
  ];
  if (saved !== null) {
    for (const route of ['diary', 'walk-test', 'shoes', 'progress', 'history', 'share']) {
      screens.push({ name: route, path: `#/${route}`, storage: withResult, saved: true });
    }
    screens.push({ name: 'clinician', path: new URL(saved.shareUrl).pathname, storage: {}, saved: true });
  }
  return screens;
}

/** A script for `addInitScript`: puts the screen's storage in place before the app reads it. */
export function storageScript(storage: Readonly<Record<string, string>>): string {
  return `(() => { const items = ${JSON.stringify(storage)}; if (sessionStorage.getItem('stride-test-seeded') === null) { for (const [key, value] of Object.entries(items)) { localStorage.setItem(key, value); } sessionStorage.setItem('stride-test-seeded', '1'); } })();`;
}
