// Matching two coders' quotes in one article by span overlap, and the agreement on spans that follows from it.
// We report span-overlap F1, not Krippendorff's alpha-u: F1 = 2·|matched pairs| / (|A's quotes| + |B's quotes|),
// where a pair matches when the spans share at least one character, each quote in at most one pair. Pairs are
// formed greedily, most-overlapping first (by Jaccard: shared characters / characters in either), so a long quote
// of A that covers two short quotes of B matches the one it overlaps most. Pure: runs anywhere.

export interface Span {
  start: number;
  end: number;
}

export interface SpanMatch<A extends Span, B extends Span> {
  a: A;
  b: B;
  /** Shared characters / characters in either span, 0–1. */
  overlap: number;
}

export interface SpanMatching<A extends Span, B extends Span> {
  pairs: SpanMatch<A, B>[];
  onlyA: A[];
  onlyB: B[];
}

export function spanOverlap(a: Span, b: Span): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

export function matchSpans<A extends Span, B extends Span>(a: readonly A[], b: readonly B[]): SpanMatching<A, B> {
  const candidates: { i: number; j: number; overlap: number }[] = [];
  a.forEach((spanA, i) =>
    b.forEach((spanB, j) => {
      const overlap = spanOverlap(spanA, spanB);
      if (overlap > 0) candidates.push({ i, j, overlap });
    }),
  );
  // Ties broken by position, so the matching does not depend on the order the quotes were read in.
  candidates.sort((x, y) => y.overlap - x.overlap || a[x.i].start - a[y.i].start || b[x.j].start - b[y.j].start);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: SpanMatch<A, B>[] = [];
  for (const { i, j, overlap } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push({ a: a[i], b: b[j], overlap });
  }
  pairs.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
  return {
    pairs,
    onlyA: a.filter((_, i) => !usedA.has(i)),
    onlyB: b.filter((_, j) => !usedB.has(j)),
  };
}

/** Counts of one article's (or many articles') span matching: the units of the span F1. */
export interface SpanCounts {
  matched: number;
  onlyA: number;
  onlyB: number;
}

/** Span-overlap F1 over the summed counts; null when neither coder marked anything. */
export function spanF1(counts: readonly SpanCounts[]): number | null {
  let matched = 0;
  let marked = 0;
  for (const count of counts) {
    matched += count.matched;
    marked += 2 * count.matched + count.onlyA + count.onlyB;
  }
  return marked === 0 ? null : (2 * matched) / marked;
}
