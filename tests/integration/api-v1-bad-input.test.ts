// The read API never answers 5xx to bad input. Every parameter the OpenAPI document lists, on every endpoint, gets a
// bounded set of bad values (numbers in the wrong notation or beyond PostgreSQL's integer, impossible days, NUL,
// overlong text, cursors that decode to impossible keys…), anonymously and with a researcher's token; each answer
// must be below 500, and a malformed number or day a 400 naming the parameter. The protocol around the answers —
// JSON 404 for unknown paths, the 401 challenge, Vary, ETag/If-None-Match, rate-limit and CORS headers — is here too.
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as stances from "@/app/api/v1/stances/route";
import * as stance from "@/app/api/v1/stances/[id]/route";
import * as stanceExport from "@/app/api/v1/stances/export/route";
import * as stanceRemovals from "@/app/api/v1/stances/removed/route";
import * as quoteRemovals from "@/app/api/v1/quotes/removed/route";
import * as articleRemovals from "@/app/api/v1/articles/removed/route";
import * as countryStanceRemovals from "@/app/api/v1/country-stances/removed/route";
import * as articles from "@/app/api/v1/articles/route";
import * as article from "@/app/api/v1/articles/[id]/route";
import * as quotes from "@/app/api/v1/quotes/route";
import * as quote from "@/app/api/v1/quotes/[id]/route";
import * as countryStances from "@/app/api/v1/country-stances/route";
import * as countryStance from "@/app/api/v1/country-stances/[id]/route";
import * as countries from "@/app/api/v1/countries/route";
import * as country from "@/app/api/v1/countries/[id]/route";
import * as people from "@/app/api/v1/people/route";
import * as person from "@/app/api/v1/people/[id]/route";
import * as dimensions from "@/app/api/v1/dimensions/route";
import * as dimension from "@/app/api/v1/dimensions/[id]/route";
import * as unknownPath from "@/app/api/v1/[...path]/route";
import * as quoteVersions from "@/app/api/v1/quotes/[id]/versions/route";
import * as articleVersions from "@/app/api/v1/articles/[id]/versions/route";
import * as countryStanceVersions from "@/app/api/v1/country-stances/[id]/versions/route";
import * as quoteVersion from "@/app/api/v1/quotes/[id]/versions/[n]/route";
import * as articleVersion from "@/app/api/v1/articles/[id]/versions/[n]/route";
import * as countryStanceVersion from "@/app/api/v1/country-stances/[id]/versions/[n]/route";
import * as agreementUnits from "@/app/api/v1/agreement/units/route";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { encodeCursor } from "@/lib/cursor";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { seedDemo } from "@/prisma/seed/demo";
import { createUser } from "../support/users";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

const HANDLERS: Record<string, Handler> = {
  "/api/v1/stances": stances.GET,
  "/api/v1/stances/{id}": stance.GET,
  "/api/v1/stances/export": stanceExport.GET,
  "/api/v1/stances/removed": stanceRemovals.GET,
  "/api/v1/quotes/removed": quoteRemovals.GET,
  "/api/v1/articles/removed": articleRemovals.GET,
  "/api/v1/country-stances/removed": countryStanceRemovals.GET,
  "/api/v1/articles": articles.GET,
  "/api/v1/articles/{id}": article.GET,
  "/api/v1/quotes": quotes.GET,
  "/api/v1/quotes/{id}": quote.GET,
  "/api/v1/quotes/{id}/versions": quoteVersions.GET,
  "/api/v1/articles/{id}/versions": articleVersions.GET,
  "/api/v1/country-stances/{id}/versions": countryStanceVersions.GET,
  "/api/v1/quotes/{id}/versions/{n}": quoteVersion.GET,
  "/api/v1/articles/{id}/versions/{n}": articleVersion.GET,
  "/api/v1/country-stances/{id}/versions/{n}": countryStanceVersion.GET,
  "/api/v1/country-stances": countryStances.GET,
  "/api/v1/country-stances/{id}": countryStance.GET,
  "/api/v1/countries": countries.GET,
  "/api/v1/countries/{code}": country.GET,
  "/api/v1/people": people.GET,
  "/api/v1/people/{slug}": person.GET,
  "/api/v1/dimensions": dimensions.GET,
  "/api/v1/dimensions/{key}": dimension.GET,
  "/api/v1/agreement/units": agreementUnits.GET,
};

const NUMBERS = ["0", "-1", "+5", " 5", "0x10", "1e2", "1.5", "2147483648", "9007199254740993", "1".repeat(30)];
const DAYS = ["2021-13-45", "2021-02-30", "0000-01-01", "21-01-01", "2021-1-1", "99999-01-01"];
// updatedSince takes an instant: these are not ones (no offset, no such hour or day, year 0).
const INSTANTS = ["2021-01-01T00:00:00", "2021-01-01T25:00:00Z", "2021-02-30T10:00:00Z", "0000-01-01T00:00:00Z"];
const TEXT = ["", " ", "\u0000", "a\u0000b", "x".repeat(5000), "'; SELECT 1; --", '"', "\\", "%", "🙂", "\uFFFD"];
const CURSORS = [
  encodeCursor(["2021-13-45", 5]),
  encodeCursor(["2021-02-30", 5]),
  encodeCursor(["2021-01-01", 2 ** 31]),
  encodeCursor(["2021-01-01", 2 ** 53]),
  encodeCursor(["2021-01-01", -1]),
  encodeCursor(["2021-01-01", 1.5]),
  encodeCursor(["2021-01-01"]),
  encodeCursor([2 ** 31]),
  encodeCursor([0]),
  encodeCursor(["x\u0000"]),
  encodeCursor([]),
  Buffer.from("{not json").toString("base64url"),
  Buffer.from('{"a":1}').toString("base64url"),
  "!!!",
  "A".repeat(400),
];
const BAD_VALUES = [...NUMBERS, ...DAYS, ...INSTANTS, ...TEXT, ...CURSORS];

let address = 0;

// A token allows 600 requests a minute: each parameter is tried with a fresh one (of a fresh researcher, who may
// hold ten), so the limit never answers first.
const freshToken = async () => ({
  authorization: `Bearer ${(await createApiToken(await createUser(db, { role: "researcher" }), { name: "t" })).token}`,
});

beforeAll(async () => {
  await seedDemo(db);
}, 120_000);

async function call(handler: Handler, url: string, params: Record<string, unknown> = {}, headers = {}) {
  try {
    return await handler(
      new Request(url, { headers: { "x-forwarded-for": `10.9.${++address % 250}.1`, ...headers } }),
      { params: Promise.resolve(params as never) },
    );
  } catch (error) {
    // route() lets unexpected errors through to Next.js, which answers 500: the test's failure, with the cause.
    throw new Error(`${url} threw (a 500 in the app): ${String(error)}`);
  }
}

const doc = buildOpenApiDocument("http://localhost") as unknown as {
  paths: Record<string, { get: { parameters: { name: string; in: string; schema: { type?: string } }[] } }>;
};

describe("every documented parameter, given bad values", () => {
  for (const [path, item] of Object.entries(doc.paths)) {
    it(`${path} answers below 500, and 400 to malformed numbers and days`, async () => {
      const handler = HANDLERS[path];
      expect(handler, `a handler for ${path} in this test`).toBeDefined();
      for (const parameter of item.get.parameters) {
        const auth = await freshToken();
        for (const value of BAD_VALUES) {
          for (const headers of [{}, auth]) {
            const isPath = parameter.in === "path";
            const url = isPath
              ? `http://localhost${path.replace(`{${parameter.name}}`, encodeURIComponent(value))}`
              : `http://localhost${path}?${new URLSearchParams({ [parameter.name]: value })}`;
            const response = await call(handler, url, isPath ? { id: value } : {}, headers);
            expect(response.status, `${url} ${JSON.stringify(headers)}`).toBeLessThan(500);
            const malformed =
              (parameter.schema.type === "integer" && NUMBERS.includes(value)) ||
              (parameter.name.endsWith("From") || parameter.name.endsWith("To") ? DAYS.includes(value) : false) ||
              (parameter.name === "updatedSince" && [...DAYS, ...INSTANTS].includes(value)) ||
              (parameter.name === "cursor" && CURSORS.includes(value)) ||
              value.includes("\u0000");
            if (malformed && !(isPath && parameter.name !== "id")) {
              expect(response.status, url).toBe(400);
              const body = (await response.json()) as { error: { fields?: Record<string, string[]> } };
              expect(Object.keys(body.error.fields ?? {}), url).toContain(parameter.name);
            }
          }
        }
      }
    }, 300_000);
  }

  it("accepts ids and cursors up to PostgreSQL's integer range (an unknown id is a 404)", async () => {
    const response = await call(stance.GET, "http://localhost/api/v1/stances/2147483647", { id: "2147483647" });
    expect(response.status).toBe(404);
    const page = await call(
      stances.GET,
      `http://localhost/api/v1/stances?cursor=${encodeCursor(["2021-01-01", 2147483647])}`,
    );
    expect(page.status).toBe(200);
    expect((await call(stances.GET, "http://localhost/api/v1/stances?outlet=2147483647")).status).toBe(200);
  });
});

describe("the protocol around the answers", () => {
  it("answers unknown /api/v1 paths with a JSON 404", async () => {
    for (const method of ["GET", "POST", "DELETE"] as const) {
      const response = await unknownPath[method](
        new Request("http://localhost/api/v1/nothing/here", { method, headers: { "x-forwarded-for": "10.8.0.1" } }),
        { params: Promise.resolve({ path: ["nothing", "here"] }) },
      );
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
  });

  it("challenges with WWW-Authenticate on 401", async () => {
    const response = await call(stanceExport.GET, "http://localhost/api/v1/stances/export?format=csv");
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="api"');
    const bad = await call(stances.GET, "http://localhost/api/v1/stances", {}, { authorization: "Bearer stk_nope" });
    expect(bad.status).toBe(401);
    expect(bad.headers.get("www-authenticate")).toMatch(/^Bearer realm="api", error="invalid_token"$/);
  });

  it("refuses a list of records in review without a token (401, challenged, naming status) and answers it with one", async () => {
    const documented = Object.entries(doc.paths).filter(([, item]) =>
      item.get.parameters.some((p) => p.name === "status" && JSON.stringify(p.schema).includes("in_review")),
    );
    expect(documented.map(([path]) => path)).toEqual(
      expect.arrayContaining(["/api/v1/stances", "/api/v1/quotes", "/api/v1/stances/export"]),
    );
    const auth = await freshToken();
    for (const [path, item] of documented) {
      const query = path.endsWith("/export") ? "status=in_review&format=jsonl" : "status=in_review";
      const anonymous = await call(HANDLERS[path], `http://localhost${path}?${query}`);
      expect(anonymous.status, path).toBe(401);
      expect(anonymous.headers.get("www-authenticate"), path).toBe('Bearer realm="api"');
      const refusal = (await anonymous.json()) as { error: { code: string; message: string; fields?: object } };
      expect(refusal.error.code, path).toBe("UNAUTHENTICATED");
      expect((item.get as unknown as { responses: Record<string, unknown> }).responses, path).toHaveProperty("401");
      const withToken = await call(HANDLERS[path], `http://localhost${path}?${query}`, {}, auth);
      expect(withToken.status, path).toBe(200);
      if (path.endsWith("/export")) continue;
      expect(refusal.error.message, path).toMatch(/status=in_review needs an API token/);
      expect(refusal.error.fields, path).toHaveProperty("status");
      expect((item.get as unknown as { responses: Record<string, unknown> }).responses, path).toHaveProperty("403");
      const page = (await withToken.json()) as { data: { status: string }[] };
      expect(page.data.length, `${path}: the demo holds records in review`).toBeGreaterThan(0);
      expect(new Set(page.data.map((row) => row.status)), path).toEqual(new Set(["in_review"]));
      expect((await call(HANDLERS[path], `http://localhost${path}?status=published`)).status, path).toBe(200);
    }
  });

  it("sends Vary, CORS and rate-limit headers on answers and errors alike", async () => {
    for (const url of ["http://localhost/api/v1/stances?limit=1", "http://localhost/api/v1/stances?limit=0"]) {
      const response = await call(stances.GET, url);
      expect(response.headers.get("vary")).toMatch(/\bAccept\b/);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-expose-headers")).toMatch(/X-RateLimit-Remaining/);
      expect(Number(response.headers.get("x-ratelimit-limit"))).toBeGreaterThan(0);
      expect(response.headers.get("x-ratelimit-remaining")).toMatch(/^\d+$/);
      expect(response.headers.get("x-ratelimit-reset")).toMatch(/^\d+$/);
    }
  });

  it("answers a repeated request with If-None-Match by 304 without a body, and a changed one by 200", async () => {
    const url = "http://localhost/api/v1/stances?limit=3";
    const first = await call(stances.GET, url);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await call(stances.GET, url, {}, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const weak = await call(stances.GET, url, {}, { "if-none-match": `"other", W/${etag}` });
    expect(weak.status).toBe(304);
    const other = await call(stances.GET, "http://localhost/api/v1/stances?limit=4", {}, { "if-none-match": etag });
    expect(other.status).toBe(200);
    expect(((await other.json()) as { data: unknown[] }).data).toHaveLength(4);
  });
});
