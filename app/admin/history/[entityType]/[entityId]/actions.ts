"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions";
import { restoreEntity } from "@/lib/history/restore";
import { rollBackCountryStance, rollBackSchema } from "@/lib/history/rollback";

export const restoreAction = formAction(
  z.object({ entityType: z.string(), entityId: z.string() }),
  async (input, user) => {
    await restoreEntity(user, input.entityType, input.entityId);
    revalidatePath(`/admin/history/${input.entityType}/${input.entityId}`);
    return { ok: true, message: "Restored." };
  },
);

export const rollBackAction = formAction(rollBackSchema, async (input, user) => {
  const saved = await rollBackCountryStance(user, input);
  revalidatePath(`/admin/history/CountryStance/${input.recordId}`);
  revalidatePath(`/admin/country-stances/${input.recordId}`);
  return {
    ok: true,
    message: saved.revision
      ? "Rolled back as a correction of the published record: send it for review from the record's page; a second editor approves it."
      : "Rolled back: the record has this version's content again.",
  };
});
