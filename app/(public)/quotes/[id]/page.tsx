import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { StanceList } from "@/components/quote-card";
import { StatementReports } from "@/components/statement-reports";
import { VersionHistory } from "@/components/version-history";
import { parseRecordId, paths } from "@/lib/public-routes";
import { getQuotePage } from "@/lib/quotes/versions-public";
import { QuoteCitation } from "./_components/quote-citation";
import { QuoteHeading } from "./_components/quote-heading";
import { quoteMetadata } from "./_components/quote-metadata";
import { QuoteSource } from "./_components/quote-source";
import { QuoteSpeaker } from "./_components/quote-speaker";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

const findQuote = cache(async (segment: string) => {
  const id = parseRecordId(segment);
  return id === null ? null : getQuotePage(id);
});

export async function generateMetadata({ params }: PageProps<"/quotes/[id]">): Promise<Metadata> {
  const found = await findQuote((await params).id);
  return found ? quoteMetadata(found.quote) : { title: "Not found" };
}

export default async function QuotePage({ params }: PageProps<"/quotes/[id]">) {
  const found = await findQuote((await params).id);
  if (!found) notFound();
  const { quote, history } = found;
  return (
    <article className="max-w-3xl space-y-8">
      <QuoteHeading quote={quote} corrected={history?.corrected ?? null} />
      <QuoteSpeaker quote={quote} />
      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading" className="text-xl font-semibold">
          Positions
        </h2>
        <StanceList stances={quote.stances} speakerCountryCode={quote.speakerCountry?.code ?? null} />
      </section>
      <QuoteSource quote={quote} />
      <StatementReports reports={quote.reports} current={quote.id} />
      <QuoteCitation quote={quote} version={history?.versions.length ?? 1} />
      {history ? <VersionHistory history={history} href={(n) => paths.quoteVersion(quote.id, n)} /> : null}
    </article>
  );
}
