// The OpenAPI 3.1 document of the read API, generated from the zod schemas the endpoints parse with
// (lib/stances/schemas.ts) and the DTO schemas they answer with (lib/api/dtos.ts): never written by hand, so it
// cannot drift from what the code accepts. Served at /api/v1/openapi.json; the /api-docs page reads it too.
import { z } from "zod";
import * as dto from "./dtos";
import { StanceDto } from "@/lib/stances/dto";
import { agreementExportQuerySchema } from "@/lib/agreement/schemas";
import { API_RATE_LIMITS } from "./rate-limit-limits";
import {
  articleListQuerySchema,
  countryStanceListQuerySchema,
  noQuerySchema,
  personListQuerySchema,
  quoteListQuerySchema,
  stanceExportQuerySchema,
  stanceListQuerySchema,
  removalQuerySchema,
} from "@/lib/stances/schemas";

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    reused: "inline",
    override: ({ zodSchema, jsonSchema }) => {
      const meta = z.globalRegistry.get(zodSchema) as { integerParameter?: { minimum: number; maximum: number } };
      const integer = meta?.integerParameter;
      if (!integer) return;
      const text = jsonSchema as JsonSchema;
      for (const key of ["type", "pattern", "format"]) Reflect.deleteProperty(text, key);
      Object.assign(text, { type: "integer", ...integer });
    },
  }) as JsonSchema;
  return rest;
}

function queryParameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...json } = schemaOf(field as z.ZodType, "input");
    return {
      name,
      in: "query",
      required: !(field as z.ZodType).safeParse(undefined).success,
      description,
      schema: json,
    };
  });
}

const integer = { type: "integer", minimum: 0 };
const rateLimitHeaders = {
  "X-RateLimit-Limit": { description: "Requests allowed per minute to this caller", schema: integer },
  "X-RateLimit-Remaining": { description: "Requests left in the current minute", schema: integer },
  "X-RateLimit-Reset": { description: "Seconds until the allowance is whole again", schema: integer },
};
const okHeaders = {
  ...rateLimitHeaders,
  ETag: { description: "Send it back as If-None-Match: an unchanged answer is a 304 without a body", schema: {} },
};
const errorContent = { "application/json": { schema: schemaOf(dto.ErrorDto) } };

const errorResponses = {
  "304": { description: "Not modified: the If-None-Match sent matches the answer's ETag", headers: okHeaders },
  "400": {
    description: "A bad parameter: `error.fields` names each one and why",
    headers: rateLimitHeaders,
    content: errorContent,
  },
  "401": {
    description: "The API token is malformed, unknown or revoked",
    headers: { "WWW-Authenticate": { description: 'Bearer realm="api"', schema: { type: "string" } } },
    content: errorContent,
  },
  "429": {
    description: `Rate limited (${API_RATE_LIMITS.perToken}/min per token, ${API_RATE_LIMITS.perAddress}/min per address without one)`,
    headers: {
      ...rateLimitHeaders,
      "Retry-After": { description: "Seconds to wait before the next request", schema: integer },
    },
    content: errorContent,
  },
};

function list(summary: string, query: z.ZodObject, item: z.ZodType, extra: Record<string, unknown> = {}) {
  return {
    get: {
      summary,
      parameters: queryParameters(query),
      responses: {
        "200": {
          description: "One page",
          headers: okHeaders,
          content: { "application/json": { schema: schemaOf(dto.pageOf(item)) }, ...extra },
        },
        ...errorResponses,
        ...("status" in query.shape ? inReviewRefusals : {}),
      },
    },
  };
}

/** A list filtered to records in review (`status=in_review`) refuses callers who may not see them. */
const inReviewRefusals = {
  "401": {
    description:
      "status=in_review without an API token (records in review are visible with one only), or a malformed, unknown or revoked token",
    headers: { "WWW-Authenticate": { description: 'Bearer realm="api"', schema: { type: "string" } } },
    content: errorContent,
  },
  "403": {
    description: "status=in_review with a token whose owner's role may not see records in review",
    content: errorContent,
  },
};

function one(summary: string, name: string, description: string, item: z.ZodType) {
  return {
    get: {
      summary,
      parameters: [{ name, in: "path", required: true, description, schema: { type: "string" } }],
      responses: {
        "200": {
          description: "The record",
          headers: okHeaders,
          content: { "application/json": { schema: schemaOf(item) } },
        },
        "404": { description: "No such record, or one the caller may not see", content: errorContent },
        ...errorResponses,
      },
    },
  };
}

/** GET /api/v1/<list>/removed: what a sync with `updatedSince` deletes. */
const removed = (resource: string, what: string) =>
  list(
    `${what} once published that you can no longer see, changed since a time (taken down, unpublished, deleted): with \`updatedSince\` on /api/v1/${resource}, an incremental sync`,
    removalQuerySchema,
    dto.RemovalDto,
  );

/** GET …/{id}/versions/{n}: one published version with its content. */
function version(what: string, idDescription: string, item: z.ZodType) {
  const parameters = [
    { name: "id", in: "path", required: true, description: idDescription, schema: { type: "string" } },
    {
      name: "n",
      in: "path",
      required: true,
      description: "Version number (1, 2, …)",
      schema: { type: "integer", minimum: 1 },
    },
  ];
  const answer = one(`One published version of a ${what}, with its content as it read then`, "id", idDescription, item);
  answer.get.parameters = parameters;
  answer.get.responses["404"].description = `No published ${what} with this id, or no such version of it`;
  return answer;
}

/** GET …/{id}/versions: one page of the record's published versions. */
function versions(what: string, idDescription: string) {
  const listing = one(
    `The published versions of one ${what}: the first publication, then each approved correction, with permalinks`,
    "id",
    idDescription,
    dto.pageOf(dto.VersionDto),
  );
  listing.get.responses["404"].description =
    `No published ${what} with this id (records in review have no versions yet)`;
  return listing;
}

/** HEAD on an export: the GET's checks and headers without the file (the export is not run, nothing is audited). */
function headOf(get: { parameters: unknown[]; responses: Record<string, unknown> & { "200": { headers: object } } }) {
  return {
    summary:
      "The download's status and headers (Content-Type, Content-Disposition with the file name) without the file",
    parameters: get.parameters,
    responses: {
      ...get.responses,
      "200": {
        description:
          "The headers the download would have, after the same checks (token, every parameter): the export is not run, and nothing is audited",
        headers: {
          ...get.responses["200"].headers,
          "Content-Disposition": { description: 'attachment; filename="…" (the filter and the day)', schema: {} },
        },
      },
    },
  };
}

export function buildOpenApiDocument(serverUrl: string) {
  const stanceExportGet = {
    summary: "Bulk export of every stance matching the filters (needs a token or a signed-in researcher)",
    parameters: queryParameters(stanceExportQuerySchema),
    responses: {
      "200": {
        description:
          "A streamed file whose name says the filter and the day. CSV has its header row first (a byte order mark only when bom=1; LF line ends); JSON Lines has one stance per line from the first; Parquet has typed columns (INT32, DATE, BOOLEAN, UTF-8) and the codebook version and filter in its key-value metadata; datapackage is the Frictionless Data Package descriptor (datapackage.json) of the CSV with the same filter: field types, row count, codebook version, licence, citation. The codebook version and the filter are in the X-Codebook-Version and X-Export-Filter headers, and in GraphML's <desc>/<data>. A failure midway aborts the connection: a file that arrived whole is complete.",
        headers: {
          ...rateLimitHeaders,
          "X-Codebook-Version": { description: "The codebook version the stances are coded in", schema: {} },
          "X-Export-Filter": { description: "The filter, as a query string", schema: {} },
        },
        content: {
          "text/csv": {},
          "application/x-ndjson": {},
          "application/vnd.apache.parquet": {},
          "application/json": {},
          "application/graphml+xml": {},
        },
      },
      ...errorResponses,
      "401": { description: "No token, or a malformed, unknown or revoked one" },
      "403": { description: "The token's owner may not export" },
    },
  };
  const agreementUnitsGet = {
    summary:
      "The double-coded units with both coders' codings, coders pseudonymized, to recompute inter-coder agreement (needs a token or a signed-in researcher)",
    parameters: queryParameters(agreementExportQuerySchema),
    responses: {
      "200": {
        description:
          "One record per unit of each variable (attribution, speaker, speakerCountry, holder, position:<dimension>): both values as text and as per-variable category codes. CSV has its header row first; JSON Lines has one unit per line.",
        headers: rateLimitHeaders,
        content: { "text/csv": {}, "application/x-ndjson": {} },
      },
      ...errorResponses,
      "401": { description: "No token, or a malformed, unknown or revoked one" },
      "403": { description: "The token's owner may not export" },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Ending the Korean War: who said what — read API",
      version: "1",
      description:
        "Published records for everyone; with a researcher's API token (`Authorization: Bearer …`, created on your account page) also " +
        'records in review, marked `"status": "in_review"`. Lists answer `{ data, next }`: pass `next` back as `cursor` until it is null.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        token: { type: "http", scheme: "bearer", description: "A token from your account page (stk_…)" },
      },
    },
    security: [{}, { token: [] }],
    paths: {
      "/api/v1/stances": list(
        "List coded stances (JSON, or CSV by Accept: text/csv or ?format=csv)",
        stanceListQuerySchema,
        StanceDto,
        {
          "text/csv": {
            schema: {
              type: "string",
              description:
                "UTF-8 (with a byte order mark only when bom=1), header row first; the next cursor is in the X-Next-Cursor header, and with total=1 the total in X-Total-Count (X-Total-Is-Lower-Bound: true when a text search's count stopped at its cap)",
            },
          },
        },
      ),
      "/api/v1/stances/removed": list(
        "Stances removed from your view since a time (taken down, deleted; without a token also back in review): with `updatedSince` on /api/v1/stances, an incremental sync",
        removalQuerySchema,
        dto.RemovalDto,
      ),
      "/api/v1/stances/{id}": one("One coded stance", "id", "Stance id", StanceDto),
      "/api/v1/stances/export": { get: stanceExportGet, head: headOf(stanceExportGet) },
      "/api/v1/agreement/units": { get: agreementUnitsGet, head: headOf(agreementUnitsGet) },
      "/api/v1/quotes": list("List quotes with their stances", quoteListQuerySchema, dto.QuoteDto),
      "/api/v1/quotes/removed": removed("quotes", "Quotes"),
      "/api/v1/quotes/{id}": one("One quote with its stances", "id", "Quote id", dto.QuoteDto),
      "/api/v1/quotes/{id}/versions": versions("quote", "Quote id"),
      "/api/v1/quotes/{id}/versions/{n}": version("quote", "Quote id", dto.QuoteVersionDto),
      "/api/v1/articles": list("List articles, newest first", articleListQuerySchema, dto.ArticleDto),
      "/api/v1/articles/removed": removed("articles", "Articles"),
      "/api/v1/articles/{id}": one("One article with its text", "id", "Article id", dto.ArticleDetailDto),
      "/api/v1/articles/{id}/versions": versions("article", "Article id"),
      "/api/v1/articles/{id}/versions/{n}": version("article", "Article id", dto.ArticleVersionDto),
      "/api/v1/country-stances": list(
        "List country stance records",
        countryStanceListQuerySchema,
        dto.CountryStanceDto,
      ),
      "/api/v1/country-stances/removed": removed("country-stances", "Country stance records"),
      "/api/v1/country-stances/{id}": one("One country stance record", "id", "Record id", dto.CountryStanceDto),
      "/api/v1/country-stances/{id}/versions": versions("country stance record", "Record id"),
      "/api/v1/country-stances/{id}/versions/{n}": version(
        "country stance record",
        "Record id",
        dto.CountryStanceVersionDto,
      ),
      "/api/v1/countries": list("Every country and organization (one page)", noQuerySchema, dto.CountryDto),
      "/api/v1/countries/{code}": one(
        "One country or organization",
        "code",
        "Code such as KR, KP, CN, US, UN",
        dto.CountryDto,
      ),
      "/api/v1/people": list("List speakers with aliases and dated roles", personListQuerySchema, dto.PersonDto),
      "/api/v1/people/{slug}": one("One speaker", "slug", "Slug of the person page", dto.PersonDto),
      "/api/v1/dimensions": list(
        "The codebook: dimensions with their positions (one page)",
        noQuerySchema,
        dto.DimensionDto,
      ),
      "/api/v1/dimensions/{key}": one("One dimension with its positions", "key", "Dimension key", dto.DimensionDto),
    },
  };
}
