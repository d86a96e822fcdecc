// The quote page's title (speaker and date) and description (the quote itself, with the speaker's country).
import type { Metadata } from "next";
import { formatDate } from "@/lib/dates";
import { describe, pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import type { QuoteDetail } from "@/lib/quotes/public";

export function quoteMetadata(quote: QuoteDetail): Metadata {
  const who = quote.speakerName ?? "Unattributed";
  return pageMetadata({
    title: `${who}, ${formatDate(quote.statedOn)}`,
    description: describe(`“${quote.text}” — ${who}${quote.speakerCountry ? ` (${quote.speakerCountry.name})` : ""}`),
    path: paths.quote(quote.id),
    type: "article",
  });
}
