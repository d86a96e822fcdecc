// Atom (RFC 4287) feeds of confirmed shifts: one for every country and one per country, built with the `feed`
// library (it escapes every value). Each entry's id is the permanent address of the shift on its country page,
// so a reader never sees an entry twice; `updated` is when the record last changed, `published` when it was.
import { Feed } from "feed";
import { formatDate } from "@/lib/dates";
import { absoluteUrl, paths } from "@/lib/public-routes";
import { SITE_NAME } from "@/lib/public-metadata";
import type { PublicShift } from "@/lib/shifts/public";

export const shiftAnchor = (id: number) => `shift-${id}`;

export function shiftTitle(shift: PublicShift): string {
  const change = shift.from ? `${shift.from} → ${shift.to}` : `now ${shift.to}`;
  return `${shift.country.name}, ${shift.dimension.label}: ${change}`;
}

export function shiftsAtom(shifts: PublicShift[], country: { code: string; name: string } | null): string {
  const self = absoluteUrl(country ? paths.countryShiftsFeed(country.code) : paths.shiftsFeed());
  const home = absoluteUrl(country ? paths.country(country.code) : paths.home());
  const updated = shifts.reduce((latest, shift) => Math.max(latest, shift.updatedAt.getTime()), 0);
  const feed = new Feed({
    id: self,
    title: country ? `${country.name}: shifts of position — ${SITE_NAME}` : `Shifts of position — ${SITE_NAME}`,
    description: "Changes of a government's position that editors confirmed from published statements.",
    link: home,
    language: "en",
    // An empty feed has no entry to date it by: the epoch says "nothing yet" and stays stable between requests.
    updated: new Date(updated),
    feedLinks: { atom: self },
    generator: false,
  });
  for (const shift of shifts) {
    const link = `${absoluteUrl(paths.country(shift.country.code))}#${shiftAnchor(shift.id)}`;
    const evidence = shift.quote
      ? ` Evidence: “${shift.quote.text}” — ${shift.quote.speaker}, ${formatDate(shift.quote.statedOn)} (${absoluteUrl(paths.quote(shift.quote.id))}).`
      : "";
    feed.addItem({
      id: link,
      title: shiftTitle(shift),
      link,
      date: shift.updatedAt,
      published: shift.publishedAt,
      description: `Since ${formatDate(shift.validFrom)}. ${shift.summary}${evidence}`,
      author: [{ name: "Stance tracker editors" }],
    });
  }
  return feed.atom1();
}
