// /admin/articles/[id]/annotate — the annotation workspace: mark quotes in the article's text, attribute and
// code them. The page loads everything once; the client workspace (_components/) does the rest through actions.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/or-not-found";
import { getAnnotatePage } from "@/lib/quotes/annotate-page";
import { NotAllowed } from "../../../_components/not-allowed";
import { Workspace } from "./_components/workspace";
import { BodyCorrection } from "./_components/body-correction";
import { CodingBanner } from "./_components/coding-banner";

export const metadata: Metadata = { title: "Annotate article" };

export default async function AnnotatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "quote.edit")) return <NotAllowed what="marking quotes in articles" />;
  const { workspace, coding, mayCorrectText } = await orNotFound(getAnnotatePage(user, Number((await params).id)));
  // Keyed by the article's version: after a body correction the workspace starts afresh on the new text.
  return (
    <>
      {coding ? <CodingBanner coding={coding} /> : null}
      <Workspace key={workspace.article.version} {...workspace} />
      {mayCorrectText ? (
        <div className="mt-6">
          <BodyCorrection article={workspace.article} />
        </div>
      ) : null}
    </>
  );
}
