// One double-coded article's two codings side by side, unit by unit, for comparison and curation: matched
// quotes with the variables on which they differ, quotes only one coder marked, and the final quotes made so far.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReviewStatus } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { loadCompleteCodings } from "@/lib/agreement/load";
import { matchSpans, spanOverlap } from "@/lib/agreement/spans";
import { reliabilityUnits, type CodedQuote } from "@/lib/agreement/units";
import { sideOf } from "./coding-slot";

export interface FinalQuote {
  id: number;
  version: number;
  text: string;
  status: ReviewStatus;
  startOffset: number;
  endOffset: number;
}

export interface ComparisonUnit {
  a: CodedQuote | null;
  b: CodedQuote | null;
  /** Variables on which a matched pair differs ("attribution", "position:instrument", …); empty when they agree. */
  differs: string[];
  /** The final quote covering this passage, once curated. */
  final: FinalQuote | null;
}

export interface CodingComparison {
  codingId: number;
  article: { id: number; title: string };
  coderA: string;
  coderB: string;
  /** The viewer coded neither side, so may curate. */
  mayCurate: boolean;
  units: ComparisonUnit[];
  finals: FinalQuote[];
}

export async function getCodingComparison(actor: SessionUser | null, codingId: number): Promise<CodingComparison> {
  assertCan(actor, "doubleCoding.curate");
  const coding = await db.doubleCoding.findUnique({
    where: { id: codingId },
    select: {
      completedAt: true,
      coderAId: true,
      coderBId: true,
      coderA: { select: { name: true, email: true } },
      coderB: { select: { name: true, email: true } },
    },
  });
  if (!coding) throw new AppError("NOT_FOUND", "No such double coding.");
  if (!coding.completedAt)
    throw new AppError("CONFLICT", "The two codings can be compared once both coders have submitted.");
  const { articles } = await loadCompleteCodings({ id: codingId });
  const article = articles[0];
  if (!article) throw new AppError("NOT_FOUND", "No such double coding.");
  const finals = await db.quote.findMany({
    where: { articleId: article.articleId, codingId: null, deletedAt: null },
    orderBy: { startOffset: "asc" },
    select: { id: true, version: true, text: true, status: true, startOffset: true, endOffset: true },
  });
  const finalOver = (quote: CodedQuote) =>
    finals.find((final) => spanOverlap({ start: final.startOffset, end: final.endOffset }, quote) > 0) ?? null;
  const differing = new Map<string, string[]>();
  for (const unit of reliabilityUnits([article]).units)
    if (unit.a !== unit.b) {
      const key = `${unit.quoteA}/${unit.quoteB}`;
      differing.set(key, [...new Set([...(differing.get(key) ?? []), unit.variable])]);
    }
  const { pairs, onlyA, onlyB } = matchSpans(article.a, article.b);
  const units: ComparisonUnit[] = [
    ...pairs.map(({ a, b }) => ({
      a,
      b,
      differs: differing.get(`${a.id}/${b.id}`) ?? [],
      final: finalOver(a) ?? finalOver(b),
    })),
    ...onlyA.map((a) => ({ a, b: null, differs: ["spans"], final: finalOver(a) })),
    ...onlyB.map((b) => ({ a: null, b, differs: ["spans"], final: finalOver(b) })),
  ].sort((x, y) => ((x.a ?? x.b)?.start ?? 0) - ((y.a ?? y.b)?.start ?? 0));
  const label = (user: { name: string | null; email: string } | null) => (user ? (user.name ?? user.email) : "?");
  return {
    codingId,
    article: { id: article.articleId, title: article.title },
    coderA: label(coding.coderA),
    coderB: label(coding.coderB),
    mayCurate: !sideOf(coding, actor.id),
    units,
    finals,
  };
}
