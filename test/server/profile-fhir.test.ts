/**
 * GET /api/v1/profiles/{id}/fhir serves the profile as a valid R4 Bundle (QuestionnaireResponse,
 * RiskAssessment, triage and walk Observations), and GET /share/{token} serves the web page that
 * shows a share link's clinician summary.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
