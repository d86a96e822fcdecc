"use server";
import { revalidatePath } from "next/cache";
import { dataAction, formAction } from "@/lib/actions";
import { approve } from "@/lib/review/approve";
import { returnToAuthor } from "@/lib/review/return";
import { submitForReview } from "@/lib/review/submit";
import { returnSchema, reviewTargetSchema, takedownDecisionSchema, takedownSchema } from "@/lib/review/schemas";
import { decideTakedown, takeDown } from "@/lib/review/takedowns";
import { approveRevision, returnRevision, submitRevision } from "@/lib/review/revisions";
import {
  approveRevisionFormSchema,
  approveRevisionSchema,
  returnRevisionSchema,
  revisionTargetSchema,
} from "@/lib/revisions/schemas";

export const approveAction = formAction(reviewTargetSchema, async (input, user) => {
  await approve(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Approved and published." };
});

export const returnAction = formAction(returnSchema, async (input, user) => {
  await returnToAuthor(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Returned to its author." };
});

export const resubmitAction = formAction(reviewTargetSchema, async (input, user) => {
  await submitForReview(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Sent for review again." };
});

// The review queue's keys (a, and Ctrl+Enter in a return comment) call these: the item is marked done in place and
// the reviewer moves on, so the page is not rendered again after each decision, and an approval's changes reach the
// public pages just after its answer rather than before it (which would carry the queue rendered again).
const IN_PLACE = { publicRefresh: "after-answer" } as const;

export const approveItemAction = dataAction(
  reviewTargetSchema,
  async (input, user) => {
    await approve(user, input);
  },
  IN_PLACE,
);

export const returnItemAction = dataAction(
  returnSchema,
  async (input, user) => {
    await returnToAuthor(user, input);
  },
  IN_PLACE,
);

// The same keys on corrections of published records.
export const approveRevisionItemAction = dataAction(
  approveRevisionSchema,
  async (input, user) => {
    await approveRevision(user, input);
  },
  IN_PLACE,
);

export const returnRevisionItemAction = dataAction(
  returnRevisionSchema,
  async (input, user) => {
    await returnRevision(user, input);
  },
  IN_PLACE,
);

export const approveRevisionAction = formAction(approveRevisionFormSchema, async (input, user) => {
  await approveRevision(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Correction approved and published." };
});

export const returnRevisionAction = formAction(returnRevisionSchema, async (input, user) => {
  await returnRevision(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Correction returned to its editors." };
});

export const submitRevisionAction = formAction(revisionTargetSchema, async (input, user) => {
  await submitRevision(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Correction sent for review." };
});

export const takeDownAction = formAction(takedownSchema, async (input, user) => {
  await takeDown(user, input);
  revalidatePath("/admin", "layout");
  return { ok: true, message: "Taken down: off the public pages now, waiting for a second editor." };
});

export const decideTakedownAction = formAction(takedownDecisionSchema, async (input, user) => {
  await decideTakedown(user, input);
  revalidatePath("/admin/review");
  return {
    ok: true,
    message: input.decision === "confirmed" ? "Takedown confirmed." : "Takedown reversed: published again.",
  };
});
