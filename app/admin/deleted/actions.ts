"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions";
import { deleteArticle, restoreArticle } from "@/lib/articles/mutations";
import { deletePerson, restorePerson } from "@/lib/people/mutations";
import { idField } from "@/lib/form-fields";
import { invalidatePublicPages } from "@/lib/public-cache";

const IdSchema = z.object({ id: idField() });

export const restoreArticleAction = formAction(IdSchema, async ({ id }, user) => {
  await restoreArticle(user, id);
  revalidatePath("/admin/deleted");
  revalidatePath("/admin/articles");
});

export const restorePersonAction = formAction(IdSchema, async ({ id }, user) => {
  await restorePerson(user, id);
  revalidatePath("/admin/deleted");
  revalidatePath("/admin/people");
});

export const deleteArticleAction = formAction(IdSchema, async ({ id }, user) => {
  await deleteArticle(user, id);
  revalidatePath("/admin/articles");
  // redirect() ends the action by throwing, before the usual refresh of the public pages runs.
  invalidatePublicPages();
  redirect("/admin/deleted");
});

export const deletePersonAction = formAction(IdSchema, async ({ id }, user) => {
  await deletePerson(user, id);
  revalidatePath("/admin/people");
  invalidatePublicPages();
  redirect("/admin/deleted");
});
