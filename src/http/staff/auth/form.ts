/** Reading urlencoded form bodies: a field is one string (the first, if sent twice), a list is every value. */
import type { FastifyRequest } from 'fastify';

type Body = Record<string, unknown>;

const bodyOf = (req: FastifyRequest): Body => (req.body && typeof req.body === 'object' ? (req.body as Body) : {});

/** The text of a field, '' when absent; cut at `max` characters so that nothing huge travels further. */
export function formText(req: FastifyRequest, name: string, max = 1000): string {
  const v = bodyOf(req)[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.slice(0, max) : '';
}

/** Every value of a repeated field (checkboxes). */
export function formList(req: FastifyRequest, name: string, maxItems = 200): string[] {
  const v = bodyOf(req)[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.filter((x): x is string => typeof x === 'string').slice(0, maxItems);
}

/** A query parameter as one string. */
export function queryText(req: FastifyRequest, name: string): string | undefined {
  const v = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : undefined;
}
