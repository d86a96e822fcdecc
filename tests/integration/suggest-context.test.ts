// The suggestion context reads a bounded pool of published quotes for the similarity vote: the newest coded ones.
// Without the bound, every workspace request read the whole quote table into Node (see decision 011).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSuggestContext } from "@/lib/suggest/load-context";
import { seedDemo } from "@/prisma/seed/demo";

beforeAll(async () => {
  await seedDemo(db);
});

describe("the similarity pool of the suggestion context", () => {
  it("holds the newest published quotes that carry a stance, no more than the pool's size", async () => {
    const coded = await db.quote.findMany({
      where: { status: "published", deletedAt: null, stances: { some: { deletedAt: null } } },
      orderBy: { id: "desc" },
      select: { text: true },
    });
    expect(coded.length).toBeGreaterThan(3);

    const context = await loadSuggestContext(db, 3);
    expect(context.approvedQuotes.map((quote) => quote.text)).toEqual(coded.slice(0, 3).map((quote) => quote.text));
    expect(context.approvedQuotes.every((quote) => quote.stances.length > 0)).toBe(true);
  });

  it("leaves out drafts and quotes without stances", async () => {
    const context = await loadSuggestContext(db);
    const texts = new Set(context.approvedQuotes.map((quote) => quote.text));
    const excluded = await db.quote.findMany({
      where: { OR: [{ status: { not: "published" } }, { stances: { none: { deletedAt: null } } }] },
      select: { text: true },
    });
    for (const quote of excluded) expect(texts.has(quote.text)).toBe(false);
  });
});
