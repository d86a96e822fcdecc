// The quote page's share card: the words, who said them and when, and the positions they were coded with; its alt
// text says who said what.
import { notFound } from "next/navigation";
import { OG_CARD_SIZE, OG_CARD_TYPE, ogCardImage } from "@/components/og-card";
import { formatStatedOn } from "@/lib/dates";
import { SITE_NAME } from "@/lib/public-metadata";
import { parseRecordId } from "@/lib/public-routes";
import { getPublishedQuote } from "@/lib/quotes/public";

type Params = { params: Promise<{ id: string }> };

const findQuote = async (segment: string) => {
  const id = parseRecordId(segment);
  return id === null ? null : getPublishedQuote(id);
};

const speakerOf = (quote: NonNullable<Awaited<ReturnType<typeof findQuote>>>) =>
  `${quote.speakerName ?? "Unattributed"}${quote.speakerCountry ? ` (${quote.speakerCountry.name})` : ""}`;

export async function generateImageMetadata({ params }: Params) {
  const quote = await findQuote((await params).id);
  const alt = quote ? `Statement by ${speakerOf(quote)}: “${quote.text.slice(0, 120)}” — ${SITE_NAME}` : SITE_NAME;
  return [{ id: "card", alt, size: OG_CARD_SIZE, contentType: OG_CARD_TYPE }];
}

export default async function Image({ params }: Params) {
  const quote = await findQuote((await params).id);
  if (!quote) notFound();
  return ogCardImage({
    kind: `Statement · ${formatStatedOn(quote.statedOn, quote.statedOnPrecision)}`,
    title: speakerOf(quote),
    text: `“${quote.text}”`,
    chips: [...new Set(quote.stances.map((stance) => `${stance.dimensionLabel}: ${stance.positionLabel}`))],
  });
}
