// Agreement for editors: the report with the coders behind each pseudonym, and the disagreements behind any
// value, each unit with both codings side by side.
import "server-only";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { buildReport, type AgreementReport } from "./report";
import { loadCompleteCodings, pseudonymsOfCoders } from "./load";
import { reliabilityUnits, type CodedQuote } from "./units";
import { SPANS } from "./summary";
import { disagreementFilterSchema, type DisagreementFilter } from "./schemas";
import { db } from "@/lib/db";

export async function getAgreementReport(
  actor: SessionUser | null,
): Promise<AgreementReport & { coders: { pseudonym: string; name: string }[] }> {
  assertCan(actor, "agreement.read");
  const [{ units: _units, spans: _spans, ...report }, pseudonyms] = await Promise.all([
    buildReport(),
    pseudonymsOfCoders(),
  ]);
  const users = await db.user.findMany({
    where: { id: { in: [...pseudonyms.keys()] } },
    select: { id: true, name: true, email: true },
  });
  const coders = users
    .map((user) => ({ pseudonym: pseudonyms.get(user.id) ?? "?", name: user.name ?? user.email }))
    .sort((a, b) => Number(a.pseudonym.slice(1)) - Number(b.pseudonym.slice(1)));
  return { ...report, coders };
}

export interface Disagreement {
  codingId: number;
  articleId: number;
  title: string;
  pair: string;
  quarter: string;
  /** The dimension or holder the unit is about, "" for quote-level variables. */
  about: string;
  a: { value: string; quote: CodedQuote | null };
  b: { value: string; quote: CodedQuote | null };
}

/** The units of one variable (optionally of one pair or quarter) where the two codings differ. */
export async function listDisagreements(actor: SessionUser | null, raw: DisagreementFilter): Promise<Disagreement[]> {
  assertCan(actor, "agreement.read");
  const filter = parseInput(disagreementFilterSchema, raw);
  const { articles } = await loadCompleteCodings(filter.codingId ? { id: filter.codingId } : {});
  const chosen = articles.filter(
    (article) =>
      (!filter.pair || article.pair === filter.pair) && (!filter.quarter || article.quarter === filter.quarter),
  );
  const quotes = new Map(chosen.flatMap((article) => [...article.a, ...article.b]).map((quote) => [quote.id, quote]));
  const byCoding = new Map(chosen.map((article) => [article.codingId, article]));
  const { units, spans } = reliabilityUnits(chosen);
  const base = (codingId: number) => {
    const article = byCoding.get(codingId);
    return {
      codingId,
      articleId: article?.articleId ?? 0,
      title: article?.title ?? "",
      pair: article?.pair ?? "",
      quarter: article?.quarter ?? "",
    };
  };
  if (filter.variable === SPANS) {
    return spans.flatMap((span) => [
      ...span.onlyAIds.map((id) => ({
        ...base(span.codingId),
        about: "",
        a: { value: "marked", quote: quotes.get(id) ?? null },
        b: { value: "not marked", quote: null },
      })),
      ...span.onlyBIds.map((id) => ({
        ...base(span.codingId),
        about: "",
        a: { value: "not marked", quote: null },
        b: { value: "marked", quote: quotes.get(id) ?? null },
      })),
    ]);
  }
  return units
    .filter((unit) => unit.variable === filter.variable && unit.a !== unit.b)
    .map((unit) => ({
      ...base(unit.codingId),
      about: unit.about,
      a: { value: unit.a, quote: quotes.get(unit.quoteA) ?? null },
      b: { value: unit.b, quote: quotes.get(unit.quoteB) ?? null },
    }));
}
