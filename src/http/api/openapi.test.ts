import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { PublicArchive } from '../../services/public-archive.js';
import type { OpenData } from '../../services/public-export.js';
import { apiRoutes } from '../routes/api.js';
import { openApiDocument } from './openapi.js';
import type { OperationObject, ParameterObject, ReferenceObject } from './openapi-types.js';

/** The GET routes the API registers, as OpenAPI paths (`:reference` written `{reference}`). */
async function registeredGetRoutes(): Promise<string[]> {
  const app: FastifyInstance = Fastify();
  const routes: string[] = [];
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    if (methods.includes('GET')) routes.push(r.url.replace(/:(\w+)/g, '{$1}'));
  });
  // The routes only need their dependencies when they answer.
  apiRoutes(app, { archive: {} as PublicArchive, data: {} as OpenData });
  await app.ready();
  await app.close();
  return routes;
}

const doc = openApiDocument();

/** Follows a local `$ref` (`#/components/...`) to what it names. */
function resolve(ref: string): unknown {
  expect(ref.startsWith('#/')).toBe(true);
  return ref.slice(2).split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

function* refs(node: unknown): Generator<string> {
  if (Array.isArray(node)) for (const n of node) yield* refs(n);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') yield v;
      else yield* refs(v);
    }
  }
}

const param = (p: ParameterObject | ReferenceObject) => ('$ref' in p ? (resolve(p.$ref) as ParameterObject) : p);

describe('the OpenAPI document', () => {
  it('describes every route the API registers, and no other', async () => {
    const registered = (await registeredGetRoutes()).sort();
    expect(registered.filter((r) => r.startsWith('/api/v1/')).length).toBeGreaterThanOrEqual(11);
    expect(Object.keys(doc.paths).sort()).toEqual(registered);
  });

  it('has the shape OpenAPI 3.1 requires', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path.startsWith('/')).toBe(true);
      const op = item.get as OperationObject;
      expect(op, path).toBeDefined();
      expect(ids.has(op.operationId)).toBe(false);
      ids.add(op.operationId);
      expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(op.responses)) {
        expect(status).toMatch(/^[1-5]\d\d$/);
        const r = '$ref' in response ? resolve(response.$ref) : response;
        expect((r as { description?: string }).description, `${path} ${status}`).toBeTruthy();
      }
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(param);
      for (const p of params) {
        expect(['query', 'path', 'header']).toContain(p.in);
        expect(p.name).toBeTruthy();
        expect(p.schema).toBeDefined();
      }
      // Every `{name}` of the path is a required path parameter, and no other is.
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = params.filter((p) => p.in === 'path');
      expect(declared.map((p) => p.name).sort()).toEqual(inPath.sort());
      for (const p of declared) expect(p.required).toBe(true);
    }
  });

  it('resolves every $ref inside itself', () => {
    const all = [...refs(doc)];
    expect(all.length).toBeGreaterThan(20);
    for (const r of all) expect(resolve(r), r).toBeDefined();
  });

  it('carries the interchange record schema as a component', () => {
    const schema = doc.components.schemas?.Communication as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'reference', 'mandates', 'persons']));
  });

  it('is served at /api/openapi.json', async () => {
    const app = Fastify();
    apiRoutes(app, { archive: {} as PublicArchive, data: {} as OpenData });
    const res = await app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
    await app.close();
  });
});
