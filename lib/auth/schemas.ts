// Input shapes of the sign-in forms. The password form's fields are checked loosely on purpose: any failure
// must read "Wrong email or password", so the real checks happen in lib/auth/credentials.ts.
import { z } from "zod";

/** An account's email, as it is stored: trimmed and lower-case. The accounts' forms (lib/users) use it too. */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter an email address like ana@example.org"));

/** Where to go after signing in: a path on this site only (never `//host` or a full URL: no open redirect). */
export const callbackUrlSchema = z
  .string()
  .optional()
  .transform((value) =>
    value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/admin",
  );

export const passwordSignInSchema = z.object({
  email: z.string().max(320).default(""),
  password: z.string().max(1024).default(""),
  callbackUrl: callbackUrlSchema,
});

export const oauthSignInSchema = z.object({ provider: z.string().min(1).max(40), callbackUrl: callbackUrlSchema });
