// Display names of attribution kinds (CODEBOOK.md, "Who is speaking"). Pure: used by server and client code.
import type { AttributionKind } from "@/lib/generated/prisma/enums";

export const ATTRIBUTION_LABELS: Record<AttributionKind, string> = {
  on_record: "On the record",
  official_statement: "Official statement",
  anonymous_source: "Anonymous source",
  reported: "Reported position",
  analyst: "Analyst",
};
