// Double coding through the lib functions that pages, actions and the API call: the sampling rate and hand
// assignments (with their bad-input messages), coder slots, and blindness: on a double-coded article neither coder
// can read the other's quotes or stances by any read until both have submitted.
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as apiQuote from "@/app/api/v1/quotes/[id]/route";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveQuote } from "@/lib/quotes/save-quote";
import { getAnnotationWorkspace, getWorkspaceQuote } from "@/lib/quotes/queries";
import type { QuoteInput } from "@/lib/quotes/schemas";
import { deleteQuote } from "@/lib/quotes/mutations";
import { submitQuote } from "@/lib/review/submit";
import { getAdminArticle, listArticles } from "@/lib/articles/queries";
import { createArticle } from "@/lib/articles/create-article";
import { updateArticleBody } from "@/lib/articles/update-body";
import { getEntityHistory, listAuditEvents } from "@/lib/history/queries";
import { searchEvidenceQuotes } from "@/lib/country-stances/queries";
import { assignDoubleCoding, setSamplingRate, submitCoding } from "@/lib/double-coding/mutations";
import { getArticleCoding, getDoubleCodingPage, getSamplingRate } from "@/lib/double-coding/queries";
import { getArticleSuggestions } from "@/lib/suggest/workspace";
import { seedCodebook, positionId } from "@/prisma/seed/codebook";
import { seedCountries, countryId } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedArticle } from "@/prisma/seed/articles";
import { createUser } from "../support/users";
import { snapshot } from "./support/records";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

const BODY =
  "Seoul, July 31 — China favors a peace treaty instead because that will be legally binding on all sides.\n" +
  "The South Korean government wants an early declaration to encourage North Korea to denuclearize.";

let admin: SessionUser;
let coderA: SessionUser;
let coderB: SessionUser;
let third: SessionUser;
let ids: { CN: number; KR: number };
let treaty: { dimensionId: number; positionId: number };

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  admin = await createUser(db, { role: "admin" });
  coderA = await createUser(db, { role: "editor", name: "Coder A" });
  coderB = await createUser(db, { role: "editor", name: "Coder B" });
  third = await createUser(db, { role: "editor", name: "Third editor" });
  ids = { CN: await countryId(db, "CN"), KR: await countryId(db, "KR") };
  treaty = await positionId(db, "instrument", "treaty");
});

const anArticle = () => seedArticle(db, { body: `${BODY}\n${crypto.randomUUID()}`, publishedOn: "2018-07-31" });

function quoteOf(article: { id: number; body: string }, text: string): QuoteInput {
  const start = article.body.indexOf(text);
  return {
    articleId: article.id,
    startOffset: start,
    endOffset: start + text.length,
    text,
    speakerId: null,
    speakerLabel: "Chosun Ilbo (reporting)",
    speakerCountryId: ids.KR,
    attribution: "reported",
    statedOn: "2018-07-31",
    stances: [{ ...treaty, holderCountryId: ids.CN }],
  };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("sampling rate", () => {
  it("refuses a rate outside 0–100 % with a message naming the limit, and changes nothing", async () => {
    const before = await snapshot(db);
    const above = await refusal(setSamplingRate(admin, { samplingRate: 101 }));
    expect(above.code).toBe("INVALID_INPUT");
    expect(above.details.fields?.samplingRate).toEqual(["The sampling rate cannot be above 100 %."]);
    const below = await refusal(setSamplingRate(admin, { samplingRate: -5 }));
    expect(below.details.fields?.samplingRate).toEqual(["The sampling rate cannot be below 0 %."]);
    const text = await refusal(setSamplingRate(admin, { samplingRate: "twenty" }));
    expect(text.details.fields?.samplingRate?.[0]).toMatch(/number from 0 to 100/);
    expect(await snapshot(db)).toBe(before);
  });

  it("draws every imported article at 100 % and none at 0 %", async () => {
    await setSamplingRate(admin, { samplingRate: 100 });
    expect(await getSamplingRate(admin)).toBe(100);
    // The page shows the settings to admins only; editors see the list.
    expect((await getDoubleCodingPage(admin, {})).settings).toMatchObject({ rate: 100 });
    expect((await getDoubleCodingPage(coderA, {})).settings).toBeNull();
    const drawn = await createArticle(admin, {
      title: "Drawn",
      body: `${BODY} ${crypto.randomUUID()}`,
      publishedOn: "2021-10-27",
      language: "en",
    });
    expect(await db.doubleCoding.findUnique({ where: { articleId: drawn.id } })).toMatchObject({
      source: "sampled",
      coderAId: null,
      coderBId: null,
    });
    await setSamplingRate(admin, { samplingRate: 0 });
    const kept = await createArticle(admin, {
      title: "Not drawn",
      body: `${BODY} ${crypto.randomUUID()}`,
      publishedOn: "2021-10-27",
      language: "en",
    });
    expect(await db.doubleCoding.findUnique({ where: { articleId: kept.id } })).toBeNull();
  });

  it("a sampled article's slots go to the first two editors who code it; a third is turned away", async () => {
    const article = await anArticle();
    await db.doubleCoding.create({ data: { articleId: article.id, source: "sampled" } });
    await saveQuote(coderA, quoteOf(article, "China favors a peace treaty"));
    await saveQuote(coderB, quoteOf(article, "China favors a peace treaty instead"));
    await saveQuote(coderA, quoteOf(article, "wants an early declaration"));
    expect(await db.doubleCoding.findUnique({ where: { articleId: article.id } })).toMatchObject({
      coderAId: coderA.id,
      coderBId: coderB.id,
    });
    const turnedAway = await refusal(saveQuote(third, quoteOf(article, "legally binding")));
    expect(turnedAway.code).toBe("FORBIDDEN");
    expect(turnedAway.message).toMatch(/opens to you when both have submitted/);
  });
});

describe("assigning by hand", () => {
  it("refuses the same editor twice with a clear message", async () => {
    const article = await anArticle();
    const error = await refusal(
      assignDoubleCoding(admin, { articleId: article.id, coderAId: coderA.id, coderBId: coderA.id }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.fields?.coderBId).toEqual([
      "Choose two different editors: one editor cannot code the same article twice.",
    ]);
  });

  it("refuses an article that has quotes already, and a researcher as coder", async () => {
    const coded = await anArticle();
    await saveQuote(third, quoteOf(coded, "China favors"));
    const error = await refusal(
      assignDoubleCoding(admin, { articleId: coded.id, coderAId: coderA.id, coderBId: coderB.id }),
    );
    expect(error.message).toMatch(/has quotes already/);
    const researcher = await createUser(db, { role: "researcher" });
    const fresh = await anArticle();
    const wrongRole = await refusal(
      assignDoubleCoding(admin, { articleId: fresh.id, coderAId: coderA.id, coderBId: researcher.id }),
    );
    expect(wrongRole.details.fields?.coderBId).toEqual(["Choose an active editor."]);
  });

  it("the database itself refuses one editor in both slots", async () => {
    const article = await anArticle();
    await expect(
      db.doubleCoding.create({
        data: { articleId: article.id, source: "manual", coderAId: coderA.id, coderBId: coderA.id },
      }),
    ).rejects.toThrow(/DoubleCoding_distinct_coders_check/);
  });
});

describe("blindness until both coders have submitted", () => {
  it("hides each coder's quotes from the other and from everyone else, by every read", async () => {
    const article = await anArticle();
    const { id: codingId } = await assignDoubleCoding(admin, {
      articleId: article.id,
      coderAId: coderA.id,
      coderBId: admin.id,
    });
    const mine = await saveQuote(coderA, quoteOf(article, "China favors a peace treaty instead"));
    const theirs = await saveQuote(admin, quoteOf(article, "China favors a peace treaty"));
    expect(await db.quote.findUnique({ where: { id: mine.id } })).toMatchObject({ codingId, authorId: coderA.id });

    for (const [viewer, hiddenId, ownId] of [
      [coderA, theirs.id, mine.id],
      [admin, mine.id, theirs.id],
    ] as const) {
      const workspace = await getAnnotationWorkspace(viewer, article.id);
      expect(workspace.quotes.map((quote) => quote.id)).toEqual([ownId]);
      expect(await getWorkspaceQuote(viewer, hiddenId)).toBeNull();
      const page = await getAdminArticle(viewer, article.id);
      expect(page.quotes.map((quote) => quote.id)).toEqual([ownId]);
      const listed = await listArticles(viewer);
      expect(listed.items.find((item) => item.id === article.id)?.quoteCounts.draft).toBe(1);
      expect((await refusal(getEntityHistory(viewer, { entityType: "Quote", entityId: String(hiddenId) }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await refusal(deleteQuote(viewer, hiddenId))).code).toBe("NOT_FOUND");
      const edit = { ...quoteOf(article, "China favors"), id: hiddenId, version: 1 };
      expect((await refusal(saveQuote(viewer, edit))).code).toBe("NOT_FOUND");
      const evidence = (await searchEvidenceQuotes(viewer, { q: "China favors" })).map((quote) => quote.id);
      expect(evidence).not.toContain(hiddenId);
      expect(evidence).not.toContain(ownId);
    }
    // The admin coder reads the audit trail: the other coder's quote events are not in it.
    const trail = await listAuditEvents(admin, { entityType: "Quote" });
    expect(trail.events.map((event) => event.entityId)).not.toContain(String(mine.id));
    expect(trail.events.map((event) => event.entityId)).toContain(String(theirs.id));

    // A third editor sees neither coding, and cannot code the article.
    expect((await getAnnotationWorkspace(third, article.id)).quotes).toEqual([]);
    expect((await getAdminArticle(third, article.id)).quotes).toEqual([]);
    expect((await refusal(saveQuote(third, quoteOf(article, "legally binding")))).code).toBe("FORBIDDEN");

    // A coding is not reviewed or published itself, so the API (published and in-review only) never has it.
    expect((await refusal(submitQuote(coderA, { id: mine.id, version: mine.version }))).message).toMatch(
      /part of a double coding/,
    );
    const response = await apiQuote.GET(new Request(`http://localhost/api/v1/quotes/${mine.id}`), {
      params: Promise.resolve({ id: String(mine.id) }),
    });
    expect(response.status).toBe(404);
    // A body correction would report every quote: refused while the coding is open.
    const current = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(
      (await refusal(updateArticleBody(coderA, { id: article.id, version: current.version, body: `${BODY}!` }))).code,
    ).toBe("CONFLICT");

    // A submits: still blind to each other until B submits too.
    const status = await getArticleCoding(coderA, article.id);
    expect(status).toMatchObject({ side: "A", submittedByMe: false, complete: false });
    await submitCoding(coderA, { codingId, version: status?.version ?? 0 });
    expect((await getAdminArticle(admin, article.id)).quotes.map((quote) => quote.id)).toEqual([theirs.id]);
    expect((await getAdminArticle(coderA, article.id)).quotes.map((quote) => quote.id)).toEqual([mine.id]);
    const afterSubmit = await refusal(
      saveQuote(coderA, { ...quoteOf(article, "China favors"), id: mine.id, version: 1 }),
    );
    expect(afterSubmit.message).toMatch(/submitted your coding/);

    const adminStatus = await getArticleCoding(admin, article.id);
    expect(adminStatus).toMatchObject({ side: "B", submittedByOther: true, complete: false });
    const done = await submitCoding(admin, { codingId, version: adminStatus?.version ?? 0 });
    expect(done.completed).toBe(true);

    // Both submitted: every editor reads both codings (the workspace keeps each coder to their own).
    for (const viewer of [coderA, admin, third]) {
      const page = await getAdminArticle(viewer, article.id);
      expect(page.quotes.map((quote) => quote.id).sort()).toEqual([mine.id, theirs.id].sort());
      await expect(getEntityHistory(viewer, { entityType: "Quote", entityId: String(mine.id) })).resolves.toHaveLength(
        1,
      );
    }
    expect((await getAnnotationWorkspace(coderA, article.id)).quotes.map((quote) => quote.id)).toEqual([mine.id]);
    // Coders make no final quotes on their own article; the third editor (a curator) may.
    expect((await refusal(saveQuote(coderA, quoteOf(article, "legally binding")))).message).toMatch(/curator/);
    const curated = await saveQuote(third, quoteOf(article, "China favors a peace treaty instead"));
    expect(await db.quote.findUnique({ where: { id: curated.id } })).toMatchObject({ codingId: null });
  });

  it("does not let suggestions show where the other coder marked", async () => {
    const text =
      '"We want an end-of-war declaration first, then a peace treaty," a Foreign Ministry official said on Monday.';
    const article = await seedArticle(db, { body: `${text}\n${crypto.randomUUID()}`, publishedOn: "2021-10-27" });
    await assignDoubleCoding(admin, { articleId: article.id, coderAId: coderA.id, coderBId: coderB.id });
    const before = await getArticleSuggestions(coderB, article.id);
    expect(before.suggestions.length).toBeGreaterThan(0);
    const first = before.suggestions[0];
    await saveQuote(coderA, {
      ...quoteOf(article, first?.text ?? ""),
      speakerKind: "unnamed",
      speakerLabel: "a Foreign Ministry official",
    });
    expect(await getArticleSuggestions(coderB, article.id)).toEqual(before);
    expect((await getArticleSuggestions(coderA, article.id)).suggestions).not.toContainEqual(first);
  });
});
