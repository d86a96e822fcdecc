import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { StanceList } from "@/components/quote-card";
import { HighlightedSpan } from "@/components/quote-highlight";
import { StatementReports } from "@/components/statement-reports";
import { formatDate, formatStatedOn } from "@/lib/dates";
import { describe, pageMetadata } from "@/lib/public-metadata";
import { absoluteUrl, parseRecordId, paths } from "@/lib/public-routes";
import { bibtexCitation, plainCitation } from "@/lib/quotes/citation";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";
import { getPublishedQuote } from "@/lib/quotes/public";
import { getQuoteHistory } from "@/lib/quotes/versions-public";
import { CorrectionNote, VersionHistory } from "@/components/version-history";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

const findQuote = cache(async (segment: string) => {
  const id = parseRecordId(segment);
  return id === null ? null : getPublishedQuote(id);
});

export async function generateMetadata({ params }: PageProps<"/quotes/[id]">): Promise<Metadata> {
  const quote = await findQuote((await params).id);
  if (!quote) return { title: "Not found" };
  const who = quote.speakerName ?? "Unattributed";
  return pageMetadata({
    title: `${who}, ${formatDate(quote.statedOn)}`,
    description: describe(`“${quote.text}” — ${who}${quote.speakerCountry ? ` (${quote.speakerCountry.name})` : ""}`),
    path: paths.quote(quote.id),
    type: "article",
  });
}

export default async function QuotePage({ params }: PageProps<"/quotes/[id]">) {
  const quote = await findQuote((await params).id);
  if (!quote) notFound();
  const history = await getQuoteHistory(quote.id);
  const version = history?.versions.length ?? 1;
  // "Cite this" cites the version read: its permalink keeps showing this text after any later correction.
  const permalink = absoluteUrl(paths.quoteVersion(quote.id, version));
  const accessed = new Date();
  return (
    <article className="max-w-3xl space-y-8">
      <section>
        <h1 className="text-2xl font-semibold">
          {quote.speakerName ?? "Unattributed"}, {formatStatedOn(quote.statedOn, quote.statedOnPrecision)}
        </h1>
        <CorrectionNote corrected={history?.corrected ?? null} />
        <figure className="mt-4">
          <blockquote className="border-l-4 border-amber-500 pl-4 text-lg">
            <p>{quote.paragraph ? <HighlightedSpan {...quote.paragraph} /> : `“${quote.text}”`}</p>
          </blockquote>
          <figcaption className="mt-2 text-sm text-slate-600">
            {quote.paragraph
              ? "The quote, highlighted, in its paragraph of the source article."
              : "The quote as recorded."}
          </figcaption>
        </figure>
      </section>

      <section aria-labelledby="who-heading">
        <h2 id="who-heading" className="text-xl font-semibold">
          Who said it
        </h2>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium text-slate-600">Speaker</dt>
          <dd>
            {quote.speakerSlug ? (
              <Link href={paths.person(quote.speakerSlug)} className="underline">
                {quote.speakerName}
              </Link>
            ) : (
              (quote.speakerName ?? "Unattributed")
            )}
          </dd>
          <dt className="font-medium text-slate-600">Role at the time</dt>
          <dd>
            {quote.rolesAtTheTime.length === 0
              ? "—"
              : quote.rolesAtTheTime
                  .map((role) => [role.title, role.organization].filter(Boolean).join(", "))
                  .join("; ")}
          </dd>
          <dt className="font-medium text-slate-600">Country</dt>
          <dd>
            {quote.speakerCountry ? (
              <Link href={paths.country(quote.speakerCountry.code)} className="underline">
                {quote.speakerCountry.name}
              </Link>
            ) : (
              "—"
            )}
          </dd>
          <dt className="font-medium text-slate-600">Attribution</dt>
          <dd>{ATTRIBUTION_LABELS[quote.attribution]}</dd>
          <dt className="font-medium text-slate-600">Date of the statement</dt>
          <dd>
            {formatStatedOn(quote.statedOn, quote.statedOnPrecision)}
            {quote.statedOnReported ? " (reported on; the text gives no date)" : null}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading" className="text-xl font-semibold">
          Positions
        </h2>
        <StanceList stances={quote.stances} speakerCountryCode={quote.speakerCountry?.code ?? null} />
      </section>

      <section aria-labelledby="source-heading">
        <h2 id="source-heading" className="text-xl font-semibold">
          Source
        </h2>
        <p className="mt-2 text-sm">
          <Link href={`${paths.article(quote.article.id)}#quote-${quote.id}`} className="underline">
            {quote.article.title}
          </Link>
          {[
            quote.article.outlet,
            quote.article.author ? `by ${quote.article.author}` : null,
            formatDate(quote.article.publishedOn),
          ]
            .filter(Boolean)
            .map((part) => ` · ${part}`)
            .join("")}
          {quote.article.url ? (
            <>
              {" · "}
              <a href={quote.article.url} className="underline" rel="noopener noreferrer">
                Original<span className="sr-only"> article</span>
              </a>
            </>
          ) : null}
        </p>
      </section>

      <StatementReports reports={quote.reports} current={quote.id} />

      <section aria-labelledby="cite-heading">
        <h2 id="cite-heading" className="text-xl font-semibold">
          Cite this
        </h2>
        <p className="mt-2 text-sm break-words">{plainCitation({ ...quote, version }, permalink, accessed)}</p>
        <h3 className="mt-4 text-sm font-semibold">BibTeX</h3>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-3 text-xs" tabIndex={0} aria-label="BibTeX entry">
          <code>{bibtexCitation({ ...quote, version }, permalink, accessed)}</code>
        </pre>
      </section>

      {history ? <VersionHistory history={history} href={(n) => paths.quoteVersion(quote.id, n)} /> : null}
    </article>
  );
}
