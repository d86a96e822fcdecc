// OAuth providers switch on with their environment variables, and let in only existing, active accounts whose
// email the provider verified.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { mayOAuthSignIn } from "@/lib/auth/oauth-sign-in";
import { createUser } from "../support/users";

// Set before lib/auth/config (and with it lib/env) is first imported, below.
process.env.AUTH_GITHUB_ID = "github-client-id";
process.env.AUTH_GITHUB_SECRET = "github-client-secret";
process.env.AUTH_OIDC_ISSUER = "https://sso.example.org";
process.env.AUTH_OIDC_ID = "oidc-client-id";
process.env.AUTH_OIDC_SECRET = "oidc-client-secret";

let config: typeof import("@/lib/auth/config");
beforeAll(async () => {
  config = await import("@/lib/auth/config");
});

describe("OAuth providers", () => {
  it("are offered when their variables are set, and not otherwise", () => {
    expect(config.oauthProviders()).toEqual([
      { id: "github", name: "GitHub" },
      { id: "oidc", name: "Single sign-on" },
    ]);
  });
});

describe("mayOAuthSignIn", () => {
  let active: { id: string; email: string };
  beforeAll(async () => {
    active = await createUser(db, { role: "editor", email: "ana@example.org" });
    await createUser(db, { role: "editor", email: "gone@example.org", active: false });
    await db.account.create({
      data: { userId: active.id, type: "oauth", provider: "github", providerAccountId: "gh-42" },
    });
  });

  it.each([
    [
      "an existing active user by verified email (any letter case)",
      { provider: "oidc", providerAccountId: "x", email: "Ana@Example.org", emailVerified: true },
      true,
    ],
    [
      "an identity linked earlier",
      { provider: "github", providerAccountId: "gh-42", email: "other@example.org", emailVerified: true },
      true,
    ],
    [
      "an email the provider did not verify",
      { provider: "oidc", providerAccountId: "x", email: "ana@example.org", emailVerified: false },
      false,
    ],
    [
      "someone without an account (OAuth never creates users)",
      { provider: "oidc", providerAccountId: "y", email: "new@example.org", emailVerified: true },
      false,
    ],
    [
      "a deactivated account",
      { provider: "oidc", providerAccountId: "z", email: "gone@example.org", emailVerified: true },
      false,
    ],
  ])("%s → %s", async (_what, identity, allowed) => {
    expect(await mayOAuthSignIn(identity)).toBe(allowed);
  });
});
