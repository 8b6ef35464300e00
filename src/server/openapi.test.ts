/**
 * What the served OpenAPI document promises beyond the route schemas: servers, a security
 * requirement on every operation (bearer on profile routes, none on public ones), operation ids,
 * tags with descriptions, contact and licence, and the edge's answers (429 with Retry-After, 413,
 * 415, 401 with WWW-Authenticate) on every operation they can reach.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import { createLogger } from './logger.js';
import { operationIdOf } from './openapi.js';
import type { OpenApiDocument } from './openapi.js';

interface Operation {
  operationId?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  responses: Record<string, { headers?: Record<string, unknown> }>;
}

let dir: string;
let store: Store;
let document: OpenApiDocument;
let operations: { method: string; path: string; operation: Operation }[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stride-openapi-'));
  store = await openStore({ kind: 'sqlite', dataDir: dir });
  const app = createApp({
    store,
    logger: createLogger({ level: 'silent' }),
    publicBaseUrl: 'https://stride.example.org/',
  });
  document = (await (await app.request('/api/v1/openapi.json')).json()) as OpenApiDocument;
  operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      method,
      path,
      operation: operation,
    })),
  );
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the OpenAPI document', () => {
  it('names the server by its configured public address, with contact and licence', () => {
    expect(document.servers).toStrictEqual([
      { url: 'https://stride.example.org', description: 'This Stride server' },
    ]);
    expect(document.info).toMatchObject({
      contact: { name: expect.any(String) as string },
      license: { name: 'MIT', identifier: 'MIT' },
    });
  });

  it('gives every operation a unique operationId, a description and a described tag', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    const tags = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description]));
    for (const { operation } of operations) {
      expect(operation.description?.length).toBeGreaterThan(20);
      for (const tag of operation.tags ?? []) {
        expect(tags.get(tag)).toBeTruthy();
      }
    }
  });

  it('asks for the bearer token on profile routes and for nothing on public ones', () => {
    const schemes = document.components?.['securitySchemes'] as Record<string, unknown>;
    expect(schemes['profileToken']).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const { path, operation } of operations) {
      // GET /api/v1/profile says which profile a token opens, so it too needs the token.
      const needsToken = path.startsWith('/api/v1/profiles/') || path === '/api/v1/profile';
      expect(operation.security, path).toStrictEqual(needsToken ? [{ profileToken: [] }] : []);
      if (needsToken) {
        expect(operation.responses['401']?.headers, path).toHaveProperty('WWW-Authenticate');
        expect(operation.responses, path).toHaveProperty('404');
      }
    }
  });

  it('declares 429 with Retry-After on every operation, and 413 and 415 wherever a body can come', () => {
    for (const { method, path, operation } of operations) {
      expect(operation.responses['429']?.headers, `${method} ${path}`).toHaveProperty(
        'Retry-After',
      );
      expect(operation.responses, `${method} ${path}`).toHaveProperty('500');
      if (method !== 'get') {
        expect(operation.responses, `${method} ${path}`).toHaveProperty('413');
        expect(operation.responses['415']?.headers, `${method} ${path}`).toHaveProperty(
          'Accept-Encoding',
        );
      }
    }
  });

  it('declares 304 with an ETag for the knowledge base, 410 for share links and 503 for health', () => {
    const paths = document.paths ?? {};
    const knowledge = paths['/api/v1/knowledge']?.['get'] as Operation;
    expect(knowledge.responses['304']?.headers).toHaveProperty('ETag');
    expect(knowledge.responses['200']?.headers).toHaveProperty('ETag');
    expect(paths['/api/v1/shares/{token}']?.['get']?.responses).toHaveProperty('410');
    expect(paths['/api/v1/health']?.['get']?.responses).toHaveProperty('503');
  });

  it('describes what assess returns as Result, with attention, and a stored result as StoredResult, where older results lack it', () => {
    const schemas = (document.components?.['schemas'] ?? {}) as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    expect(schemas['Result']?.required).toEqual(expect.arrayContaining(['triage', 'attention', 'causes', 'plan']));
    expect(schemas['Assessment']?.properties?.['result']).toStrictEqual({ $ref: '#/components/schemas/StoredResult' });
    expect(Object.keys(schemas['StoredResult']?.properties ?? {})).toContain('attention');
    expect(schemas['StoredResult']?.required ?? []).not.toContain('attention');
  });

  it('declares the limits the server enforces', () => {
    const schemas = document.components?.['schemas'] as Record<
      string,
      {
        properties?: Record<string, Record<string, unknown>>;
        enum?: string[];
        description?: string;
      }
    >;
    expect(schemas['WalkRequest']?.properties?.['note']).toMatchObject({ maxLength: 500 });
    expect(schemas['WalkRequest']?.description).toMatch(/minutesUntilSymptoms.*at most.*minutes/);
    expect(schemas['ShoeRequest']?.properties?.['name']).toMatchObject({
      minLength: 1,
      maxLength: 80,
    });
    expect(schemas['TimeZone']?.enum).toContain('Europe/London');
    expect(schemas['TimeZone']?.enum?.[0]).toBe('UTC');
    expect(schemas['AssessmentRequest']?.properties?.['answers']).toMatchObject({
      $ref: '#/components/schemas/Answers',
    });
  });
});

describe('operationIdOf', () => {
  it.each([
    ['post', '/api/v1/profiles/{id}/walks', 'postProfilesWalks'],
    ['get', '/fhir/Questionnaire/stride', 'getFhirQuestionnaireStride'],
    ['post', '/fhir/QuestionnaireResponse/$assess', 'postFhirQuestionnaireResponseAssess'],
    ['post', '/cds-services/stride-triage', 'postCdsServicesStrideTriage'],
  ])('names %s %s %s', (method, path, id) => {
    expect(operationIdOf(method, path)).toBe(id);
  });
});
