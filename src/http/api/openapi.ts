/**
 * The OpenAPI 3.1 document of the open API, served at /api/openapi.json. Written as a typed object;
 * the interchange record's schema is generated from its Zod schema and the query parameters come
 * from `parameters.ts`, so neither can drift from what the routes do.
 */
import { interchangeJsonSchema } from '../../domain/communication.js';
import { FACETS } from '../../domain/search-query.js';
import { CSV_COLUMNS, EXPORT_MEDIA_TYPES } from '../../services/public-export.js';
import type {
  OpenApiDocument, OperationObject, ParameterObject, ReferenceObject, ResponseObject, SchemaObject,
} from './openapi-types.js';
import { EXPORT_PARAMETERS, LIST_PARAMETERS, PAGE_PARAMETERS, PEOPLE_PARAMETERS, QUERY_PARAMETERS, type QueryParameterName } from './parameters.js';

const ref = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (items: SchemaObject): SchemaObject => ({ type: 'array', items });
const nullable = (type: string, extra: SchemaObject = {}): SchemaObject => ({ type: [type, 'null'], ...extra });
const object = (properties: Record<string, SchemaObject>, description?: string): SchemaObject => ({
  type: 'object', ...(description ? { description } : {}), properties, required: Object.keys(properties),
});
const isoDate = nullable('string', { format: 'date' });
const paged = (item: string, description: string): SchemaObject =>
  object({ items: arrayOf(ref(item)), total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } }, description);

/** The record as published: the interchange schema without its own `$id` (a component is named by the document). */
function communicationSchema(): SchemaObject {
  const { $id: _id, $schema: _dialect, ...schema } = interchangeJsonSchema();
  return { ...schema, description: 'A communication (or a reply) in the interchange format, as published. See docs/interchange.md.' };
}

const SCHEMAS: Record<string, SchemaObject> = {
  Communication: communicationSchema(),
  Error: object({
    error: { type: 'string', enum: ['bad_parameter', 'bad_request', 'not_found', 'method_not_allowed', 'not_acceptable', 'internal'] },
    message: { type: 'string', description: 'What is wrong, naming the parameter at fault.' },
  }),
  FacetCount: object({ value: { type: 'string' }, count: { type: 'integer' } }),
  Facets: object(Object.fromEntries(FACETS.map((f) => [f, arrayOf(ref('FacetCount'))])), 'For each filter, its values among all the letters that match, with how many letters each.'),
  PersonMatch: object({
    id: { type: 'integer' }, name: { type: 'string' }, spellings: arrayOf({ type: 'string' }), letters: { type: 'integer', description: 'Published letters naming them.' },
  }),
  CommunicationList: object({
    total: { type: 'integer', description: 'Letters matching, on every page.' },
    page: { type: 'integer' },
    limit: { type: 'integer' },
    items: { ...arrayOf(ref('Communication')), description: 'The records of the letters on this page, in the order of the search, without their text.' },
    facets: ref('Facets'),
    people: { ...arrayOf(ref('PersonMatch')), description: 'Persons whose name matches the words.' },
    links: object({
      self: { type: 'string' }, next: nullable('string'), prev: nullable('string'),
      jsonl: { type: 'string', description: 'The whole search as JSON lines.' }, csv: { type: 'string', description: 'The whole search as CSV.' },
    }),
  }),
  ReplyList: object({ total: { type: 'integer' }, items: arrayOf(ref('Communication')) }),
  RecipientRef: object({ code: { type: 'string' }, name: { type: 'string' } }),
  LetterSummary: object({
    reference: { type: 'string' }, date: isoDate, type: nullable('string', { enum: ['UA', 'AL', 'OL', null] }), recipient: ref('RecipientRef'),
    title: nullable('string'), joint: nullable('boolean'), mandateIds: arrayOf({ type: 'string' }), replyCount: { type: 'integer' },
  }),
  LetterPage: paged('LetterSummary', 'A page of letters, newest first.'),
  ReplyRate: object({ letters: { type: 'integer' }, replied: { type: 'integer' }, rate: nullable('number', { minimum: 0, maximum: 1 }) }),
  YearCount: object({ year: { type: 'integer' }, replied: { type: 'integer' }, notReplied: { type: 'integer' } }),
  StateSummary: object({ code: { type: 'string' }, name: { type: 'string' }, letters: { type: 'integer' }, replied: { type: 'integer' } }),
  StateList: object({ total: { type: 'integer' }, items: arrayOf(ref('StateSummary')) }),
  StateView: object({
    code: { type: 'string' }, name: { type: 'string' },
    names: { oneOf: [object({ en: { type: 'string' }, fr: { type: 'string' }, es: { type: 'string' } }), { type: 'null' }] },
    letters: ref('LetterPage'), replyRate: ref('ReplyRate'), awaitingReply: arrayOf(ref('LetterSummary')), perYear: arrayOf(ref('YearCount')),
  }),
  MandateSummary: object({ id: { type: 'string' }, title: { type: 'string' }, kind: nullable('string', { enum: ['thematic', 'country', null] }), letters: { type: 'integer' } }),
  MandateList: object({ total: { type: 'integer' }, items: arrayOf(ref('MandateSummary')) }),
  MandateView: object({
    id: { type: 'string' }, title: { type: 'string' }, kind: nullable('string', { enum: ['thematic', 'country', null] }),
    body: nullable('string'), established: nullable('integer'), resolutions: arrayOf({ type: 'string' }),
    holders: arrayOf(object({ name: { type: 'string' }, from: nullable('integer'), to: nullable('integer') })),
    letters: ref('LetterPage'), replyRate: ref('ReplyRate'), perYear: arrayOf(ref('YearCount')),
    joinsMostOften: arrayOf(object({ id: { type: 'string' }, title: { type: 'string' }, letters: { type: 'integer' } })),
  }),
  PeopleList: {
    ...paged('PersonMatch', 'Persons named in published letters whose name matches, under any spelling.'),
    properties: {
      ...(paged('PersonMatch', '').properties as Record<string, SchemaObject>),
      links: object({ next: nullable('string'), prev: nullable('string') }),
    },
    required: ['items', 'total', 'page', 'pageSize', 'links'],
  },
  PersonLetter: {
    allOf: [ref('LetterSummary'), object({ role: { type: 'string', enum: ['victim', 'mentioned'] }, spelling: { type: 'string' } })],
  },
  PersonView: object({
    id: { type: 'integer' }, name: { type: 'string' }, spellings: arrayOf({ type: 'string' }), states: arrayOf(ref('RecipientRef')),
    timeline: arrayOf(object({ year: nullable('integer'), letters: arrayOf(ref('PersonLetter')) })),
  }),
};

const json = (schema: SchemaObject): ResponseObject['content'] => ({ 'application/json': { schema } });
const errorResponse = (description: string): ResponseObject => ({ description, content: json(ref('Error')) });

const RESPONSES: Record<string, ResponseObject> = {
  BadParameter: errorResponse('A query parameter is wrong or unknown; the message names it.'),
  NotFound: errorResponse('Nothing published under this name. A letter not yet public is answered exactly as one that does not exist.'),
  NotAcceptable: errorResponse('The `Accept` header admits nothing this route answers with.'),
  NotModified: { description: 'The client already holds this answer (its `If-None-Match` matches the `ETag`).' },
};

const cached = (description: string, schema: SchemaObject): ResponseObject => ({
  description,
  headers: {
    ETag: { description: 'A weak validator of the body; send it back in `If-None-Match` to get 304.', schema: { type: 'string' } },
    'Cache-Control': { schema: { type: 'string' } },
  },
  content: json(schema),
});

const query = (names: readonly QueryParameterName[]): ReferenceObject[] => names.map((n) => ({ $ref: `#/components/parameters/${n}` }));

const pathParameter = (name: string, description: string, example: string): ParameterObject => ({
  name, in: 'path', required: true, description, schema: { type: 'string' }, example,
});

const REFERENCE = pathParameter(
  'reference',
  'The reference as printed, URL-encoded (`AL XAA 1/2025` is `AL%20XAA%201%2F2025`). `AL-XAA-1-2025` and `XAA 1/2025` (without the type) are read too.',
  'AL%20XAA%201%2F2025',
);

function get(op: Omit<OperationObject, 'responses'> & { ok: ResponseObject; notFound?: boolean; badParameter?: boolean }): { get: OperationObject } {
  const { ok, notFound, badParameter = true, ...rest } = op;
  return {
    get: {
      ...rest,
      responses: {
        200: ok,
        ...(ok.headers?.ETag ? { 304: { $ref: '#/components/responses/NotModified' } } : {}),
        ...(badParameter ? { 400: { $ref: '#/components/responses/BadParameter' } } : {}),
        ...(notFound ? { 404: { $ref: '#/components/responses/NotFound' } } : {}),
        406: { $ref: '#/components/responses/NotAcceptable' },
      },
    },
  };
}

function exportOperation(format: 'jsonl' | 'csv'): { get: OperationObject } {
  const what = format === 'jsonl'
    ? 'JSON lines: one interchange record a line, each with its published text.'
    : `CSV (RFC 4180, UTF-8, CRLF, a header row) with one row a letter and the columns ${CSV_COLUMNS.join(', ')}; lists are joined with \`;\`, and a cell starting with = + - @ is prefixed with \`'\` so no spreadsheet runs it.`;
  return get({
    operationId: `export${format === 'jsonl' ? 'JsonLines' : 'Csv'}`,
    tags: ['export'],
    summary: `Every letter of a search, or of the whole archive without parameters, as ${format === 'jsonl' ? 'JSON lines' : 'CSV'}`,
    description: `${what} Streamed as a file to download; the order is the search's (newest first without words).`,
    parameters: query(EXPORT_PARAMETERS),
    ok: {
      description: 'The file.',
      headers: {
        'Content-Disposition': { description: '`attachment; filename="rapporteur-archive-YYYY-MM-DD.' + format + '"`', schema: { type: 'string' } },
        'X-Total-Count': { description: 'Letters in the file.', schema: { type: 'integer' } },
      },
      content: { [EXPORT_MEDIA_TYPES[format].split(';')[0]!]: { schema: { type: 'string' } } },
    },
  });
}

export function openApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.1',
    info: {
      title: 'Rapporteur open API',
      version: '1.0.0',
      description:
        'The public record of the communications of the UN Special Procedures: published letters and replies in the interchange format, ' +
        'the States, mandates and persons they concern, and bulk export. Read-only, no authentication, CORS open to any origin. ' +
        'Errors are `{ "error", "message" }`. Answers carry a weak `ETag`; `If-None-Match` gives 304.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: '/', description: 'This server' }],
    tags: [
      { name: 'communications', description: 'Published letters and their replies, in the interchange format.' },
      { name: 'directory', description: 'States, mandates and persons, with their published letters.' },
      { name: 'export', description: 'Bulk export of a search or of the whole archive.' },
    ],
    paths: {
      '/api/v1/communications': get({
        operationId: 'searchCommunications', tags: ['communications'],
        summary: 'Search the published letters',
        description: 'The same search as the pages, with the same parameters. Items are whole records in the order of the search, without their text (it is at each letter\'s own URL).',
        parameters: query(LIST_PARAMETERS),
        ok: cached('A page of matching letters.', ref('CommunicationList')),
      }),
      '/api/v1/communications/{reference}': {
        parameters: [REFERENCE],
        ...get({
          operationId: 'getCommunication', tags: ['communications'],
          summary: 'One published letter, with its text',
          description: 'The record with its published text. A `Link` header points to its replies.',
          badParameter: false, notFound: true,
          ok: cached('The letter\'s record.', ref('Communication')),
        }),
      },
      '/api/v1/communications/{reference}/replies': {
        parameters: [REFERENCE],
        ...get({
          operationId: 'listReplies', tags: ['communications'],
          summary: 'The published replies to a letter',
          description: 'Each reply as an interchange record (kind `reply`) with its text, in date order.',
          badParameter: false, notFound: true,
          ok: cached('The replies.', ref('ReplyList')),
        }),
      },
      '/api/v1/states': get({
        operationId: 'listStates', tags: ['directory'], summary: 'Recipients with published letters, by name', badParameter: false,
        ok: cached('Every State and other recipient with published letters.', ref('StateList')),
      }),
      '/api/v1/states/{code}': {
        parameters: [pathParameter('code', 'ISO 3166-1 alpha-3 code, or `OTH`.', 'XAA')],
        ...get({
          operationId: 'getState', tags: ['directory'], summary: 'A State: its published letters, reply rate and letters by year',
          parameters: query(PAGE_PARAMETERS), notFound: true,
          ok: cached('The State.', ref('StateView')),
        }),
      },
      '/api/v1/mandates': get({
        operationId: 'listMandates', tags: ['directory'], summary: 'Mandates, with how many published letters each signed', badParameter: false,
        ok: cached('Every mandate of the registry, and any other that signed published letters.', ref('MandateList')),
      }),
      '/api/v1/mandates/{id}': {
        parameters: [pathParameter('id', 'Mandate registry id.', 'sr-human-rights-defenders')],
        ...get({
          operationId: 'getMandate', tags: ['directory'], summary: 'A mandate: holders, published letters, reply rate, the mandates it joins',
          parameters: query(PAGE_PARAMETERS), notFound: true,
          ok: cached('The mandate.', ref('MandateView')),
        }),
      },
      '/api/v1/people': get({
        operationId: 'findPeople', tags: ['directory'], summary: 'Find persons named in published letters, by any spelling of their name',
        parameters: query(PEOPLE_PARAMETERS),
        ok: cached('A page of persons.', ref('PeopleList')),
      }),
      '/api/v1/people/{id}': {
        parameters: [pathParameter('id', 'The person\'s id (from a search or a people list).', '1')],
        ...get({
          operationId: 'getPerson', tags: ['directory'], summary: 'A person: spellings, States, and every published letter naming them',
          badParameter: false, notFound: true,
          ok: cached('The person.', ref('PersonView')),
        }),
      },
      '/api/v1/export.jsonl': exportOperation('jsonl'),
      '/api/v1/export.csv': exportOperation('csv'),
      '/api/openapi.json': get({
        operationId: 'getOpenApiDocument', tags: ['directory'], summary: 'This document', badParameter: false,
        ok: cached('The OpenAPI 3.1 document of the API.', { type: 'object' }),
      }),
    },
    components: {
      schemas: SCHEMAS,
      parameters: QUERY_PARAMETERS,
      responses: RESPONSES,
    },
  };
}
