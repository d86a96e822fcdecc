// Coding rule 10 (CODEBOOK.md, rules 1.1): a country stance record cites at least one stance of that country on
// that dimension that is not an analyst's; its period starts no later than its first evidence and ends no earlier
// than its last; an open record whose last evidence is over 12 months old, or whose evidence was spoken in a role
// that has since ended (a change of government), is shown with "last evidence on …" and flagged for review.
// Pure functions over the rows; lib/country-stances/save-country-stance.ts and ./review.ts read the rows.
import type { AttributionKind, DatePrecision } from "@/lib/generated/prisma/enums";
import { lastDayOf, toIsoDay } from "@/lib/dates";

export interface EvidenceQuote {
  id: number;
  attribution: AttributionKind;
  statedOn: Date;
  statedOnPrecision: DatePrecision;
  stances: { dimensionId: number; holderCountryId: number }[];
  /** When the role the speaker held on statedOn ended; null while held or for speakers who are not persons. */
  roleEndsOn?: Date | null;
}

export interface RecordPeriod {
  countryId: number;
  dimensionId: number;
  validFrom: Date;
  validTo: Date | null;
}

/** Evidence that can carry the record: a stance of this country on this dimension, not an analyst's. */
export function qualifies(record: Pick<RecordPeriod, "countryId" | "dimensionId">, quote: EvidenceQuote): boolean {
  return (
    quote.attribution !== "analyst" &&
    quote.stances.some((s) => s.holderCountryId === record.countryId && s.dimensionId === record.dimensionId)
  );
}

/**
 * What breaks rule 10, by form field; empty when nothing does. A month or a year of evidence counts as its whole
 * period: a record may start on its last day and end on its first.
 */
export function evidenceProblems(record: RecordPeriod, evidence: EvidenceQuote[]): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (!evidence.some((quote) => qualifies(record, quote))) {
    problems.quoteIds = [
      "Cite at least one statement in which this country holds a position on this dimension; an analyst's reading does not count (coding rule 10).",
    ];
  }
  if (evidence.length === 0) return problems;
  const firstEnds = new Date(Math.min(...evidence.map((q) => lastDayOf(q.statedOn, q.statedOnPrecision).getTime())));
  const lastStarts = new Date(Math.max(...evidence.map((q) => q.statedOn.getTime())));
  if (record.validFrom > firstEnds) {
    problems.validFrom = [
      `The period starts after its first evidence (${toIsoDay(firstEnds)}); start on or before that day (coding rule 10).`,
    ];
  }
  if (record.validTo && record.validTo < lastStarts) {
    problems.validTo = [
      `The period ends before its last evidence (${toIsoDay(lastStarts)}); end on or after that day, or leave it open (coding rule 10).`,
    ];
  }
  return problems;
}

export interface Staleness {
  /** The last day the cited evidence could have been said. */
  lastEvidenceOn: Date;
  /** Why an open record needs review, or null when it does not. */
  reason: string | null;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** For an open record: its last evidence, and whether it is over 12 months old or a role of it has ended since. */
export function staleness(record: RecordPeriod, evidence: EvidenceQuote[], now = new Date()): Staleness | null {
  const qualifying = evidence.filter((quote) => qualifies(record, quote));
  const cited = qualifying.length ? qualifying : evidence;
  if (cited.length === 0) return null;
  const last = cited.reduce((a, b) => (a.statedOn >= b.statedOn ? a : b));
  const lastEvidenceOn = lastDayOf(last.statedOn, last.statedOnPrecision);
  if (record.validTo) return { lastEvidenceOn, reason: null };
  if (now.getTime() - lastEvidenceOn.getTime() > YEAR_MS)
    return { lastEvidenceOn, reason: `The last evidence is over 12 months old (${toIsoDay(lastEvidenceOn)}).` };
  const ended = cited.find((quote) => quote.roleEndsOn && quote.roleEndsOn <= now);
  if (ended?.roleEndsOn)
    return {
      lastEvidenceOn,
      reason: `The speaker's role ended on ${toIsoDay(ended.roleEndsOn)} (a change of government) after the evidence.`,
    };
  return { lastEvidenceOn, reason: null };
}
