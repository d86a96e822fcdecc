// "Who said it": the speaker, the roles held on the day, the country, the attribution and the statement's date.
import Link from "next/link";
import { formatStatedOn } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";
import type { QuoteDetail } from "@/lib/quotes/public";

export function QuoteSpeaker({ quote }: { quote: QuoteDetail }) {
  return (
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
            : quote.rolesAtTheTime.map((role) => [role.title, role.organization].filter(Boolean).join(", ")).join("; ")}
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
  );
}
