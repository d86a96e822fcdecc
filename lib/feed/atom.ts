// The Atom (RFC 4287) document of newly published quotes. Every value goes through xmlText, so a quote can
// hold any character without breaking the feed.
import { formatDate } from "@/lib/dates";
import { absoluteUrl, paths } from "@/lib/public-routes";
import type { QuoteCard } from "@/lib/quotes/public";

export function xmlText(value: string): string {
  return (
    value
      // Characters XML 1.0 forbids even escaped.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

export function atomFeed(quotes: (QuoteCard & { publishedAt: Date; updatedAt: Date })[]): string {
  const updated = quotes.reduce((latest, quote) => Math.max(latest, quote.updatedAt.getTime()), 0);
  const entries = quotes.map((quote) => {
    const url = absoluteUrl(paths.quote(quote.id));
    const who = quote.speakerName ?? "Unattributed";
    const positions = quote.stances.map(
      (stance) => `${stance.holder.shortName}, ${stance.dimensionLabel}: ${stance.positionLabel}`,
    );
    const summary = [
      `“${quote.text}”`,
      `${who}${quote.speakerCountry ? ` (${quote.speakerCountry.name})` : ""}, ${formatDate(quote.statedOn)}.`,
      positions.length > 0 ? `Positions: ${positions.join("; ")}.` : "",
      `Source: ${[quote.article.outlet, quote.article.title].filter(Boolean).join(", ")}.`,
    ]
      .filter(Boolean)
      .join(" ");
    return `  <entry>
    <id>${xmlText(url)}</id>
    <title>${xmlText(`${who}, ${formatDate(quote.statedOn)}`)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>
    <published>${quote.publishedAt.toISOString()}</published>
    <updated>${quote.updatedAt.toISOString()}</updated>
    <author><name>${xmlText(who)}</name></author>
    <summary type="text">${xmlText(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(absoluteUrl(paths.feed()))}</id>
  <title>Ending the Korean War — newly published quotes</title>
  <link rel="self" type="application/atom+xml" href="${xmlText(absoluteUrl(paths.feed()))}"/>
  <link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(paths.home()))}"/>
  <updated>${new Date(updated || Date.now()).toISOString()}</updated>
${entries.join("\n")}
</feed>
`;
}
