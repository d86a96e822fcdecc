// /admin/articles/[id]/annotate — the annotation workspace: mark quotes in the article's text, attribute and
// code them. The page loads everything once; the client workspace (_components/) does the rest through actions.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getAnnotationWorkspace } from "@/lib/quotes/queries";
import { getArticleCoding } from "@/lib/double-coding/queries";
import { NotAllowed } from "../../../_components/not-allowed";
import { Workspace } from "./_components/workspace";
import { BodyCorrection } from "./_components/body-correction";
import { CodingBanner } from "./_components/coding-banner";

export const metadata: Metadata = { title: "Annotate article" };

export default async function AnnotatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "quote.edit")) return <NotAllowed what="marking quotes in articles" />;
  const articleId = Number((await params).id);
  const workspace = await getAnnotationWorkspace(user, articleId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const coding = await getArticleCoding(user, articleId);
  // Keyed by the article's version: after a body correction the workspace starts afresh on the new text.
  return (
    <>
      {coding ? <CodingBanner coding={coding} /> : null}
      <Workspace key={workspace.article.version} {...workspace} />
      {can(user, "article.edit") ? (
        <div className="mt-6">
          <BodyCorrection article={workspace.article} />
        </div>
      ) : null}
    </>
  );
}
