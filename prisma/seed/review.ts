// Review timestamps that agree with a status, for quotes and country stance records.
import type { ReviewStatus } from "@/lib/generated/prisma/client";

export interface ReviewTimestamps {
  submittedAt: Date | null;
  reviewedAt: Date | null;
  publishedAt: Date | null;
}

// Which steps a record in each status has been through.
const STEPS: Record<ReviewStatus, { submitted: boolean; reviewed: boolean; published: boolean }> = {
  draft: { submitted: false, reviewed: false, published: false },
  in_review: { submitted: true, reviewed: false, published: false },
  returned: { submitted: true, reviewed: true, published: false },
  published: { submitted: true, reviewed: true, published: true },
};

/**
 * A timestamp for every step the status implies and null for the others. Given values win; otherwise a value
 * already stored is kept, so seeding twice does not move a quote's publication date; otherwise `now`.
 */
export function reviewTimestamps(
  status: ReviewStatus,
  given: Partial<ReviewTimestamps> = {},
  stored: Partial<ReviewTimestamps> | null = null,
  now = new Date(),
): ReviewTimestamps {
  const steps = STEPS[status];
  const pick = (done: boolean, key: keyof ReviewTimestamps) => (done ? (given[key] ?? stored?.[key] ?? now) : null);
  return {
    submittedAt: pick(steps.submitted, "submittedAt"),
    reviewedAt: pick(steps.reviewed, "reviewedAt"),
    publishedAt: pick(steps.published, "publishedAt"),
  };
}
