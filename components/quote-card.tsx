// A published quote as a card: the words, who said them for which country and when, the coded positions and
// the source. Takes the QuoteCard DTO from lib/quotes/public.ts.
import Link from "next/link";
import { formatDate, formatStatedOn, toIsoDay } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";
import type { QuoteCard as QuoteCardDto } from "@/lib/quotes/public";
import { StanceBadge } from "./stance-badge";

export function QuoteCard({ quote, showSource = true }: { quote: QuoteCardDto; showSource?: boolean }) {
  return (
    <article className="rounded-lg border border-slate-200 p-4">
      <blockquote className="text-slate-900">
        <p>“{quote.text}”</p>
      </blockquote>
      <p className="mt-2 text-sm text-slate-700">
        {quote.speakerSlug ? (
          <Link href={paths.person(quote.speakerSlug)} className="font-medium underline">
            {quote.speakerName}
          </Link>
        ) : (
          <span className="font-medium">{quote.speakerName ?? "Unattributed"}</span>
        )}
        {quote.speakerCountry ? (
          <>
            {" · "}
            <Link href={paths.country(quote.speakerCountry.code)} className="underline">
              {quote.speakerCountry.name}
            </Link>
          </>
        ) : null}
        {" · "}
        {ATTRIBUTION_LABELS[quote.attribution]} ·{" "}
        <time dateTime={toIsoDay(quote.statedOn)}>{formatStatedOn(quote.statedOn, quote.statedOnPrecision)}</time>
        {quote.statedOnReported ? " (reported on)" : null}
      </p>
      <StanceList stances={quote.stances} speakerCountryCode={quote.speakerCountry?.code ?? null} />
      <p className="mt-2 text-sm text-slate-600">
        {showSource ? (
          <>
            Source:{" "}
            <Link href={paths.article(quote.article.id)} className="underline">
              {quote.article.outlet ?? "article"}, {formatDate(quote.article.publishedOn)}
              <span className="sr-only"> ({quote.article.title})</span>
            </Link>
            {" · "}
          </>
        ) : null}
        <Link href={paths.quote(quote.id)} className="underline">
          Permanent link<span className="sr-only"> to this quote</span>
        </Link>
        {quote.otherReports
          ? ` · also reported by ${quote.otherReports} other article${quote.otherReports === 1 ? "" : "s"}`
          : null}
      </p>
    </article>
  );
}

/** The quote's positions; the holder is named when it is not the speaker's country. */
export function StanceList({
  stances,
  speakerCountryCode,
}: {
  stances: QuoteCardDto["stances"];
  speakerCountryCode: string | null;
}) {
  if (stances.length === 0) return <p className="mt-2 text-sm text-slate-600">Context only: no position coded.</p>;
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label="Coded positions">
      {stances.map((stance) => (
        <li key={`${stance.dimensionKey}:${stance.positionKey}:${stance.holder.code}`} className="max-w-full">
          <StanceBadge
            label={stance.positionLabel}
            color={stance.color}
            dimensionKey={stance.dimensionKey}
            positionKey={stance.positionKey}
            prefix={`${stance.dimensionLabel}${stance.holder.code === speakerCountryCode ? "" : ` (${stance.holder.shortName})`}${stance.strength === "implied" ? ", implied" : ""}:`}
          />
        </li>
      ))}
    </ul>
  );
}
