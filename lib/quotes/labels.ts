// Display names of attribution kinds (CODEBOOK.md, "Who is speaking"). Pure: used by server and client code.
import type { AttributionKind, DatePrecision, SpeakerKind, StanceStrength } from "@/lib/generated/prisma/enums";

export const ATTRIBUTION_LABELS: Record<AttributionKind, string> = {
  on_record: "On the record",
  official_statement: "Official statement",
  anonymous_source: "Anonymous source",
  reported: "Reported position",
  analyst: "Analyst",
};

/** Coding rule 6. */
export const SPEAKER_KIND_LABELS: Record<SpeakerKind, string> = {
  person: "Person",
  organization: "Organization",
  outlet: "The article's outlet",
  unnamed: "Unnamed source",
};

/** Coding rule 8. */
export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = { day: "Day", month: "Month", year: "Year" };

/** Coding rule 3. */
export const STRENGTH_LABELS: Record<StanceStrength, string> = { explicit: "Explicit", implied: "Implied" };
