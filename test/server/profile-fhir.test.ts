/**
 * GET /api/v1/profiles/{id}/fhir serves the profile as a valid R4 Bundle (QuestionnaireResponse,
 * RiskAssessment, triage and walk Observations), and GET /share/{token} serves the web page that
 * shows a share link's clinician summary.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, Observation } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkinWarningSigns } from '../../src/engine/checkin.js';
import { KNOWLEDGE } from '../../src/index.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { openStore, type Store } from '../../src/store/index.js';
import { r4Problems } from './fhir-r4.js';

const STENOSIS = {
  age: 72,
  leg_symptoms: 'both_legs',
  relief_sitting: true,
  relief_leaning_forward: true,
  walk_minutes_until_pain: 10,
  bladder_bowel_change: false,
  saddle_numbness: false,
  fever: false,
};

let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', dataDir: mkdtempSync(join(tmpdir(), 'stride-db-')) });
  const webRoot = mkdtempSync(join(tmpdir(), 'stride-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><html><head><title>Stride</title></head><body></body></html>',
  );
  app = createApp({ logger: createLogger({ level: 'silent' }), rateLimit: false, store, webRoot });
});

afterAll(async () => {
  await store.close();
});

async function call(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<Response> {
  return app.request(path, {
    method,
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function newProfile(): Promise<{ id: string; token: string }> {
  return (await (await call('POST', '/api/v1/profiles')).json()) as { id: string; token: string };
}

describe('GET /api/v1/profiles/{id}/fhir', () => {
  it('answers a valid R4 Bundle with the latest assessment and every walk', async () => {
    const { id, token } = await newProfile();
    expect(
      (await call('POST', `/api/v1/profiles/${id}/assessments`, token, { answers: STENOSIS }))
        .status,
    ).toBe(201);
    for (const date of ['2026-01-05', '2026-01-06']) {
      const walk = {
        date,
        minutes: 20,
        minutesUntilSymptoms: 8,
        painBefore: 2,
        painAfter: 4,
        stoppedBecause: 'leg_symptoms',
        reliefBy: 'sitting',
      };
      expect((await call('POST', `/api/v1/profiles/${id}/walks`, token, walk)).status).toBe(201);
    }
    const res = await call('GET', `/api/v1/profiles/${id}/fhir`, token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/fhir+json');
    const bundle = (await res.json()) as Bundle;
    expect(r4Problems(bundle)).toStrictEqual([]);
    const types = (bundle.entry ?? []).map((entry) => entry.resource?.resourceType);
    expect(types).toStrictEqual([
      'QuestionnaireResponse',
      'RiskAssessment',
      'Observation',
      'Observation',
      'Observation',
    ]);
    for (const entry of bundle.entry ?? []) {
      expect(r4Problems(entry.resource), entry.resource?.resourceType).toStrictEqual([]);
    }
    const response = bundle.entry?.[0]?.resource;
    expect(
      response?.resourceType === 'QuestionnaireResponse'
        ? response.item?.find((i) => i.linkId === 'age')?.answer
        : undefined,
    ).toStrictEqual([{ valueDecimal: 72 }]);
    const legs =
      response?.resourceType === 'QuestionnaireResponse'
        ? response.item?.find((i) => i.linkId === 'leg_symptoms')?.answer?.[0]?.valueCoding
        : undefined;
    expect(legs).toMatchObject({
      system: 'urn:stride:fhir:CodeSystem:answer:leg_symptoms',
      code: 'both_legs',
    });
  });

  it('answers 406 when the client asks for FHIR XML', async () => {
    const { id, token } = await newProfile();
    const res = await app.request(`/api/v1/profiles/${id}/fhir`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+xml' },
    });
    expect(res.status).toBe(406);
    expect(await res.json()).toMatchObject({ error: { code: 'not_acceptable', path: 'Accept' } });
  });

  it('carries each check-in as a QuestionnaireResponse, its triage and one Observation per score, LOINC-coded where LOINC has the term', async () => {
    const { id, token } = await newProfile();
    const warningSigns: Record<string, boolean | null> = Object.fromEntries(
      checkinWarningSigns(KNOWLEDGE)
        .filter((feature) => feature.askWhen === undefined)
        .map((feature) => [feature.id, feature.id === 'fever' ? true : false]),
    );
    warningSigns['saddle_numbness'] = null;
    const checkin = {
      date: '2026-01-06',
      warningSigns,
      measures: {
        nrs_back: 5,
        nrs_leg: 3,
        peg: [6, 7, 4],
        psfs: [{ activity: 'Walk to the shops', score: 4 }],
        walking_test: { minutes: 12, minutesUntilSymptoms: 5, distanceKm: 0.8 },
      },
    };
    expect((await call('POST', `/api/v1/profiles/${id}/checkins`, token, checkin)).status).toBe(
      201,
    );
    const bundle = (await (
      await call('GET', `/api/v1/profiles/${id}/fhir`, token)
    ).json()) as Bundle;
    expect(r4Problems(bundle)).toStrictEqual([]);
    for (const entry of bundle.entry ?? []) {
      expect(r4Problems(entry.resource), entry.resource?.resourceType).toStrictEqual([]);
    }
    const resources = (bundle.entry ?? []).map((entry) => entry.resource);
    const response = resources.find((r) => r?.resourceType === 'QuestionnaireResponse');
    const signs =
      response?.resourceType === 'QuestionnaireResponse'
        ? response.item?.find((item) => item.linkId === 'warning_signs')?.item
        : undefined;
    expect(signs?.find((item) => item.linkId === 'fever')?.answer).toStrictEqual([
      { valueBoolean: true },
    ]);
    // "Not sure" is asked and has no answer: FHIR has no empty answer value.
    expect(signs?.find((item) => item.linkId === 'saddle_numbness')?.answer).toBeUndefined();
    const observations = resources.filter(
      (r): r is Observation => r?.resourceType === 'Observation',
    );
    const codes = observations.map((o) => o.code.coding?.map((c) => c.code).join('+'));
    expect(codes).toStrictEqual([
      'checkin-triage',
      '72514-3+nrs-back',
      '72514-3+nrs-leg',
      '91147-9',
      'psfs-mean',
      'walking-test-minutes',
      'walking-test-distance',
    ]);
    const triage = observations[0];
    expect(triage?.valueCodeableConcept?.coding?.[0]?.code).toBe('urgent');
    const peg = observations[3];
    expect(peg?.valueQuantity?.value).toBeCloseTo(5.67, 2);
    expect(peg?.component?.map((c) => c.code.coding?.[0]?.code)).toStrictEqual([
      '75893-8',
      '91145-3',
      '91146-1',
    ]);
    expect(observations[6]?.valueQuantity).toMatchObject({ value: 800, code: 'm' });
  });

  it('is a valid empty Bundle for a new profile, and needs the token', async () => {
    const { id, token } = await newProfile();
    const bundle = (await (
      await call('GET', `/api/v1/profiles/${id}/fhir`, token)
    ).json()) as Bundle;
    expect(r4Problems(bundle)).toStrictEqual([]);
    expect(bundle).not.toHaveProperty('entry');
    expect((await call('GET', `/api/v1/profiles/${id}/fhir`)).status).toBe(401);
    const other = await newProfile();
    expect((await call('GET', `/api/v1/profiles/${id}/fhir`, other.token)).status).toBe(404);
  });
});

describe('GET /share/{token}', () => {
  it('serves the web page with a base one level up, not cached and not indexed', async () => {
    const res = await app.request(`/share/${'A'.repeat(43)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<head><base href="../" />');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('other paths under /share are not the share page', async () => {
    const res = await app.request('/share/a/b');
    expect(await res.text()).not.toContain('<base');
  });
});
