// The admin home's inbox (#16): what is waiting for the signed-in editor, as counts, and the one thing to do next.
// "Waiting for your review" leaves out work the editor contributed to (they may not approve it); stale records are
// open country stance records whose latest public evidence is over 12 months old (coding rule 10: flagged for review).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { STALE_AFTER_MONTHS } from "@/lib/country-stances/strips";
import { PUBLISHED_COUNTRY_STANCE } from "@/lib/country-stances/public";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";

export interface InboxItem {
  key: "waiting" | "returned" | "orphaned" | "stale";
  label: string;
  count: number;
  href: string;
  /** The next action, said as one, when this is the first item with work in it. */
  action: string;
}

export async function getAdminInbox(actor: SessionUser | null, now = new Date()): Promise<InboxItem[]> {
  assertCan(actor, "quote.edit");
  const notMine = { NOT: { contributorIds: { has: actor.id } } };
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - STALE_AFTER_MONTHS);
  const [waiting, returned, orphaned, stale] = await Promise.all([
    Promise.all([
      db.quote.count({ where: { status: "in_review", deletedAt: null, article: { deletedAt: null }, ...notMine } }),
      db.countryStance.count({ where: { status: "in_review", deletedAt: null, ...notMine } }),
      db.revision.count({ where: { status: "in_review", ...notMine } }),
    ]),
    Promise.all([
      db.quote.count({ where: { status: "returned", deletedAt: null, authorId: actor.id } }),
      db.countryStance.count({ where: { status: "returned", deletedAt: null, authorId: actor.id } }),
      db.revision.count({ where: { status: "returned", contributorIds: { has: actor.id } } }),
    ]),
    db.quote.count({ where: { orphanedAt: { not: null }, deletedAt: null, article: { deletedAt: null } } }),
    db.countryStance.count({
      where: {
        ...PUBLISHED_COUNTRY_STANCE,
        validTo: null,
        evidence: { none: { quote: { ...PUBLISHED_QUOTE, statedOn: { gte: cutoff } } } },
      },
    }),
  ]);
  const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
  return [
    {
      key: "waiting",
      label: "Waiting for your review",
      count: sum(waiting),
      href: "/admin/review",
      action: "Review the oldest item in the queue",
    },
    {
      key: "returned",
      label: "Returned to you",
      count: sum(returned),
      href: "/admin/review?view=returned",
      action: "Revise the work a reviewer returned to you",
    },
    {
      key: "orphaned",
      label: "Orphaned quotes",
      count: orphaned,
      href: "/admin/articles",
      action: "Re-anchor the quotes whose text left their article",
    },
    {
      key: "stale",
      label: "Records to review (no evidence for 12 months)",
      count: stale,
      href: "/admin/country-stances",
      action: "Check the country stance records whose evidence is over a year old",
    },
  ];
}
