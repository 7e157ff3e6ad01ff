/**
 * The part of OpenAPI 3.1 the API's document uses, as types, so the document is checked by the
 * compiler. Schemas are JSON Schema 2020-12 (OpenAPI 3.1 uses it as is).
 */

export type SchemaObject = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header';
  description?: string;
  required?: boolean;
  explode?: boolean;
  schema: SchemaObject;
  example?: unknown;
}

export interface MediaTypeObject {
  schema: SchemaObject;
  example?: unknown;
}

export interface HeaderObject {
  description?: string;
  schema: SchemaObject;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject | ReferenceObject>;
  content?: Record<string, MediaTypeObject>;
}

export interface ReferenceObject {
  $ref: string;
}

export interface OperationObject {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  parameters?: Array<ParameterObject | ReferenceObject>;
  responses: Record<string, ResponseObject | ReferenceObject>;
}

export interface PathItemObject {
  summary?: string;
  parameters?: Array<ParameterObject | ReferenceObject>;
  get?: OperationObject;
}

export interface OpenApiDocument {
  openapi: `3.1.${number}`;
  info: { title: string; version: string; description?: string; license?: { name: string; identifier?: string; url?: string } };
  jsonSchemaDialect?: string;
  servers?: Array<{ url: string; description?: string }>;
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, PathItemObject>;
  components: {
    schemas?: Record<string, SchemaObject>;
    parameters?: Record<string, ParameterObject>;
    responses?: Record<string, ResponseObject>;
    headers?: Record<string, HeaderObject>;
  };
}
