import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatStatedOn } from "@/lib/dates";
import { parseRecordId, paths } from "@/lib/public-routes";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";
import { getQuoteVersion } from "@/lib/quotes/versions-public";
import { VersionBanner } from "@/components/version-history";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

// The permalink of one published version of a quote: what a citation of that version points to.
export const metadata: Metadata = { robots: { index: false } };

export default async function QuoteVersionPage({ params }: PageProps<"/quotes/[id]/v/[version]">) {
  const { id, version } = await params;
  const quoteId = parseRecordId(id);
  const number = parseRecordId(version);
  const shown = quoteId === null || number === null ? null : await getQuoteVersion(quoteId, number);
  if (!shown) notFound();
  return (
    <article className="max-w-3xl space-y-6">
      <VersionBanner shown={shown} current={{ href: paths.quote(shown.quoteId), label: "The quote as it reads now" }} />
      <h1 className="text-2xl font-semibold">
        {shown.speakerName ?? "Unattributed"}, {formatStatedOn(shown.statedOn, shown.statedOnPrecision)}
      </h1>
      <blockquote className="border-l-4 border-amber-500 pl-4 text-lg">“{shown.text}”</blockquote>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium text-slate-600">Speaker</dt>
        <dd data-testid="version-speaker">{shown.speakerName ?? "Unattributed"}</dd>
        <dt className="font-medium text-slate-600">Country</dt>
        <dd>{shown.speakerCountry ?? "—"}</dd>
        <dt className="font-medium text-slate-600">Attribution</dt>
        <dd>{ATTRIBUTION_LABELS[shown.attribution]}</dd>
        <dt className="font-medium text-slate-600">Positions</dt>
        <dd>{shown.stances.length ? shown.stances.join("; ") : "None (context)"}</dd>
        <dt className="font-medium text-slate-600">Source</dt>
        <dd>
          <Link href={paths.article(shown.article.id)} className="underline">
            {shown.article.title}
          </Link>
        </dd>
      </dl>
    </article>
  );
}
