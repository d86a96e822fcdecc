// Agreement from the database: two coders double-code articles through the workspace's lib functions, then the
// admin report, the disagreement drill-down, the public report and the export show what they coded.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveQuote } from "@/lib/quotes/save-quote";
import type { QuoteInput } from "@/lib/quotes/schemas";
import { assignDoubleCoding, submitCoding } from "@/lib/double-coding/mutations";
import { getAgreementReport, listDisagreements } from "@/lib/agreement/queries";
import { getPublicReliability } from "@/lib/agreement/public";
import { exportAgreementUnits } from "@/lib/agreement/export";
import { nominalAlpha } from "@/lib/agreement/krippendorff";
import { seedCodebook, positionId } from "@/prisma/seed/codebook";
import { seedCountries, countryId } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedArticle } from "@/prisma/seed/articles";
import { takeCodedQuote } from "@/lib/quotes/curate";
import { getCodingComparison } from "@/lib/double-coding/comparison";
import { submitForReview } from "@/lib/review/submit";
import { approve } from "@/lib/review/approve";
import { AppError } from "@/lib/errors";
import { createUser } from "../support/users";

const SENTENCES = [
  "China favors a peace treaty instead because that will be legally binding on all sides.",
  "The South Korean government wants an early declaration to encourage North Korea to denuclearize.",
  "Washington continues to demand that North Korea take steps toward denuclearization first.",
  "A source in Seoul said Pyongyang asked Beijing for help.",
];

let admin: SessionUser;
let coderA: SessionUser;
let coderB: SessionUser;
let researcher: SessionUser;
let curator: SessionUser;
let firstCoding = { articleId: 0, codingId: 0 };
let ids: Record<"CN" | "KR" | "US", number>;
let positions: Record<"treaty" | "declaration", { dimensionId: number; positionId: number }>;

/** Both coders code one article: A's attributions and instrument positions vs B's, sentence by sentence. */
async function doubleCode(coding: { a: [string, string | null][]; b: [string, string | null][]; skipB?: number[] }) {
  const article = await seedArticle(db, {
    body: `${SENTENCES.join(" ")} ${crypto.randomUUID()}`,
    publishedOn: "2018-07-31",
  });
  const { id: codingId } = await assignDoubleCoding(admin, {
    articleId: article.id,
    coderAId: coderA.id,
    coderBId: coderB.id,
  });
  const code = async (coder: SessionUser, rows: [string, string | null][], skip: number[] = []) => {
    for (const [index, [attribution, position]] of rows.entries()) {
      if (skip.includes(index)) continue;
      const text = SENTENCES[index] ?? "";
      const start = article.body.indexOf(text);
      const input: QuoteInput = {
        articleId: article.id,
        startOffset: start,
        endOffset: start + text.length,
        text,
        speakerId: null,
        speakerKind: "unnamed",
        speakerLabel: "an official",
        speakerCountryId: ids.KR,
        attribution: attribution as QuoteInput["attribution"],
        statedOn: "2018-07-31",
        stances: position ? [{ ...positions[position as "treaty"], holderCountryId: ids.CN }] : [],
      };
      await saveQuote(coder, input);
    }
  };
  await code(coderA, coding.a);
  await code(coderB, coding.b, coding.skipB);
  for (const coder of [coderA, coderB]) {
    const { version } = await db.doubleCoding.findUniqueOrThrow({ where: { id: codingId } });
    await submitCoding(coder, { codingId, version });
  }
  return { articleId: article.id, codingId };
}

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  admin = await createUser(db, { role: "admin" });
  coderA = await createUser(db, { role: "editor", name: "Alice Coder" });
  coderB = await createUser(db, { role: "editor", name: "Bob Coder" });
  researcher = await createUser(db, { role: "researcher" });
  curator = await createUser(db, { role: "editor", name: "Carol Curator" });
  ids = { CN: await countryId(db, "CN"), KR: await countryId(db, "KR"), US: await countryId(db, "US") };
  positions = {
    treaty: await positionId(db, "instrument", "treaty"),
    declaration: await positionId(db, "instrument", "declaration"),
  };
  firstCoding = await doubleCode({
    a: [
      ["on_record", "treaty"],
      ["reported", "declaration"],
      ["on_record", null],
      ["anonymous_source", null],
    ],
    b: [
      ["on_record", "treaty"],
      ["reported", "treaty"],
      ["official_statement", null],
      ["anonymous_source", null],
    ],
  });
  await doubleCode({
    a: [
      ["reported", "declaration"],
      ["official_statement", "declaration"],
      ["on_record", null],
      ["on_record", null],
    ],
    b: [
      ["reported", "declaration"],
      ["official_statement", "declaration"],
      ["on_record", null],
      ["on_record", null],
    ],
    skipB: [3],
  });
}, 120_000);

describe("the agreement report", () => {
  it("gives nominal alpha per variable over matched quotes, with units, disagreements and an interval", async () => {
    const report = await getAgreementReport(admin);
    expect(report.articles).toBe(2);
    expect(report.coders).toEqual([
      { pseudonym: "C1", name: "Alice Coder" },
      { pseudonym: "C2", name: "Bob Coder" },
    ]);
    const row = (variable: string) => report.overall.find((r) => r.variable === variable);
    // Attribution over the 7 matched quotes, as the coders gave it.
    const attribution = nominalAlpha([
      ["on_record", "on_record"],
      ["reported", "reported"],
      ["on_record", "official_statement"],
      ["anonymous_source", "anonymous_source"],
      ["reported", "reported"],
      ["official_statement", "official_statement"],
      ["on_record", "on_record"],
    ]).alpha;
    expect(row("attribution")).toMatchObject({ measure: "alpha", units: 7, disagreements: 1 });
    expect(row("attribution")?.value).toBeCloseTo(attribution ?? NaN, 10);
    expect(row("attribution")?.interval?.lower).toBeLessThanOrEqual(row("attribution")?.value ?? 0);
    // Instrument, one unit per (quote, holder China): treaty/treaty, declaration/treaty, then two agreements.
    expect(row("position:instrument")).toMatchObject({ units: 4, disagreements: 1 });
    // Spans: 8 quotes by A, 7 by B, 7 matched → F1 = 14 / 15.
    expect(row("spans")).toMatchObject({ measure: "spanF1", units: 2, disagreements: 1 });
    expect(row("spans")?.value).toBeCloseTo(14 / 15, 10);
    expect(report.byPair.map((group) => group.key)).toEqual(["C1 & C2"]);
    expect(report.byQuarter).toHaveLength(1);
  });

  it("lists the units behind a value with both codings side by side", async () => {
    const units = await listDisagreements(admin, { variable: "position:instrument" });
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ about: "CN", a: { value: "declaration" }, b: { value: "treaty" } });
    expect(units[0]?.a.quote?.text).toBe(SENTENCES[1]);
    expect(units[0]?.b.quote?.text).toBe(SENTENCES[1]);
    const unmarked = await listDisagreements(admin, { variable: "spans" });
    expect(unmarked).toEqual([expect.objectContaining({ a: expect.objectContaining({ value: "marked" }) })]);
    expect(unmarked[0]?.a.quote?.text).toBe(SENTENCES[3]);
  });

  it("shows the public the same figures without a coder's name", async () => {
    const report = await getPublicReliability();
    const admins = await getAgreementReport(admin);
    expect(report.overall).toEqual(admins.overall);
    expect(JSON.stringify(report)).not.toMatch(/Alice|Bob|@example/);
  });
});

describe("the export for researchers", () => {
  it("has every unit with both codings, pseudonymized, as CSV and JSON Lines", async () => {
    const csv = await exportAgreementUnits(researcher, "csv");
    const lines = csv.body.trimEnd().split("\r\n");
    expect(lines[0]).toBe("variable,unit,article_id,quarter,coder_a,coder_b,about,value_a,value_b,code_a,code_b");
    const instrument = lines.filter((line) => line.startsWith("position:instrument,"));
    expect(instrument).toHaveLength(4);
    expect(csv.body).not.toMatch(/Alice|Bob|@example/);
    const jsonl = await exportAgreementUnits(researcher, "jsonl");
    const rows = jsonl.body
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, string | number>);
    expect(rows).toHaveLength(lines.length - 1);
    const attribution = rows.filter((row) => row.variable === "attribution");
    expect(new Set(attribution.map((row) => `${row.coder_a}/${row.coder_b}`))).toEqual(new Set(["C1/C2"]));
    // Recomputing alpha from the exported codes gives the report's value.
    const report = await getAgreementReport(admin);
    const recomputed = nominalAlpha(attribution.map((row) => [row.code_a, row.code_b])).alpha;
    expect(recomputed).toBeCloseTo(report.overall.find((r) => r.variable === "attribution")?.value ?? NaN, 10);
  });
});

describe("curation", () => {
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("expected a refusal");
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(AppError);
        return error as AppError;
      },
    );

  it("takes one coder's quote as a final draft, which then goes through review to publication", async () => {
    const comparison = await getCodingComparison(curator, firstCoding.codingId);
    expect(comparison.mayCurate).toBe(true);
    const unit = comparison.units.find((u) => u.differs.includes("position:instrument"));
    expect(unit?.a?.text).toBe(SENTENCES[1]);
    // A coder may not curate their own coding.
    const own = await refusal(takeCodedQuote(coderA, { codingId: firstCoding.codingId, quoteId: unit?.b?.id ?? 0 }));
    expect(own.code).toBe("FORBIDDEN");
    expect(own.message).toMatch(/You coded one side of this article, so you cannot curate it/);
    expect((await getCodingComparison(coderA, firstCoding.codingId)).mayCurate).toBe(false);

    const final = await takeCodedQuote(curator, { codingId: firstCoding.codingId, quoteId: unit?.b?.id ?? 0 });
    const row = await db.quote.findUniqueOrThrow({ where: { id: final.id }, include: { stances: true } });
    expect(row).toMatchObject({ codingId: null, authorId: curator.id, status: "draft", text: SENTENCES[1] });
    expect(row.stances.map((stance) => stance.positionId)).toEqual([positions.treaty.positionId]);
    const again = await refusal(takeCodedQuote(curator, { codingId: firstCoding.codingId, quoteId: unit?.a?.id ?? 0 }));
    expect(again.message).toMatch(new RegExp(`already covers this passage \\(quote ${final.id}\\)`));
    const after = await getCodingComparison(curator, firstCoding.codingId);
    expect(after.units.find((u) => u.a?.id === unit?.a?.id)?.final?.id).toBe(final.id);

    const submitted = await submitForReview(curator, { kind: "quote", id: final.id, version: final.version });
    expect(submitted.status).toBe("in_review");
    const published = await approve(admin, { kind: "quote", id: final.id, version: submitted.version });
    expect(published.status).toBe("published");
    // The coders' own quotes stay out of review and out of the agreement's change.
    expect((await getAgreementReport(admin)).articles).toBe(2);
  });

  it("waits for both codings", async () => {
    const article = await seedArticle(db, {
      body: `${SENTENCES[0]} ${crypto.randomUUID()}`,
      publishedOn: "2018-07-31",
    });
    const { id: codingId } = await assignDoubleCoding(admin, {
      articleId: article.id,
      coderAId: coderA.id,
      coderBId: coderB.id,
    });
    expect((await refusal(getCodingComparison(curator, codingId))).code).toBe("CONFLICT");
  });
});
