// Suggestions in the annotation workspace (#17), on the demo data: what an editor is offered for a new article,
// accepting one as a draft quote (never published, recorded as a suggestion), editing it (then recorded as
// edited), rejecting one (it does not come back for that article), and an article in another language.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveQuote } from "@/lib/quotes/save-quote";
import { acceptSuggestion, getArticleSuggestions, rejectSuggestion } from "@/lib/suggest/workspace";
import { getSuggestionUse } from "@/lib/suggest/usage";
import { seedDemo } from "@/prisma/seed/demo";
import { seedArticle } from "@/prisma/seed/articles";
import { createUser } from "../support/users";

const BODY = [
  "Seoul pushes for a declaration before the election",
  "SEOUL, Oct. 28 -- South Korea's top diplomat met his Chinese counterpart on Tuesday.",
  "“We support an end-of-war declaration as a way to restart denuclearization talks with North Korea,” Chung Eui-yong said on Tuesday.",
  "A senior Chinese official said that Beijing favors a peace treaty instead, because only a treaty would be legally binding.",
  "The weather in Seoul was mild, and the talks ended early in the afternoon.",
].join("\n\n");

let editor: SessionUser;
let articleId: number;

beforeAll(async () => {
  await seedDemo(db);
  editor = await createUser(db, { role: "editor" });
  articleId = (await seedArticle(db, { body: BODY, publishedOn: "2021-10-28" })).id;
});

const chungQuote = "We support an end-of-war declaration as a way to restart denuclearization talks with North Korea";

describe("the suggestions an editor is offered", () => {
  it("proposes the statements with speaker, country on the date, date and positions, and nothing for small talk", async () => {
    const { suggestions, message } = await getArticleSuggestions(editor, articleId);
    expect(message).toBeNull();
    expect(suggestions.map((suggestion) => suggestion.text)).toEqual([
      chungQuote,
      "Beijing favors a peace treaty instead, because only a treaty would be legally binding.",
    ]);
    const [chung, source] = suggestions;
    const korea = await db.country.findUniqueOrThrow({ where: { code: "KR" } });
    const chungId = (await db.person.findFirstOrThrow({ where: { name: "Chung Eui-yong" } })).id;
    expect(chung).toMatchObject({
      speakerKind: "person",
      speakerId: chungId,
      speakerCountryId: korea.id,
      attribution: "on_record",
      statedOn: "2021-10-26",
      statedOnPrecision: "day",
      statedOnReported: false,
      needsPerson: false,
    });
    expect(chung.stances.length).toBeGreaterThan(0);
    expect(source).toMatchObject({ speakerKind: "unnamed", attribution: "anonymous_source" });
  });

  it("hides what is already marked: the demo articles' own quotes are not proposed again", async () => {
    const demo = await db.article.findFirstOrThrow({
      where: { title: { contains: "Behind-the-Scenes" } },
      select: { id: true, quotes: { where: { deletedAt: null }, select: { startOffset: true, endOffset: true } } },
    });
    const { suggestions } = await getArticleSuggestions(editor, demo.id);
    for (const suggestion of suggestions) {
      for (const quote of demo.quotes) {
        expect(suggestion.endOffset <= quote.startOffset || suggestion.startOffset >= quote.endOffset).toBe(true);
      }
    }
  });
});

describe("accepting and rejecting", () => {
  it("accepts a suggestion as a draft quote with everything filled in, recorded as coming from a suggestion", async () => {
    const offered = (await getArticleSuggestions(editor, articleId)).suggestions[0];
    const quote = await acceptSuggestion(editor, {
      articleId,
      startOffset: offered.startOffset,
      endOffset: offered.endOffset,
    });
    expect(quote).toMatchObject({
      status: "draft",
      text: chungQuote,
      speakerId: offered.speakerId,
      speakerCountryId: offered.speakerCountryId,
      attribution: "on_record",
      statedOn: "2021-10-26",
    });
    expect(quote.stances).toEqual(
      offered.stances.map(({ dimensionId, positionId, holderCountryId, strength }) => ({
        dimensionId,
        positionId,
        holderCountryId,
        strength,
      })),
    );
    const stored = await db.quote.findUniqueOrThrow({
      where: { id: quote.id },
      select: { origin: true, publishedAt: true },
    });
    expect(stored).toEqual({ origin: "suggestion", publishedAt: null });
    // Marked now: no longer offered.
    const again = await getArticleSuggestions(editor, articleId);
    expect(again.suggestions.map((suggestion) => suggestion.text)).not.toContain(chungQuote);

    // An editor changes the accepted quote: it counts as an edited suggestion.
    await saveQuote(editor, {
      id: quote.id,
      version: quote.version,
      articleId,
      startOffset: quote.startOffset,
      endOffset: quote.endOffset,
      text: quote.text,
      speakerKind: "person",
      speakerId: quote.speakerId,
      speakerLabel: null,
      speakerCountryId: quote.speakerCountryId,
      attribution: "official_statement",
      statedOn: quote.statedOn,
      statedOnPrecision: quote.statedOnPrecision,
      stances: quote.stances,
    });
    expect((await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).origin).toBe("suggestion_edited");
  });

  it("rejects a suggestion: it does not come back for that article, and the rejection is in the audit trail", async () => {
    const offered = (await getArticleSuggestions(editor, articleId)).suggestions.find((suggestion) =>
      suggestion.text.startsWith("Beijing favors"),
    );
    if (!offered) throw new Error("The unnamed source's statement is not offered.");
    const ref = { articleId, startOffset: offered.startOffset, endOffset: offered.endOffset };
    await rejectSuggestion(editor, ref);
    expect((await getArticleSuggestions(editor, articleId)).suggestions).toEqual([]);
    await expect(acceptSuggestion(editor, ref)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "RejectedSuggestion", actorId: editor.id },
    });
    expect(event.action).toBe("reject");
  });

  it("accepting a suggestion whose speaker is not in the tracker asks for the person, and saves nothing", async () => {
    const body = "“We back an end-of-war declaration now,” said Japanese Foreign Minister Toshimitsu Motegi on Friday.";
    const id = (await seedArticle(db, { body, publishedOn: "2021-10-29" })).id;
    const [offered] = (await getArticleSuggestions(editor, id)).suggestions;
    expect(offered).toMatchObject({ speakerKind: "person", speakerName: "Toshimitsu Motegi", needsPerson: true });
    await expect(
      acceptSuggestion(editor, { articleId: id, startOffset: offered.startOffset, endOffset: offered.endOffset }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.quote.count({ where: { articleId: id } })).toBe(0);
  });
});

describe("how much the suggestions help", () => {
  it("counts quotes by origin and the suggestions rejected", async () => {
    const use = await getSuggestionUse(editor);
    // Above: one suggestion accepted then edited, one rejected; the demo's quotes were marked by hand.
    expect(use).toMatchObject({ accepted: 0, edited: 1, rejected: 1 });
    expect(use.manual).toBe(await db.quote.count({ where: { deletedAt: null, origin: "manual" } }));
    expect(use.manual).toBeGreaterThan(20);
  });
});

describe("another language", () => {
  it("offers no suggestions for an article in Korean, and says that suggestions are English-only", async () => {
    const body =
      "정의용 외교부 장관은 종전선언이 한반도 평화 프로세스를 위해 필요하다고 말했다. 중국은 이를 지지한다고 밝혔다.";
    const id = (await seedArticle(db, { body, publishedOn: "2021-10-29", language: "ko" })).id;
    const result = await getArticleSuggestions(editor, id);
    expect(result.suggestions).toEqual([]);
    expect(result.message).toMatch(/English-only/);
  });
});
