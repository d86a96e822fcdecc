// The review fields of a quote or country stance record, below both: content (a quote's save and submit) reads them
// with the record, and review/ takes its steps from them, so they cannot live in review/ without a folder cycle.
import type { ReviewStatus } from "@/lib/generated/prisma/client";

export interface ReviewRecord {
  id: number;
  status: ReviewStatus;
  version: number;
  authorId: string | null;
  contributorIds: string[];
  reviewerId: string | null;
  reviewComment: string | null;
  deletedAt: Date | null;
}

/** The fields of a ReviewRecord, for a read that a review step can start from (takeReviewStep's `current`). */
export const reviewSelect = {
  id: true,
  status: true,
  version: true,
  authorId: true,
  contributorIds: true,
  reviewerId: true,
  reviewComment: true,
  deletedAt: true,
} as const;
