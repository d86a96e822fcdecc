// "Records to review" (coding rule 10): the country stance records, of any status, that break the rule — no
// non-analyst stance of the country among their evidence, a period that does not cover the evidence — or that
// stay open on evidence over 12 months old or spoken in a role that has since ended. For editors only.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { evidenceQuoteSelect, toEvidenceQuote } from "./evidence-quotes";
import { evidenceProblems, staleness } from "./evidence-rule";

export interface RecordToReview {
  id: number;
  country: string;
  dimension: string;
  position: string;
  validFrom: Date;
  validTo: Date | null;
  status: ReviewStatus;
  /** What breaks rule 10, or why the open record may no longer hold. */
  problems: string[];
}

// Records are an editor's judgements, a few per country and dimension: all of them fit one read.
const LIMIT = 5_000;

export async function listRecordsToReview(user: SessionUser | null): Promise<RecordToReview[]> {
  assertCan(user, "countryStance.edit");
  const rows = await db.countryStance.findMany({
    where: { deletedAt: null },
    orderBy: [{ countryId: "asc" }, { dimensionId: "asc" }, { validFrom: "asc" }, { id: "asc" }],
    take: LIMIT,
    select: {
      id: true,
      countryId: true,
      dimensionId: true,
      validFrom: true,
      validTo: true,
      status: true,
      country: { select: { name: true } },
      dimension: { select: { label: true } },
      position: { select: { label: true } },
      evidence: { where: { quote: { deletedAt: null } }, select: { quote: { select: evidenceQuoteSelect } } },
    },
  });
  const flagged: RecordToReview[] = [];
  for (const row of rows) {
    const evidence = row.evidence.map((link) => toEvidenceQuote(link.quote));
    const problems = Object.values(evidenceProblems(row, evidence)).flat();
    const stale = staleness(row, evidence)?.reason;
    if (stale) problems.push(`Open, but may no longer hold: ${stale}`);
    if (problems.length === 0) continue;
    flagged.push({
      id: row.id,
      country: row.country.name,
      dimension: row.dimension.label,
      position: row.position.label,
      validFrom: row.validFrom,
      validTo: row.validTo,
      status: row.status,
      problems,
    });
  }
  return flagged;
}
