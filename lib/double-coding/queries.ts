// Reads of double coding: the settings and assignments for the admin page, and an article's double coding as
// the workspace shows it to the editor in front of it (their side, and whether each side has submitted).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type SessionUser } from "@/lib/auth/permissions";
import { sideOf } from "./coding-slot";

export const DOUBLE_CODING_PAGE_SIZE = 50;

export async function getSamplingRate(actor: SessionUser | null): Promise<number> {
  assertCan(actor, "doubleCoding.manage");
  const settings = await db.doubleCodingSettings.findUnique({ where: { id: 1 }, select: { samplingRate: true } });
  return settings?.samplingRate ?? 0;
}

export interface DoubleCodingListItem {
  id: number;
  article: { id: number; title: string };
  source: "sampled" | "manual";
  coderA: string | null;
  coderB: string | null;
  submittedA: boolean;
  submittedB: boolean;
  completedAt: Date | null;
}

const label = (user: { name: string | null; email: string } | null) => (user ? (user.name ?? user.email) : null);

/** Newest first, keyset-paginated by id. */
export async function listDoubleCodings(
  actor: SessionUser | null,
  options: { before?: number } = {},
): Promise<{ items: DoubleCodingListItem[]; nextBefore: number | null }> {
  assertCan(actor, "doubleCoding.curate");
  const coder = { select: { name: true, email: true } } as const;
  const rows = await db.doubleCoding.findMany({
    where: options.before ? { id: { lt: options.before } } : {},
    orderBy: { id: "desc" },
    take: DOUBLE_CODING_PAGE_SIZE + 1,
    select: {
      id: true,
      source: true,
      submittedAAt: true,
      submittedBAt: true,
      completedAt: true,
      article: { select: { id: true, title: true } },
      coderA: coder,
      coderB: coder,
    },
  });
  const page = rows.slice(0, DOUBLE_CODING_PAGE_SIZE);
  return {
    items: page.map((row) => ({
      id: row.id,
      article: row.article,
      source: row.source,
      coderA: label(row.coderA),
      coderB: label(row.coderB),
      submittedA: row.submittedAAt !== null,
      submittedB: row.submittedBAt !== null,
      completedAt: row.completedAt,
    })),
    nextBefore: rows.length > DOUBLE_CODING_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Active editors and admins, for the assignment form. */
export async function listCoderOptions(actor: SessionUser | null): Promise<{ id: string; label: string }[]> {
  assertCan(actor, "doubleCoding.manage");
  const users = await db.user.findMany({
    where: { active: true, role: { in: ["editor", "admin"] } },
    orderBy: { email: "asc" },
    select: { id: true, name: true, email: true },
  });
  return users.map((user) => ({ id: user.id, label: user.name ?? user.email }));
}

export interface ArticleCodingStatus {
  id: number;
  version: number;
  /** The viewer's side, or null when they are not a coder. */
  side: "A" | "B" | null;
  freeSlots: number;
  submittedByMe: boolean;
  submittedByOther: boolean;
  complete: boolean;
}

/** The article's double coding as the editor in front of it sees it; null when the article is not double-coded. */
export async function getArticleCoding(
  actor: SessionUser | null,
  articleId: number,
): Promise<ArticleCodingStatus | null> {
  assertCan(actor, "quote.edit");
  const coding = await db.doubleCoding.findUnique({ where: { articleId } });
  if (!coding) return null;
  const side = sideOf(coding, actor.id);
  const mine = side === "A" ? coding.submittedAAt : side === "B" ? coding.submittedBAt : null;
  const other = side === "A" ? coding.submittedBAt : side === "B" ? coding.submittedAAt : null;
  return {
    id: coding.id,
    version: coding.version,
    side,
    freeSlots: [coding.coderAId, coding.coderBId].filter((id) => id === null).length,
    submittedByMe: mine !== null,
    submittedByOther: other !== null,
    complete: coding.completedAt !== null,
  };
}

/** The double-coding page in one read: the list, and for admins the sampling rate and the coders to assign. */
export async function getDoubleCodingPage(
  actor: SessionUser | null,
  options: { before?: number },
): Promise<{
  list: { items: DoubleCodingListItem[]; nextBefore: number | null };
  settings: { rate: number; coders: { id: string; label: string }[] } | null;
}> {
  assertCan(actor, "doubleCoding.curate");
  const manages = can(actor, "doubleCoding.manage");
  const [list, rate, coders] = await Promise.all([
    listDoubleCodings(actor, options),
    manages ? getSamplingRate(actor) : 0,
    manages ? listCoderOptions(actor) : [],
  ]);
  return { list, settings: manages ? { rate, coders } : null };
}
