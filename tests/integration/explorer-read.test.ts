// The explorer's read path (lib/stances/explorer-view.ts): one parse of the address with the API's parser, each code
// resolved once, and everything the page shows from the read model — the same rows as the API in either order,
// the facets, and the country × position periods, equal whether they come from the month count table or from a
// pass over StanceRead.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { listStances } from "@/lib/stances/queries";
import { countByCountryPositionPeriod } from "@/lib/stances/explorer";
import { readExplorer } from "@/lib/stances/explorer-view";
import { resolveCriteria } from "@/lib/stances/criteria";
import { seedDemo } from "@/prisma/seed/demo";
import { seedUnpublishedRecords } from "../fixtures/unpublished-records";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

const researcher = { id: "r", email: "r@example.org", name: null, role: "researcher" as const };

beforeAll(async () => {
  await seedDemo(db);
  await seedUnpublishedRecords(db);
}, 120_000);

async function view(params: Record<string, string>, user: typeof researcher | null = null) {
  const read = await readExplorer(user, params);
  if (read.kind !== "view") throw new Error(`not a view: ${JSON.stringify(read.fields)}`);
  return read;
}

describe("readExplorer", () => {
  it("shows the API's rows, newest first, and pages through every row once in either order", async () => {
    const api = (await listStances("published", { limit: 500 })).data;
    const first = await view({});
    expect(first.page.data.map((row) => row.id)).toEqual(api.slice(0, 50).map((row) => row.id));
    expect(first.page.data.every((row) => /^#[0-9a-f]{6}$/i.test(row.positionColor))).toBe(true);

    const ascending: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof view>> = await view({
        sort: "asc",
        limit: "7",
        ...(cursor ? { cursor } : {}),
      });
      ascending.push(...page.page.data.map((row) => row.id));
      cursor = page.page.next;
    } while (cursor);
    expect(ascending).toEqual(api.map((row) => row.id).reverse());
  });

  it("shows records in review to researchers only", async () => {
    const anonymous = await view({ limit: "500" });
    const signedIn = await view({ limit: "500" }, researcher);
    expect(anonymous.visibility).toBe("published");
    expect(anonymous.page.data.every((row) => row.status === "published")).toBe(true);
    expect(signedIn.page.data.some((row) => row.status === "in_review")).toBe(true);
  });

  it("names every bad parameter, with the menus to fix it in place", async () => {
    const read = await readExplorer(null, { holderCountry: "ZZ", limit: "0x10", colour: "red", sort: "up" });
    expect(read.kind).toBe("invalid");
    if (read.kind !== "invalid") return;
    expect(Object.keys(read.fields).sort()).toEqual(["colour", "limit", "sort"]);
    expect(read.fields.colour[0]).toMatch(/sort/); // the message lists what the page takes, `sort` included
    expect(read.menus.countries.length).toBeGreaterThan(3);
    const unknownCode = await readExplorer(null, { holderCountry: "ZZ" });
    expect(unknownCode.kind === "invalid" && Object.keys(unknownCode.fields)).toEqual(["holderCountry"]);
  });

  it("counts periods from the month table exactly as from a pass over StanceRead", async () => {
    for (const visibility of ["published", "review"] as const) {
      for (const criteria of [
        {},
        { holderCountry: "CN" },
        { dimension: "instrument", statedFrom: "2018-01-01" },
        { statedTo: "2021-10-31" },
      ]) {
        const resolved = await resolveCriteria(criteria);
        const fromTable = await countByCountryPositionPeriod(visibility, resolved);
        // publishedFrom is no column of the month table: the same view, counted from StanceRead.
        const fromRows = await countByCountryPositionPeriod(visibility, { ...resolved, publishedFrom: "1900-01-01" });
        const sorted = (p: typeof fromTable) =>
          p.counts.map((c) => `${c.holderCountry}|${c.month}|${c.dimension}|${c.position}|${c.count}`).sort();
        expect(sorted(fromTable)).toEqual(sorted(fromRows));
        expect(fromTable.counts.length).toBeGreaterThan(0);
      }
    }
  });

  it("sums the matrix to the facets' total", async () => {
    for (const params of [{}, { holderCountry: "KR" }, { q: "treaty" }] as Record<string, string>[]) {
      const read = await view(params);
      const summed = read.periods.counts.reduce((sum, cell) => sum + cell.count, 0);
      expect(summed).toBe(read.facets.total);
    }
  });

  it("resolves a text filter with few matches to their quote ids, and reads the same rows either way", async () => {
    expect((await resolveCriteria({ q: "photosynthesis" })).quoteIds).toEqual([]);
    expect((await view({ q: "photosynthesis" })).facets.total).toBe(0);
    const resolved = await resolveCriteria({ q: "treaty" });
    expect(resolved.quoteIds?.length).toBeGreaterThan(0);
    const { quoteIds: _ids, ...unresolved } = resolved; // as a common word is read: through the text index
    const [fromIds, fromText] = await Promise.all([
      countByCountryPositionPeriod("published", resolved),
      countByCountryPositionPeriod("published", unresolved),
    ]);
    expect(fromIds).toEqual(fromText);
    expect(fromIds.counts.length).toBeGreaterThan(0);
  });
});
