// Reads of API tokens: the owner's list for the account page (never the token or its hash).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";

export interface ApiTokenDto {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function listOwnApiTokens(user: SessionUser | null): Promise<ApiTokenDto[]> {
  assertCan(user, "apiToken.manage");
  return db.apiToken.findMany({
    where: { userId: user.id },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
