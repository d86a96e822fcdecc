// A quote as the annotation workspace holds it: small, dates as text. Read by lib/quotes/queries.ts and laid over
// with an open correction by lib/quotes/revision-overlay.ts.
import type { ReviewStatus } from "@/lib/generated/prisma/client";
import type { AttributionKind, DatePrecision, SpeakerKind, StanceStrength } from "@/lib/generated/prisma/enums";

export interface WorkspaceStance {
  dimensionId: number;
  positionId: number;
  holderCountryId: number;
  strength: StanceStrength;
}

export interface WorkspaceQuote {
  id: number;
  version: number;
  startOffset: number;
  endOffset: number;
  text: string;
  /** The statement this quote reports, and how many live reports it has (this one included). */
  statementId: number;
  statementReports: number;
  speakerKind: SpeakerKind;
  speakerId: number | null;
  speakerName: string | null;
  speakerOrganizationId: number | null;
  speakerOrganizationName: string | null;
  speakerLabel: string | null;
  speakerCountryId: number | null;
  attribution: AttributionKind;
  /** At its precision: "2021-09-03", "2021-09" or "2021". */
  statedOn: string;
  statedOnPrecision: DatePrecision;
  statedOnReported: boolean;
  status: ReviewStatus;
  reviewComment: string | null;
  /** ISO time when a body correction could not place the quote again; null while it is anchored. */
  orphanedAt: string | null;
  stances: WorkspaceStance[];
  /**
   * The open correction of a published quote (lib/quotes/quote-revision.ts): the fields above then show the
   * correction, which the public does not see until a second editor approves it.
   */
  revision: WorkspaceRevision | null;
}

export interface WorkspaceRevision {
  id: number;
  status: "draft" | "in_review" | "returned";
  version: number;
  reviewComment: string | null;
}
