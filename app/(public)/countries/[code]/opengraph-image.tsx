// The country page's share card: the country's name and what the page holds; its alt text names the country.
import { notFound } from "next/navigation";
import { OG_CARD_SIZE, OG_CARD_TYPE, ogCardImage } from "@/components/og-card";
import { getCountry } from "@/lib/countries/public";
import { SITE_NAME } from "@/lib/public-metadata";

type Params = { params: Promise<{ code: string }> };

const findCountry = async (code: string) => (/^[A-Za-z]{2,8}$/.test(code) ? await getCountry(code) : null);

export async function generateImageMetadata({ params }: Params) {
  const country = await findCountry((await params).code);
  const alt = country ? `${country.name}: positions on ending the Korean War — ${SITE_NAME}` : SITE_NAME;
  return [{ id: "card", alt, size: OG_CARD_SIZE, contentType: OG_CARD_TYPE }];
}

export default async function Image({ params }: Params) {
  const country = await findCountry((await params).code);
  if (!country) notFound();
  return ogCardImage({
    kind: country.kind === "country" ? "Country" : "Organization",
    title: country.name,
    text: "Where it stands on ending the Korean War over time, and the statements behind each position.",
    chips: [country.code],
  });
}
