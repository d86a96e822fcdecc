// /admin/double-coding/[id] — a double-coded article's two codings side by side, unit by unit, and its curation:
// take A's, take B's, or edit; the final quotes then go through review like any other.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getCodingComparison } from "@/lib/double-coding/comparison";
import { NotAllowed } from "../../_components/not-allowed";
import { ComparisonUnitView } from "./_components/comparison-unit";
import { FinalQuotes } from "./_components/final-quotes";

export const metadata: Metadata = { title: "Compare and curate" };

export default async function ComparisonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "doubleCoding.curate")) return <NotAllowed what="curating double-coded articles" />;
  const id = z.coerce
    .number()
    .int()
    .positive()
    .safeParse((await params).id);
  if (!id.success) notFound();
  const comparison = await getCodingComparison(user, id.data).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "CONFLICT") return error.message;
    throw error;
  });
  if (typeof comparison === "string") return <p className="text-slate-700">{comparison}</p>;
  const { article, units, finals, mayCurate } = comparison;
  return (
    <main>
      <h1 className="text-2xl font-semibold">Compare and curate: {article.title}</h1>
      <p className="mt-2 text-slate-700">
        Coder A: {comparison.coderA}. Coder B: {comparison.coderB}.{" "}
        {mayCurate
          ? "Take one coder's quote for each passage, or edit."
          : "You coded one side, so you cannot curate this article."}
      </p>
      <ol className="mt-4 space-y-4">
        {units.map((unit) => (
          <ComparisonUnitView
            key={`${unit.a?.id}/${unit.b?.id}`}
            unit={unit}
            codingId={comparison.codingId}
            articleId={article.id}
            mayCurate={mayCurate}
          />
        ))}
      </ol>
      <h2 className="mt-8 text-lg font-semibold">Final quotes</h2>
      <FinalQuotes codingId={comparison.codingId} articleId={article.id} finals={finals} mayCurate={mayCurate} />
      <Link href={`/admin/articles/${article.id}/annotate`} className="mt-4 inline-block underline">
        Open the workspace
      </Link>
    </main>
  );
}
