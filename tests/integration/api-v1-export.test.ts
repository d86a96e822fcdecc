// GET /api/v1/stances/export: the current filter as CSV (header row first, BOM on request, formula-safe), JSON Lines
// (data from the first line), and GraphML networks (two-mode country–position with igraph's boolean `type`,
// one-mode country congruence); file names and headers say the filter; bulk export needs a token.
import { parse as parseCsv } from "csv-parse/sync";
import { parseDocument } from "htmlparser2";
import { findAll } from "domutils";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET, HEAD } from "@/app/api/v1/stances/export/route";
import * as agreementUnits from "@/app/api/v1/agreement/units/route";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { StanceDto } from "@/lib/stances/dto";
import { seedDemo } from "@/prisma/seed/demo";
import { createUser } from "../support/users";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

let auth: Record<string, string>;
beforeAll(async () => {
  await seedDemo(db);
  auth = {
    authorization: `Bearer ${(await createApiToken(await createUser(db, { role: "researcher" }), { name: "t" })).token}`,
  };
}, 120_000);

// A token's export holds published stances and those in review.
const TOKEN_SEES: Prisma.StanceWhereInput = {
  deletedAt: null,
  quote: {
    deletedAt: null,
    article: { deletedAt: null },
    OR: [{ status: "published", article: { status: "published" } }, { status: "in_review" }],
  },
};

/** Statements (distinct statement × holder × position, rule 9) and stance rows (one per report) matching `where`. */
async function statementsAndStances(where: Prisma.StanceWhereInput) {
  const rows = await db.stance.findMany({
    where,
    select: { holderCountryId: true, positionId: true, quote: { select: { statementId: true } } },
  });
  const statements = new Set(rows.map((row) => `${row.quote.statementId}:${row.holderCountryId}:${row.positionId}`));
  return { statements: statements.size, stances: rows.length };
}

const weightSum = (edges: ReturnType<typeof findAll>) =>
  edges
    .map((edge) =>
      Number(
        findAll((el) => el.name === "data", edge.children)[0]
          .children.map((c) => ("data" in c ? c.data : ""))
          .join(""),
      ),
    )
    .reduce((a, b) => a + b, 0);

const exportOf = (query: string, headers: Record<string, string> = auth) =>
  GET(new Request(`http://localhost/api/v1/stances/export?${query}`, { headers }), { params: Promise.resolve({}) });

describe("GET /api/v1/stances/export", () => {
  it("needs a token: anonymous callers get 401 (they may page through /api/v1/stances)", async () => {
    expect((await exportOf("format=csv", {})).status).toBe(401);
    expect((await exportOf("format=xlsx")).status).toBe(400);
  });

  it("CSV: the header row first, one row per stance, what it was made from in its name and headers", async () => {
    await db.outlet.update({
      where: { id: (await db.outlet.findFirstOrThrow({ where: { articles: { some: { status: "published" } } } })).id },
      data: { name: "한겨레 韓民族" },
    });
    const response = await exportOf("format=csv&dimension=instrument");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="stances_dimension-instrument_\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("x-codebook-version")).toMatch(/^[0-9a-f]{12}$/);
    expect(response.headers.get("x-export-filter")).toBe("dimension=instrument");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith("id,status,statedOn,dimension,")).toBe(true);
    const [header, ...records] = parseCsv(text) as string[][];
    expect(header).toEqual(Object.keys(StanceDto.shape));
    const expected = await db.stance.count({ where: { ...TOKEN_SEES, dimension: { key: "instrument" } } });
    expect(records).toHaveLength(expected);
    expect(records.every((record) => record[header.indexOf("dimension")] === "instrument")).toBe(true);
    const all = new TextDecoder().decode(await (await exportOf("format=csv")).arrayBuffer());
    expect(all).toContain("한겨레 韓民族");
    expect((await exportOf("format=csv")).headers.get("content-disposition")).toMatch(/filename="stances_all_/);
  });

  it("CSV: a byte order mark only with bom=1 (for Excel)", async () => {
    const plain = new Uint8Array(await (await exportOf("format=csv&holderCountry=CN")).arrayBuffer());
    expect(String.fromCharCode(...plain.slice(0, 3))).toBe("id,");
    const forExcel = new Uint8Array(await (await exportOf("format=csv&holderCountry=CN&bom=1")).arrayBuffer());
    expect([...forExcel.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, "i".charCodeAt(0)]);
  });

  it("CSV: a text cell that a spreadsheet would run as a formula starts with an apostrophe", async () => {
    const stance = await db.stance.findFirstOrThrow({ where: { ...TOKEN_SEES, holderCountry: { code: "KP" } } });
    await db.stance.update({ where: { id: stance.id }, data: { note: '=HYPERLINK("http://evil.example")' } });
    try {
      const text = await (await exportOf("format=csv&holderCountry=KP")).text();
      const line = text.split("\n").find((row) => row.startsWith(`${stance.id},`)) ?? "";
      // The note column, followed by the columns of coding rules 1.1.
      expect(line).toContain(`,"'=HYPERLINK(""http://evil.example"")",`);
      expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    } finally {
      await db.stance.update({ where: { id: stance.id }, data: { note: stance.note } });
    }
  });

  it("JSON Lines: one stance per line from the first", async () => {
    const response = await exportOf("format=jsonl&holderCountry=CN");
    expect(response.headers.get("content-disposition")).toMatch(/filename="stances_holderCountry-CN_.*\.jsonl"/);
    const rows = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: number; holderCountry: string });
    const expected = await db.stance.count({ where: { ...TOKEN_SEES, holderCountry: { code: "CN" } } });
    expect(rows).toHaveLength(expected);
    expect(rows.every((row) => Number.isInteger(row.id) && row.holderCountry === "CN")).toBe(true);
  });

  it("GraphML two-mode: country and position nodes, edges weighted by statements", async () => {
    const text = await (await exportOf("format=graphml-two-mode")).text();
    const doc = parseDocument(text, { xmlMode: true });
    const nodes = findAll((el) => el.name === "node", doc.children);
    const edges = findAll((el) => el.name === "edge", doc.children);
    expect(nodes.some((node) => node.attribs.id === "country:CN")).toBe(true);
    expect(nodes.some((node) => node.attribs.id === "position:instrument:treaty")).toBe(true);
    // Rule 9: the three reports of Sullivan's remark weigh one statement, as on the public pages.
    const { statements, stances } = await statementsAndStances(TOKEN_SEES);
    expect(statements).toBeLessThan(stances);
    expect(weightSum(edges)).toBe(statements);
    expect(text).toContain("<desc>");
    // igraph's bipartite_projection() needs a boolean `type`: false for countries, true for positions.
    expect(text).toContain('<key id="type" for="node" attr.name="type" attr.type="boolean"/>');
    const typeOf = (id: string) =>
      findAll(
        (el) => el.name === "data" && el.attribs.key === "type",
        nodes.filter((n) => n.attribs.id === id),
      )[0]
        .children.map((c) => ("data" in c ? c.data : ""))
        .join("");
    expect(typeOf("country:CN")).toBe("false");
    expect(typeOf("position:instrument:treaty")).toBe("true");
  });

  it("GraphML two-mode counts statements also when a filter needs the row-by-row pass (a person filter)", async () => {
    const sullivan = await db.person.findFirstOrThrow({ where: { name: "Jake Sullivan" } });
    const text = await (await exportOf(`format=graphml-two-mode&person=${sullivan.slug}`)).text();
    const edges = findAll((el) => el.name === "edge", parseDocument(text, { xmlMode: true }).children);
    const { statements, stances } = await statementsAndStances({
      AND: [TOKEN_SEES, { quote: { speakerId: sullivan.id } }],
    });
    expect(statements).toBeLessThan(stances);
    expect(weightSum(edges)).toBe(statements);
  });

  it("GraphML congruence: countries linked by the number of positions both hold", async () => {
    const text = await (await exportOf("format=graphml-congruence&dimension=instrument")).text();
    const doc = parseDocument(text, { xmlMode: true });
    const nodes = findAll((el) => el.name === "node", doc.children);
    expect(nodes.every((node) => node.attribs.id.startsWith("country:"))).toBe(true);
    const edges = findAll((el) => el.name === "edge", doc.children);
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(edge.attribs.source < edge.attribs.target).toBe(true);
  });
});

describe("HEAD /api/v1/stances/export", () => {
  const headOf = (path: string, headers: Record<string, string> = auth, handler = HEAD) =>
    handler(new Request(`http://localhost${path}`, { method: "HEAD", headers }), { params: Promise.resolve({}) });
  const exportsAudited = () => db.auditEvent.count({ where: { action: "export" } });

  it("answers the download's status and headers without running it: no body, no export in the audit trail", async () => {
    for (const query of [
      "format=csv&dimension=instrument",
      "format=parquet&holderCountry=KR,US",
      "format=datapackage",
    ]) {
      const before = await exportsAudited();
      const head = await headOf(`/api/v1/stances/export?${query}`);
      expect(head.status, query).toBe(200);
      expect(head.body, query).toBeNull();
      expect(await exportsAudited(), `${query}: a HEAD is no download`).toBe(before);
      const get = await exportOf(query);
      await get.arrayBuffer();
      for (const name of ["content-type", "content-disposition", "x-export-filter", "x-codebook-version"])
        expect(head.headers.get(name), `${query} ${name}`).toBe(get.headers.get(name));
      expect(await exportsAudited(), `${query}: the GET is one`).toBe(before + 1);
    }
    const units = await headOf("/api/v1/agreement/units?format=jsonl", auth, agreementUnits.HEAD);
    expect(units.status).toBe(200);
    expect(units.headers.get("content-type")).toBe("application/x-ndjson");
    expect(units.headers.get("content-disposition")).toMatch(/^attachment; filename="agreement-units-[\d-]+\.jsonl"$/);
  });

  it("is in the OpenAPI document for both exports, with the download's parameters and answers", () => {
    const paths = buildOpenApiDocument("http://localhost").paths as Record<
      string,
      { get: { parameters: unknown[] }; head?: { parameters: unknown[]; responses: Record<string, unknown> } }
    >;
    for (const path of ["/api/v1/stances/export", "/api/v1/agreement/units"]) {
      expect(paths[path].head?.parameters, path).toEqual(paths[path].get.parameters);
      expect(Object.keys(paths[path].head?.responses ?? {}), path).toEqual(
        expect.arrayContaining(["200", "400", "401", "403"]),
      );
    }
  });

  it("checks like the download: 401 with a challenge without a token, 400 naming a bad parameter", async () => {
    const anonymous = await headOf("/api/v1/stances/export?format=csv", {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toBe('Bearer realm="api"');
    expect((await headOf("/api/v1/agreement/units", {}, agreementUnits.HEAD)).status).toBe(401);
    for (const [query, field] of [
      ["format=xlsx", "format"],
      ["format=csv&holderCountry=ZZ", "holderCountry"],
      ["format=csv&statedFrom=2021-02-30", "statedFrom"],
    ]) {
      const response = await headOf(`/api/v1/stances/export?${query}`);
      expect(response.status, query).toBe(400);
      expect(Object.keys(((await response.json()) as { error: { fields: object } }).error.fields), query).toContain(
        field,
      );
    }
  });
});
