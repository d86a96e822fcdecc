"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions";
import { restoreEntity } from "@/lib/history/restore";

export const restoreAction = formAction(
  z.object({ entityType: z.string(), entityId: z.string() }),
  async (input, user) => {
    await restoreEntity(user, input.entityType, input.entityId);
    revalidatePath(`/admin/history/${input.entityType}/${input.entityId}`);
    return { ok: true, message: "Restored." };
  },
);
