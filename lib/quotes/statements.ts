// Which statement a saved quote reports (coding rule 9): one statement, several reports, each a quote in its
// article. Reports of one statement have the same speaker; the checks run inside the saving transaction.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SpeakerKind } from "@/lib/generated/prisma/enums";
import type { WorkspaceQuote } from "./queries";
import type { QuoteValues } from "./schemas";

type Tx = Prisma.TransactionClient;

interface SpeakerOfInput extends Pick<
  QuoteValues,
  "articleId" | "statementId" | "speakerId" | "speakerOrganizationId" | "speakerCountryId"
> {
  speakerKind: SpeakerKind;
}

/**
 * The statement id to save the quote under: `statementId` absent keeps an existing quote's statement (a new quote
 * starts its own), null gives a quote sharing its statement one of its own, a number links to that statement
 * after checking that its reports have the same speaker.
 */
export async function statementFor(tx: Tx, input: SpeakerOfInput, before: WorkspaceQuote | null): Promise<number> {
  const own = async () => (await tx.statement.create({ data: {}, select: { id: true } })).id;
  if (input.statementId === undefined) return before ? before.statementId : own();
  if (input.statementId === null) return before && before.statementReports === 1 ? before.statementId : own();
  if (before && input.statementId === before.statementId) return before.statementId;

  const other = await tx.quote.findFirst({
    where: { statementId: input.statementId, deletedAt: null, ...(before ? { id: { not: before.id } } : {}) },
    orderBy: { id: "asc" },
    select: {
      speakerKind: true,
      speakerId: true,
      speakerOrganizationId: true,
      speakerCountryId: true,
      speaker: { select: { name: true } },
      speakerOrganization: { select: { name: true } },
      speakerLabel: true,
      article: { select: { outletId: true, outlet: { select: { name: true } } } },
    },
  });
  if (!other) {
    throw new AppError("INVALID_INPUT", "That statement no longer exists.", {
      fields: { statementId: ["That statement has no reports left; save this quote as a statement of its own."] },
    });
  }
  const mine = await tx.article.findUnique({ where: { id: input.articleId }, select: { outletId: true } });
  const same =
    other.speakerKind === input.speakerKind &&
    (input.speakerKind === "person"
      ? other.speakerId === input.speakerId
      : input.speakerKind === "organization"
        ? other.speakerOrganizationId === input.speakerOrganizationId
        : input.speakerKind === "outlet"
          ? other.article.outletId === mine?.outletId
          : other.speakerCountryId === input.speakerCountryId);
  if (!same) {
    const theirs =
      other.speaker?.name ??
      other.speakerOrganization?.name ??
      (other.speakerKind === "outlet" ? other.article.outlet?.name : other.speakerLabel) ??
      `a speaker of another kind (${other.speakerKind})`;
    throw new AppError("INVALID_INPUT", "Reports of one statement have the same speaker.", {
      fields: {
        statementId: [
          `That statement is by ${theirs}; this quote has a different speaker. ` +
            "Link only reports of the same speaker on the same occasion (coding rule 9).",
        ],
      },
    });
  }
  return input.statementId;
}

/** Removes a statement left without any quote (deleted ones included, which still point to it). */
export async function dropStatementIfEmpty(tx: Tx, statementId: number): Promise<void> {
  await tx.statement.deleteMany({ where: { id: statementId, quotes: { none: {} } } });
}
