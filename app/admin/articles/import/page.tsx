import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { NotAllowed } from "../../_components/not-allowed";
import { BulkImportForm } from "./_components/bulk-import-form";
import { importBulkAction } from "./actions";

export const metadata: Metadata = { title: "Bulk import" };

export default async function BulkImportPage() {
  const user = await getCurrentUser();
  if (!can(user, "article.import")) return <NotAllowed what="importing articles" />;
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Bulk import</h1>
      <p className="text-sm text-slate-600">
        One article per line (JSON Lines) or per row (CSV with a header row), with the fields <code>title</code>,{" "}
        <code>body</code>, <code>publishedOn</code> (YYYY-MM-DD), and optionally <code>outlet</code>,{" "}
        <code>author</code>, <code>url</code>, <code>language</code>. Rows already here (same URL or same text) are
        reported and skipped, so importing a file again adds nothing.
      </p>
      <BulkImportForm action={importBulkAction} />
    </main>
  );
}
