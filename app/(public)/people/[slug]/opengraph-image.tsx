// The person page's share card: their name, their latest role and their description; its alt text names them.
import { notFound } from "next/navigation";
import { OG_CARD_SIZE, OG_CARD_TYPE, ogCardImage } from "@/components/og-card";
import { getPublicPerson } from "@/lib/people/public";
import { SITE_NAME } from "@/lib/public-metadata";

type Params = { params: Promise<{ slug: string }> };

const findPerson = async (slug: string) => {
  const found = /^[a-z0-9-]{1,200}$/.test(slug) ? await getPublicPerson(slug) : null;
  return found?.kind === "found" ? found.person : null;
};

export async function generateImageMetadata({ params }: Params) {
  const person = await findPerson((await params).slug);
  const alt = person ? `${person.name}: statements on ending the Korean War — ${SITE_NAME}` : SITE_NAME;
  return [{ id: "card", alt, size: OG_CARD_SIZE, contentType: OG_CARD_TYPE }];
}

export default async function Image({ params }: Params) {
  const person = await findPerson((await params).slug);
  if (!person) notFound();
  const roles = person.roles.map((role) => `${role.title} (${role.country.code})`);
  return ogCardImage({
    kind: "Person",
    title: person.name,
    text: person.description ?? "Roles held and published statements on ending the Korean War.",
    chips: [...new Set(roles)],
  });
}
