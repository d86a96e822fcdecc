import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/or-not-found";
import { getAdminArticle } from "@/lib/articles/queries";
import { NotAllowed } from "../../_components/not-allowed";
import { DeleteForm } from "../../_components/delete-form";
import { ArticleHeader } from "./_components/article-header";
import { ArticleQuotes } from "./_components/article-quotes";
import { PublishingSection } from "./_components/publishing-section";

export const metadata: Metadata = { title: "Article" };

export default async function AdminArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!can(user, "article.edit")) return <NotAllowed what="articles" />;
  const article = await orNotFound(getAdminArticle(user, Number((await params).id)));
  return (
    <main className="space-y-6">
      <ArticleHeader article={article} />
      {can(user, "review.publish") ? <PublishingSection article={article} /> : null}
      <ArticleQuotes article={article} mayEdit={can(user, "quote.edit")} mayTakeDown={can(user, "review.publish")} />
      {can(user, "article.delete") ? <DeleteForm kind="article" id={article.id} name={article.title} /> : null}
    </main>
  );
}
