// Positions from the most similar approved quotes: BM25 (MiniSearch's BM25+) over every approved quote and
// every position's definition, on stemmed words. The best matches vote for their positions, weighted by how
// much of the statement's vocabulary they share, so suggestions improve as editors approve more quotes. A
// quote from the article being read never votes (it would only echo the coding already there).
import MiniSearch from "minisearch";
import { stemmer } from "stemmer";
import type { ApprovedQuote, CodebookPosition } from "./types";

const STOP = new Set(
  "a an the and or but of to in on at for with by from as that this these those is are was were be been being has have had it its their they he she his her we our you not no will would may might can could should must said says say also which who whom than then there here such into over about after before between during".split(
    " ",
  ),
);

function terms(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z-]+/g) ?? [])
    .flatMap((word) => word.split("-"))
    .filter((word) => word.length > 2 && !STOP.has(word))
    .map((word) => stemmer(word));
}

interface Document {
  id: number;
  text: string;
  stances: { dimension: string; position: string }[];
}

export interface SimilarityVote {
  dimension: string;
  position: string;
  /** 0–1: the share of the neighbours' weight that voted for this position, times the best neighbour's similarity. */
  confidence: number;
}

/** Share of the statement's distinct terms that the other text also has. */
function overlap(statement: Set<string>, other: Set<string>): number {
  if (statement.size === 0) return 0;
  let shared = 0;
  for (const term of statement) if (other.has(term)) shared++;
  return shared / statement.size;
}

const NEIGHBOURS = 5;
/** A neighbour must share this much of the statement's vocabulary to vote: BM25 ranks, the overlap gates. */
const MIN_OVERLAP = 0.45;

interface Built {
  documents: (Document & { articleId: number | null; fromQuote: boolean })[];
  search: MiniSearch<Document>;
  termSets: Set<string>[];
}

/** The index over a context's approved quotes and codebook, built once per context (a workspace request). */
const built = new WeakMap<ApprovedQuote[], Built>();

function build(quotes: ApprovedQuote[], codebook: CodebookPosition[]): Built {
  const documents: Built["documents"] = [];
  for (const quote of quotes) {
    if (quote.stances.length > 0)
      documents.push({
        id: documents.length,
        text: quote.text,
        stances: quote.stances,
        articleId: quote.articleId,
        fromQuote: true,
      });
  }
  for (const position of codebook) {
    documents.push({
      id: documents.length,
      text: `${position.label}. ${position.definition}`,
      stances: [{ dimension: position.dimension, position: position.position }],
      articleId: null,
      fromQuote: false,
    });
  }
  const search = new MiniSearch<Document>({
    fields: ["text"],
    storeFields: ["id"],
    tokenize: (text) => terms(text),
    processTerm: (term) => term,
  });
  search.addAll(documents);
  return { documents, search, termSets: documents.map((document) => new Set(terms(document.text))) };
}

export function similarityIndex(
  quotes: ApprovedQuote[],
  codebook: CodebookPosition[],
  article: { id: number | null; text: string },
) {
  let index = built.get(quotes);
  if (!index) {
    index = build(quotes, codebook);
    built.set(quotes, index);
  }
  const { documents, search, termSets } = index;
  // The article's own coded quotes (by id, or found verbatim in its text) would only echo their coding.
  const excluded = new Set(
    documents
      .filter((document) => document.fromQuote)
      .filter(
        (document) => (article.id != null && document.articleId === article.id) || article.text.includes(document.text),
      )
      .map((document) => document.id),
  );

  return {
    votes(statement: string): SimilarityVote[] {
      const statementTerms = new Set(terms(statement));
      if (statementTerms.size < 3) return [];
      const results = search
        .search(statement, { combineWith: "OR" })
        .filter((result) => !excluded.has(result.id as number))
        .slice(0, NEIGHBOURS);
      const tally = new Map<string, number>();
      let total = 0;
      let best = 0;
      for (const result of results) {
        const document = documents[result.id as number];
        const similarity = overlap(statementTerms, termSets[document.id]);
        if (similarity < MIN_OVERLAP) continue;
        total += similarity;
        best = Math.max(best, similarity);
        for (const stance of document.stances) {
          const key = `${stance.dimension}:${stance.position}`;
          tally.set(key, (tally.get(key) ?? 0) + similarity);
        }
      }
      if (total === 0) return [];
      return [...tally].map(([key, weight]) => {
        const [dimension, position] = key.split(":");
        // The share of the vote, scaled by how close the closest neighbour is.
        return { dimension, position, confidence: Math.min(1, (weight / total) * best) };
      });
    },
  };
}

export type SimilarityIndex = ReturnType<typeof similarityIndex>;
