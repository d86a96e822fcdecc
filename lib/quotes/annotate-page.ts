// Everything the annotation workspace's page loads, in one read: the workspace (article, quotes, codebook…), the
// article's double coding as this editor sees it, and whether they may correct the article's text.
import "server-only";
import { assertCan, can, type SessionUser } from "@/lib/auth/permissions";
import { getArticleCoding, type ArticleCodingStatus } from "@/lib/double-coding/queries";
import { getAnnotationWorkspace, type AnnotationWorkspace } from "./queries";

export interface AnnotatePage {
  workspace: AnnotationWorkspace;
  /** null when the article is not double-coded. */
  coding: ArticleCodingStatus | null;
  mayCorrectText: boolean;
}

/** NOT_FOUND for a missing or deleted article. */
export async function getAnnotatePage(user: SessionUser | null, articleId: number): Promise<AnnotatePage> {
  assertCan(user, "quote.edit");
  const workspace = await getAnnotationWorkspace(user, articleId);
  const coding = await getArticleCoding(user, workspace.article.id);
  return { workspace, coding, mayCorrectText: can(user, "article.edit") };
}
