// The admin home's inbox (#16): what is waiting for the signed-in editor, as counts, and the one thing to do next.
// "Waiting for your review" leaves out work the editor contributed to (they may not approve it); stale records are
// the open published country stance records that coding rule 10's `staleness()` flags (the rule the public strips
// and the records-to-review list apply): last public evidence over 12 months old, or spoken in a role that has ended.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { evidenceQuoteSelect, toEvidenceQuote } from "@/lib/country-stances/evidence-quotes";
import { staleness } from "@/lib/country-stances/evidence-rule";
import { PUBLISHED_COUNTRY_STANCE } from "@/lib/country-stances/public";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";
import { getSuggestionUse, type SuggestionUse } from "@/lib/suggest/usage";
import { countOpenPossibleShifts, countReviewableBy } from "./review-counts";

export interface InboxItem {
  key: "waiting" | "returned" | "shifts" | "orphaned" | "stale";
  label: string;
  count: number;
  href: string;
  /** The next action, said as one, when this is the first item with work in it. */
  action: string;
}

export async function getAdminInbox(actor: SessionUser | null, now = new Date()): Promise<InboxItem[]> {
  assertCan(actor, "quote.edit");
  const [waiting, returned, shifts, orphaned, stale] = await Promise.all([
    countReviewableBy(actor.id),
    Promise.all([
      db.quote.count({ where: { status: "returned", deletedAt: null, authorId: actor.id } }),
      db.countryStance.count({ where: { status: "returned", deletedAt: null, authorId: actor.id } }),
      db.revision.count({ where: { status: "returned", contributorIds: { has: actor.id } } }),
    ]),
    countOpenPossibleShifts(),
    db.quote.count({ where: { orphanedAt: { not: null }, deletedAt: null, article: { deletedAt: null } } }),
    countStaleRecords(now),
  ]);
  const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
  return [
    {
      key: "waiting",
      label: "Waiting for your review",
      count: waiting,
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
      key: "shifts",
      label: "Possible shifts",
      count: shifts,
      href: "/admin/shifts",
      action: "Confirm or dismiss the statements that disagree with their country's record",
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
      label: "Records to review (no recent evidence, or a change of government)",
      count: stale,
      href: "/admin/country-stances",
      action: "Check the country stance records whose evidence is over a year old",
    },
  ];
}

// Open records are a few per country and dimension: all of them, with their public evidence, fit one read.
const OPEN_RECORD_LIMIT = 5_000;

async function countStaleRecords(now: Date): Promise<number> {
  const rows = await db.countryStance.findMany({
    where: { ...PUBLISHED_COUNTRY_STANCE, validTo: null },
    take: OPEN_RECORD_LIMIT,
    select: {
      countryId: true,
      dimensionId: true,
      validFrom: true,
      validTo: true,
      evidence: { where: { quote: PUBLISHED_QUOTE }, select: { quote: { select: evidenceQuoteSelect } } },
    },
  });
  return rows.filter((row) => {
    const evidence = row.evidence.map((link) => toEvidenceQuote(link.quote));
    // A record with no public evidence at all has nothing recent to rest on.
    return evidence.length === 0 || Boolean(staleness(row, evidence, now)?.reason);
  }).length;
}

/** The admin home's panels for an editor, in one read: the inbox and how the workspace's suggestions are used. */
export async function getAdminHome(
  actor: SessionUser | null,
): Promise<{ inbox: InboxItem[]; suggestionUse: SuggestionUse }> {
  assertCan(actor, "quote.edit");
  const [inbox, suggestionUse] = await Promise.all([getAdminInbox(actor), getSuggestionUse(actor)]);
  return { inbox, suggestionUse };
}
