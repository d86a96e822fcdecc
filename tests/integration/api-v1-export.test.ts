// GET /api/v1/stances/export: the current filter as CSV (BOM, metadata line, header), JSON Lines (metadata first),
// and GraphML networks (two-mode country–position, one-mode country congruence); bulk export needs a token.
import { parseDocument } from "htmlparser2";
import { findAll } from "domutils";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/stances/export/route";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createApiToken } from "@/lib/api-tokens/mutations";
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

const exportOf = (query: string, headers: Record<string, string> = auth) =>
  GET(new Request(`http://localhost/api/v1/stances/export?${query}`, { headers }), { params: Promise.resolve({}) });

describe("GET /api/v1/stances/export", () => {
  it("needs a token: anonymous callers get 401 (they may page through /api/v1/stances)", async () => {
    expect((await exportOf("format=csv", {})).status).toBe(401);
    expect((await exportOf("format=xlsx")).status).toBe(400);
  });

  it("CSV: BOM, a metadata line with codebook version and filter, a header, one row per stance", async () => {
    await db.outlet.update({
      where: { id: (await db.outlet.findFirstOrThrow({ where: { articles: { some: { status: "published" } } } })).id },
      data: { name: "한겨레 韓民族" },
    });
    const response = await exportOf("format=csv&dimension=instrument");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="stances-.*\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).split("\r\n");
    expect(lines[0]).toMatch(/^\uFEFF# stances export; codebook [0-9a-f]{12}; filter dimension=instrument; generated /);
    expect(lines[1].startsWith("id,status,statedOn,dimension,")).toBe(true);
    const expected = await db.stance.count({ where: { ...TOKEN_SEES, dimension: { key: "instrument" } } });
    expect(lines.filter((line) => /^\d+,/.test(line)).length).toBe(expected);
    const all = new TextDecoder().decode(await (await exportOf("format=csv")).arrayBuffer());
    expect(all).toContain("한겨레 韓民族");
  });

  it("JSON Lines: a metadata line, then one stance per line", async () => {
    const text = await (await exportOf("format=jsonl&holderCountry=CN")).text();
    const [meta, ...rows] = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(meta.meta).toMatchObject({
      codebookVersion: expect.stringMatching(/^[0-9a-f]{12}$/),
      filter: "holderCountry=CN",
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.holderCountry === "CN")).toBe(true);
  });

  it("GraphML two-mode: country and position nodes, edges weighted by statements", async () => {
    const text = await (await exportOf("format=graphml-two-mode")).text();
    const doc = parseDocument(text, { xmlMode: true });
    const nodes = findAll((el) => el.name === "node", doc.children);
    const edges = findAll((el) => el.name === "edge", doc.children);
    expect(nodes.some((node) => node.attribs.id === "country:CN")).toBe(true);
    expect(nodes.some((node) => node.attribs.id === "position:instrument:treaty")).toBe(true);
    const stances = await db.stance.count({ where: TOKEN_SEES });
    const weights = edges.map((edge) =>
      Number(
        findAll((el) => el.name === "data", edge.children)[0]
          .children.map((c) => ("data" in c ? c.data : ""))
          .join(""),
      ),
    );
    expect(weights.reduce((a, b) => a + b, 0)).toBe(stances);
    expect(text).toContain("<desc>");
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
