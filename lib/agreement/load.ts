// Reading the complete double codings out of the database into the pure shapes of units.ts: both coders'
// quotes with their stances, coders pseudonymized ("C1", "C2", … in order of first coding, so a name never
// leaves the admin pages), the quarter in which the second coder submitted. Callers check permissions.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NONE, type CodedQuote, type DoubleCodedArticle } from "./units";

const quoteSelect = {
  id: true,
  authorId: true,
  startOffset: true,
  endOffset: true,
  text: true,
  attribution: true,
  speakerKind: true,
  speakerId: true,
  speakerOrganizationId: true,
  speakerLabel: true,
  speaker: { select: { name: true } },
  speakerOrganization: { select: { name: true } },
  speakerCountry: { select: { code: true } },
  stances: {
    where: { deletedAt: null },
    select: {
      dimension: { select: { key: true } },
      position: { select: { key: true } },
      holderCountry: { select: { code: true } },
    },
  },
} satisfies Prisma.QuoteSelect;

type QuoteRow = Prisma.QuoteGetPayload<{ select: typeof quoteSelect }>;

export interface LoadedCodings {
  articles: (DoubleCodedArticle & { title: string; coderAId: string; coderBId: string })[];
  /** User id → pseudonym. */
  pseudonyms: Map<string, string>;
}

export async function loadCompleteCodings(where: Prisma.DoubleCodingWhereInput = {}): Promise<LoadedCodings> {
  const codings = await db.doubleCoding.findMany({
    where: { AND: [where, { completedAt: { not: null }, coderAId: { not: null }, coderBId: { not: null } }] },
    orderBy: { id: "asc" },
    select: {
      id: true,
      articleId: true,
      coderAId: true,
      coderBId: true,
      completedAt: true,
      article: { select: { title: true } },
      quotes: { where: { deletedAt: null }, orderBy: { startOffset: "asc" }, select: quoteSelect },
    },
  });
  const pseudonyms = await pseudonymsOfCoders();
  const articles = codings.map((coding) => {
    const coderAId = coding.coderAId ?? "";
    const coderBId = coding.coderBId ?? "";
    const names = [pseudonyms.get(coderAId) ?? "?", pseudonyms.get(coderBId) ?? "?"].sort(byNumber);
    return {
      codingId: coding.id,
      articleId: coding.articleId,
      title: coding.article.title,
      coderAId,
      coderBId,
      pair: names.join(" & "),
      quarter: quarterOf(coding.completedAt ?? new Date()),
      a: coding.quotes.filter((quote) => quote.authorId === coderAId).map(toCodedQuote),
      b: coding.quotes.filter((quote) => quote.authorId === coderBId).map(toCodedQuote),
    };
  });
  return { articles, pseudonyms };
}

/** Every coder of a complete double coding, numbered in order of their first one: stable as codings are added. */
export async function pseudonymsOfCoders(): Promise<Map<string, string>> {
  const codings = await db.doubleCoding.findMany({
    where: { completedAt: { not: null } },
    orderBy: { id: "asc" },
    select: { coderAId: true, coderBId: true },
  });
  const pseudonyms = new Map<string, string>();
  for (const coding of codings)
    for (const id of [coding.coderAId, coding.coderBId])
      if (id && !pseudonyms.has(id)) pseudonyms.set(id, `C${pseudonyms.size + 1}`);
  return pseudonyms;
}

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));

export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

function toCodedQuote(quote: QuoteRow): CodedQuote {
  const speaker =
    quote.speakerKind === "person"
      ? `person:${quote.speakerId}`
      : quote.speakerKind === "organization"
        ? `organization:${quote.speakerOrganizationId}`
        : quote.speakerKind;
  return {
    id: quote.id,
    start: quote.startOffset,
    end: quote.endOffset,
    text: quote.text,
    attribution: quote.attribution,
    speaker,
    speakerName: quote.speaker?.name ?? quote.speakerOrganization?.name ?? quote.speakerLabel ?? quote.speakerKind,
    speakerCountry: quote.speakerCountry?.code ?? NONE,
    stances: quote.stances.map((stance) => ({
      dimension: stance.dimension.key,
      position: stance.position.key,
      holder: stance.holderCountry.code,
    })),
  };
}
