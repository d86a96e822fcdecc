import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listOutletNames } from "@/lib/articles/queries";
import { NotAllowed } from "../../_components/not-allowed";
import { ImportArticleForm } from "./_components/import-article-form";
import { importArticleAction } from "./actions";

export const metadata: Metadata = { title: "Import an article" };

export default async function NewArticlePage() {
  const user = await getCurrentUser();
  if (!can(user, "article.import")) return <NotAllowed what="importing articles" />;
  const outlets = await listOutletNames(user);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Import an article</h1>
      <p className="text-sm text-slate-600">
        Line endings are normalized to one kind before the text is stored. An article whose URL or exact text is already
        here is refused.{" "}
        <Link href="/admin/articles/import" className="underline">
          Import many from a JSON Lines or CSV file
        </Link>
      </p>
      <ImportArticleForm outlets={outlets} action={importArticleAction} />
    </main>
  );
}
