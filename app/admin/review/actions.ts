"use server";
import { revalidatePath } from "next/cache";
import { dataAction, formAction } from "@/lib/actions";
import { approve } from "@/lib/review/approve";
import { returnToAuthor } from "@/lib/review/return";
import { submitForReview } from "@/lib/review/submit";
import { ReturnSchema, ReviewTargetSchema, TakedownDecisionSchema, TakedownSchema } from "@/lib/review/schemas";
import { decideTakedown, takeDown } from "@/lib/review/takedowns";
import { approveRevision, returnRevision, submitRevision } from "@/lib/review/revisions";
import {
  ApproveRevisionFormSchema,
  ApproveRevisionSchema,
  ReturnRevisionSchema,
  RevisionTargetSchema,
} from "@/lib/revisions/schemas";

export const approveAction = formAction(ReviewTargetSchema, async (input, user) => {
  await approve(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Approved and published." };
});

export const returnAction = formAction(ReturnSchema, async (input, user) => {
  await returnToAuthor(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Returned to its author." };
});

export const resubmitAction = formAction(ReviewTargetSchema, async (input, user) => {
  await submitForReview(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Sent for review again." };
});

// The review queue's keys (a, and Ctrl+Enter in a return comment) call these: the item is marked done in place and
// the reviewer moves on, so the page is not rendered again after each decision.
export const approveItemAction = dataAction(ReviewTargetSchema, async (input, user) => {
  await approve(user, input);
});

export const returnItemAction = dataAction(ReturnSchema, async (input, user) => {
  await returnToAuthor(user, input);
});

// The same keys on corrections of published records.
export const approveRevisionItemAction = dataAction(ApproveRevisionSchema, async (input, user) => {
  await approveRevision(user, input);
});

export const returnRevisionItemAction = dataAction(ReturnRevisionSchema, async (input, user) => {
  await returnRevision(user, input);
});

export const approveRevisionAction = formAction(ApproveRevisionFormSchema, async (input, user) => {
  await approveRevision(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Correction approved and published." };
});

export const returnRevisionAction = formAction(ReturnRevisionSchema, async (input, user) => {
  await returnRevision(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Correction returned to its editors." };
});

export const submitRevisionAction = formAction(RevisionTargetSchema, async (input, user) => {
  await submitRevision(user, input);
  revalidatePath("/admin/review");
  return { ok: true, message: "Correction sent for review." };
});

export const takeDownAction = formAction(TakedownSchema, async (input, user) => {
  await takeDown(user, input);
  revalidatePath("/admin", "layout");
  return { ok: true, message: "Taken down: off the public pages now, waiting for a second editor." };
});

export const decideTakedownAction = formAction(TakedownDecisionSchema, async (input, user) => {
  await decideTakedown(user, input);
  revalidatePath("/admin/review");
  return {
    ok: true,
    message: input.decision === "confirmed" ? "Takedown confirmed." : "Takedown reversed: published again.",
  };
});
