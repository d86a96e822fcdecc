// API tokens (one's own: create, list, revoke), bulk exports, and who sees records in review.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { listOwnApiTokens } from "@/lib/api-tokens/queries";
import { generateToken, hashToken } from "@/lib/api-tokens/token";
import { describeStanceExport, exportStances } from "@/lib/stances/export";
import { assertMaySeeStatus } from "@/lib/api/visibility";
import { explorerVisibility } from "@/lib/stances/explorer";
import { readExplorer } from "@/lib/stances/explorer-view";
import type { ExportFormat } from "@/lib/stances/schemas";
import { createUser } from "../../support/users";
import { caseWith, live, type Actor, type Case } from "./case";

/** A live token of the actor's (the only kind one may revoke); a researcher's of its own when nobody is signed in. */
const ownToken = async (actor: Actor) => {
  const userId = actor?.id ?? (await createUser(db, { role: "researcher" })).id;
  const token = await db.apiToken.create({
    data: { userId, name: "laptop R scripts", tokenHash: hashToken(generateToken()) },
    select: { id: true },
  });
  return { tokenId: token.id };
};

/** Exports stream: the case reads the whole file, so a query that fails mid-stream fails the case too. */
const exportAll = async (actor: Actor, format: ExportFormat) => {
  const file = await exportStances(actor, {}, format);
  return new Response(file.stream).text();
};

export const API_CASES: Case[] = [
  { action: "apiToken.manage", fn: "createApiToken", run: (a) => createApiToken(a, { name: "laptop R scripts" }) },
  caseWith({ action: "apiToken.manage", fn: "listOwnApiTokens", prepare: ownToken, run: (a) => listOwnApiTokens(a) }),
  caseWith({
    action: "apiToken.manage",
    fn: "revokeApiToken",
    prepare: ownToken,
    run: (a, t) => revokeApiToken(a, { id: t.tokenId }),
  }),
  { action: "export.bulk", fn: "exportStances", variant: "CSV", prepare: live, run: (a) => exportAll(a, "csv") },
  {
    action: "export.bulk",
    fn: "exportStances",
    variant: "GraphML, two-mode",
    prepare: live,
    run: (a) => exportAll(a, "graphml-two-mode"),
  },
  {
    action: "export.bulk",
    fn: "describeStanceExport",
    prepare: live,
    run: (a) => describeStanceExport(a, {}, "parquet"),
  },
  {
    action: "review.readInReview",
    fn: "assertMaySeeStatus",
    run: async (a) => assertMaySeeStatus(a, "in_review"),
  },
  {
    action: "review.readInReview",
    fn: "explorerVisibility",
    // It never refuses: a caller without the action is shown published records only. The case turns that narrowing
    // into the refusal the matrix checks, so a role gaining or losing the action shows here as for any other.
    run: async (a) => {
      if (explorerVisibility(a) === "review") return;
      throw new AppError(a ? "FORBIDDEN" : "UNAUTHENTICATED", "Shown published records only.");
    },
  },
  {
    action: "review.readInReview",
    fn: "readExplorer",
    variant: "records in review",
    prepare: live,
    // Like explorerVisibility: it narrows instead of refusing. A caller without the action must get the published
    // view, and one with it the view that includes records in review.
    run: async (a) => {
      const read = await readExplorer(a, {});
      if (read.visibility === "review") return;
      throw new AppError(a ? "FORBIDDEN" : "UNAUTHENTICATED", "Shown published records only.");
    },
  },
];
