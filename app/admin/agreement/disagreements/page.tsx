// /admin/agreement/disagreements?variable=…[&pair=…][&quarter=…] — the units behind an agreement value where the
// two coders differ, each with both codings side by side and a link to the article's comparison and curation.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { notFound } from "next/navigation";
import { listDisagreements } from "@/lib/agreement/queries";
import { disagreementFilterSchema } from "@/lib/agreement/schemas";
import { NotAllowed } from "../../_components/not-allowed";
import { CodedQuoteCard } from "../_components/coded-quote";

export const metadata: Metadata = { title: "Disagreements" };

export default async function DisagreementsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "agreement.read")) return <NotAllowed what="inter-coder agreement" />;
  const parsed = disagreementFilterSchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const filter = parsed.data;
  const units = await listDisagreements(user, filter);
  const scope = [filter.pair && `coder pair ${filter.pair}`, filter.quarter && `quarter ${filter.quarter}`];
  return (
    <main>
      <h1 className="text-2xl font-semibold">Disagreements: {filter.variable}</h1>
      <p className="mt-2 text-slate-700">
        {units.length} units where the coders differ{scope.some(Boolean) ? `, ${scope.filter(Boolean).join(", ")}` : ""}
        .{" "}
        <Link href="/admin/agreement" className="underline">
          Back to agreement
        </Link>
      </p>
      <ol className="mt-4 space-y-6">
        {units.map((unit, index) => (
          <li key={index} data-testid="disagreement">
            <p className="text-sm">
              <Link href={`/admin/double-coding/${unit.codingId}`} className="font-medium underline">
                {unit.title}
              </Link>{" "}
              · {unit.pair} · {unit.quarter}
              {unit.about ? ` · ${unit.about}` : ""}
            </p>
            <div className="mt-2 grid gap-3 md:grid-cols-2">
              <CodedQuoteCard label="Coder A" quote={unit.a.quote} value={unit.a.value} />
              <CodedQuoteCard label="Coder B" quote={unit.b.quote} value={unit.b.value} />
            </div>
          </li>
        ))}
      </ol>
    </main>
  );
}
