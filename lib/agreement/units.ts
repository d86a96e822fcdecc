// From two coders' codings of the same articles to reliability units, one list per variable. Pure.
// Quotes are matched by span overlap (spans.ts); every variable below is measured on the matched pairs:
//   attribution     one unit per matched pair: the attribution kind
//   speaker         one unit per matched pair: the speaker (kind and who; an unnamed source counts as "unnamed")
//   speakerCountry  one unit per matched pair: the speaker's country, or "(none)"
//   holder          one unit per (matched pair, dimension) that either coder coded: the set of holders
//   position:<key>  one unit per (matched pair, holder) on that dimension that either coder coded: the set of
//                   positions that coder gave that holder (usually one; coding rule 2 allows several), or
//                   "(no stance)" when only the other coder gave that holder a position there
// Quotes only one coder marked are not units of these variables (a single value is not pairable); they count
// against span agreement instead.
import { matchSpans, type SpanCounts } from "./spans";

export const NONE = "(none)";
export const NO_STANCE = "(no stance)";

export interface CodedStance {
  dimension: string;
  position: string;
  holder: string;
}

export interface CodedQuote {
  id: number;
  start: number;
  end: number;
  text: string;
  attribution: string;
  /** The nominal value: "person:12", "organization:3", "outlet", "unnamed". */
  speaker: string;
  /** What a person reads: the name, the organization, the outlet, or the unnamed source's description. */
  speakerName: string;
  speakerCountry: string;
  stances: CodedStance[];
}

export interface DoubleCodedArticle {
  codingId: number;
  articleId: number;
  /** Who coded: a stable key per coder pair ("C1 & C2"). */
  pair: string;
  /** When both had submitted: "2026-Q4". */
  quarter: string;
  a: CodedQuote[];
  b: CodedQuote[];
}

export interface ReliabilityUnitRow {
  variable: string;
  codingId: number;
  articleId: number;
  pair: string;
  quarter: string;
  quoteA: number;
  quoteB: number;
  /** What the unit is within the pair: "" for quote-level variables, the dimension or the holder otherwise. */
  about: string;
  a: string;
  b: string;
}

export interface SpanUnitRow extends SpanCounts {
  codingId: number;
  articleId: number;
  pair: string;
  quarter: string;
  /** Quotes only one coder marked, for the drill-down. */
  onlyAIds: number[];
  onlyBIds: number[];
}

export function reliabilityUnits(articles: readonly DoubleCodedArticle[]): {
  units: ReliabilityUnitRow[];
  spans: SpanUnitRow[];
} {
  const units: ReliabilityUnitRow[] = [];
  const spans: SpanUnitRow[] = [];
  for (const article of articles) {
    const { pairs, onlyA, onlyB } = matchSpans(article.a, article.b);
    const where = {
      codingId: article.codingId,
      articleId: article.articleId,
      pair: article.pair,
      quarter: article.quarter,
    };
    spans.push({
      ...where,
      matched: pairs.length,
      onlyA: onlyA.length,
      onlyB: onlyB.length,
      onlyAIds: onlyA.map((quote) => quote.id),
      onlyBIds: onlyB.map((quote) => quote.id),
    });
    for (const { a, b } of pairs) {
      const unit = (variable: string, about: string, valueA: string, valueB: string) =>
        units.push({ variable, ...where, quoteA: a.id, quoteB: b.id, about, a: valueA, b: valueB });
      unit("attribution", "", a.attribution, b.attribution);
      unit("speaker", "", a.speaker, b.speaker);
      unit("speakerCountry", "", a.speakerCountry, b.speakerCountry);
      const dimensions = new Set([...a.stances, ...b.stances].map((stance) => stance.dimension));
      for (const dimension of [...dimensions].sort()) {
        const holdersOf = (quote: CodedQuote) =>
          joined(quote.stances.filter((s) => s.dimension === dimension).map((s) => s.holder)) || NO_STANCE;
        unit("holder", dimension, holdersOf(a), holdersOf(b));
        const holders = new Set(
          [...a.stances, ...b.stances].filter((s) => s.dimension === dimension).map((s) => s.holder),
        );
        for (const holder of [...holders].sort()) {
          const positionsOf = (quote: CodedQuote) =>
            joined(
              quote.stances.filter((s) => s.dimension === dimension && s.holder === holder).map((s) => s.position),
            ) || NO_STANCE;
          unit(`position:${dimension}`, holder, positionsOf(a), positionsOf(b));
        }
      }
    }
  }
  return { units, spans };
}

/** A set of values as one nominal value: sorted, without repeats, joined by "+". */
function joined(values: string[]): string {
  return [...new Set(values)].sort().join("+");
}
