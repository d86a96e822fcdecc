// The columns coding rule 10 reads from a cited quote (lib/country-stances/evidence-rule.ts), and the role its
// speaker held on its date, whose end marks a change of government.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceQuote } from "./evidence-rule";

export const evidenceQuoteSelect = {
  id: true,
  attribution: true,
  statedOn: true,
  statedOnPrecision: true,
  stances: { where: { deletedAt: null }, select: { dimensionId: true, holderCountryId: true } },
  speaker: { select: { roles: { select: { startsOn: true, endsOn: true } } } },
} satisfies Prisma.QuoteSelect;

type Row = Prisma.QuoteGetPayload<{ select: typeof evidenceQuoteSelect }>;

export function toEvidenceQuote({ speaker, ...quote }: Row): EvidenceQuote {
  const role = speaker?.roles.find(
    (r) => (!r.startsOn || r.startsOn <= quote.statedOn) && (!r.endsOn || r.endsOn >= quote.statedOn),
  );
  return { ...quote, roleEndsOn: role?.endsOn ?? null };
}
