// Who may sign in through an OAuth or OIDC provider: only people who already have an active account here, found
// by an identity linked earlier or by their email — and only when the provider says it verified that email, since
// otherwise anyone could register the address at the provider and take the account. OAuth never creates users.
import "server-only";
import { db } from "@/lib/db";

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  email: string | null | undefined;
  emailVerified: boolean;
}

export async function mayOAuthSignIn(identity: OAuthIdentity): Promise<boolean> {
  if (!identity.emailVerified) return false;
  const existing = await db.user.findFirst({
    where: {
      OR: [
        { accounts: { some: { provider: identity.provider, providerAccountId: identity.providerAccountId } } },
        { email: (identity.email ?? "").toLowerCase() },
      ],
    },
    select: { active: true },
  });
  return existing?.active === true;
}
