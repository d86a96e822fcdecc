// Email + password sign-in, checked here rather than in the Auth.js config so that tests (and any future entry)
// call the same rules: rate limits first, the same message for an unknown email and a wrong password, an
// argon2 verification even for unknown emails (so timing does not tell them apart either), and a clear
// message for a deactivated account only once its password has been proven.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/permissions";
import { assertMayAttemptSignIn, recordFailedSignIn, recordSuccessfulSignIn } from "@/lib/auth/sign-in-limits";
import { EmailSchema } from "@/lib/users/schemas";

export const WRONG_CREDENTIALS = "Wrong email or password.";

export interface PasswordSignIn {
  email: unknown;
  password: unknown;
  /** The client's address, for the per-address limit. */
  address: string;
}

/** The signed-in user with the session version their token will carry. */
export type VerifiedUser = SessionUser & { sessionVersion: number };

export async function authenticateWithPassword({
  email: rawEmail,
  password,
  address,
}: PasswordSignIn): Promise<VerifiedUser> {
  const parsedEmail = EmailSchema.safeParse(rawEmail);
  if (!parsedEmail.success || typeof password !== "string" || password.length === 0 || password.length > 256) {
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  const keys = { email: parsedEmail.data, address };
  await assertMayAttemptSignIn(keys);

  const user = await db.user.findUnique({
    where: { email: keys.email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !user.passwordHash || !valid) {
    await recordFailedSignIn(keys);
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  if (!user.active) throw new AppError("FORBIDDEN", "This account is deactivated. Ask an admin to reactivate it.");
  await recordSuccessfulSignIn(keys);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword("not-a-password-of-anyone"));
