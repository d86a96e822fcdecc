"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions";
import { bulkApproveArticle } from "@/lib/review/bulk-approve";
import { publishArticle, unpublishArticle } from "@/lib/review/publish-article";
import { articleVersionSchema, bulkApproveSchema } from "@/lib/review/schemas";

// Public pages read on every request (app/(public)/layout.tsx), so only the admin pages need revalidating.
function refresh(articleId: number) {
  revalidatePath(`/admin/articles/${articleId}`);
  revalidatePath("/admin/articles");
  revalidatePath("/admin/review");
}

export const publishArticleAction = formAction(articleVersionSchema, async (input, user) => {
  await publishArticle(user, input);
  refresh(input.articleId);
  return { ok: true, message: "Published." };
});

export const unpublishArticleAction = formAction(articleVersionSchema, async (input, user) => {
  await unpublishArticle(user, input);
  refresh(input.articleId);
  return { ok: true, message: "Unpublished: the article and its quotes are off the public pages." };
});

export const bulkApproveAction = formAction(bulkApproveSchema, async (input, user) => {
  const { approved } = await bulkApproveArticle(user, input);
  refresh(input.articleId);
  return { ok: true, message: `Approved ${approved} quote(s).` };
});
