// Auth.js: password sign-in always; GitHub, Google and a generic OIDC issuer when their variables are set.
// Sessions are JWT cookies re-checked against the database on every request (lib/auth/session-user.ts).
// Only people who already have an account sign in: OAuth never creates users (an admin or `npm run
// user:create` does), it only lets an existing user in by their verified email.
import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import { loadSessionUser } from "@/lib/auth/session-user";
import { SESSION_LIMITS, sessionTooOld } from "@/lib/auth/session-limits";
import { clientAddress } from "@/lib/auth/client-address";
import { mayOAuthSignIn } from "@/lib/auth/oauth-sign-in";
import { onOAuthRefused, onSignIn, onSignOut } from "@/lib/auth/auth-events";

export const SIGN_IN_PATH = "/sign-in";

/** Carries our refusal reason (code) through Auth.js to the sign-in form; see signInErrorMessage. */
class SignInRefused extends CredentialsSignin {
  constructor(readonly code: "invalid" | "rate_limited" | "deactivated") {
    super();
  }
}

/** The message the sign-in form shows for a refused password sign-in. */
export function signInErrorMessage(code: string | undefined): string {
  if (code === "rate_limited")
    return "Too many sign-in attempts from here or for this account. Wait a minute and try again.";
  if (code === "deactivated") return "This account is deactivated. Ask an admin to reactivate it.";
  return "Wrong email or password.";
}

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [
    Credentials({
      id: "credentials",
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          const user = await authenticateWithPassword({
            email: credentials.email,
            password: credentials.password,
            address: clientAddress(request.headers),
          });
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        } catch (error) {
          if (!isAppError(error)) throw error;
          throw new SignInRefused(
            error.code === "RATE_LIMITED" ? "rate_limited" : error.code === "FORBIDDEN" ? "deactivated" : "invalid",
          );
        }
      },
    }),
  ];
  // Linking an OAuth identity to an existing user by email is only safe when the provider has verified that the
  // person controls the address; otherwise anyone could register that email at the provider and take the
  // account. Google and OIDC issuers state it (`email_verified`, also checked in the signIn callback below);
  // GitHub's profile email is whatever the user made public, so GitHub is asked for the verified primary one.
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) {
    list.push(
      GitHub({
        clientId: e.AUTH_GITHUB_ID,
        clientSecret: e.AUTH_GITHUB_SECRET,
        allowDangerousEmailAccountLinking: true,
        userinfo: {
          url: "https://api.github.com/user",
          async request({ tokens }: { tokens: { access_token?: string } }) {
            const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "stance-tracker" };
            const profile = await fetch("https://api.github.com/user", { headers }).then((r) => r.json());
            const emails: { email: string; primary: boolean; verified: boolean }[] = await fetch(
              "https://api.github.com/user/emails",
              { headers },
            ).then((r) => (r.ok ? r.json() : []));
            const primary = emails.find((m) => m.primary && m.verified);
            return { ...profile, email: primary?.email ?? null, email_verified: Boolean(primary) };
          },
        },
      }),
    );
  }
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) {
    list.push(
      Google({
        clientId: e.AUTH_GOOGLE_ID,
        clientSecret: e.AUTH_GOOGLE_SECRET,
        allowDangerousEmailAccountLinking: true,
      }),
    );
  }
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_ID && e.AUTH_OIDC_SECRET) {
    list.push({
      id: "oidc",
      name: "Single sign-on",
      type: "oidc",
      issuer: e.AUTH_OIDC_ISSUER,
      clientId: e.AUTH_OIDC_ID,
      clientSecret: e.AUTH_OIDC_SECRET,
      allowDangerousEmailAccountLinking: true,
    });
  }
  return list;
}

/** The OAuth providers switched on, for the sign-in page's buttons. */
export function oauthProviders(): { id: string; name: string }[] {
  return providers()
    .map((p) => (typeof p === "function" ? p() : p))
    .filter((p) => p.type !== "credentials")
    .map((p) => ({ id: p.id, name: p.name }));
}

function config(): NextAuthConfig {
  return {
    adapter: PrismaAdapter(db),
    secret: env().AUTH_SECRET,
    // maxAge is the idle limit (the cookie is re-issued every updateAge while the user is active).
    session: { strategy: "jwt", maxAge: SESSION_LIMITS.idleSeconds, updateAge: SESSION_LIMITS.refreshSeconds },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: providers(),
    logger: {
      // A refused password is an expected outcome, not a server error: one warning line, no stack trace.
      error(error) {
        if (error instanceof CredentialsSignin) console.warn(`[auth] password sign-in refused (${error.code})`);
        else console.error("[auth]", error);
      },
    },
    events: { signIn: onSignIn, signOut: onSignOut },
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.type === "credentials") return true;
        const allowed = await mayOAuthSignIn({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email,
          emailVerified: profile?.email_verified === true,
        });
        if (!allowed) await onOAuthRefused(account.provider, user.email);
        return allowed;
      },
      async jwt({ token, user }) {
        if (user) {
          // Sign-in: `user` is our authorize() result or, for OAuth, the adapter's database row.
          token.sub = user.id;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          token.signedInAt = Math.floor(Date.now() / 1000);
        }
        if (!token.sub || typeof token.sessionVersion !== "number") return null;
        if (sessionTooOld(token)) return null; // however active: the absolute limit (lib/auth/session-limits.ts)
        const current = await loadSessionUser({ userId: token.sub, sessionVersion: token.sessionVersion });
        if (!current) return null; // deactivated, removed, or sessions ended since this token was issued
        return { ...token, name: current.name, email: current.email, role: current.role };
      },
      session({ session, token }) {
        // jwt() above ends every session whose token has no subject, so this never happens.
        if (!token.sub) throw new Error("A session token without a subject reached session().");
        return { ...session, user: { ...session.user, id: token.sub, role: token.role } };
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
