// Password sign-in (lib/auth/credentials.ts), its rate limits, and the per-request session check that makes
// deactivation and password changes end sessions at once (lib/auth/session-user.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticateWithPassword, WRONG_CREDENTIALS } from "@/lib/auth/credentials";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { loadSessionUser } from "@/lib/auth/session-user";
import { changeOwnPassword, changeUserRole, setUserActive } from "@/lib/users/mutations";
import type { SessionUser } from "@/lib/auth/permissions";
import { createUser, TEST_PASSWORD } from "../support/users";

let admin: SessionUser;
let address = 0;
/** A fresh client address per test, so the per-address count of one test does not leak into another. */
const nextAddress = () => `10.0.0.${++address}`;

beforeAll(async () => {
  admin = await createUser(db, { role: "admin" });
});

describe("authenticateWithPassword", () => {
  it("signs in with the right password, whatever the case of the email", async () => {
    const user = await createUser(db, { role: "editor", email: "case@example.org" });
    await expect(
      authenticateWithPassword({ email: " Case@Example.org ", password: TEST_PASSWORD, address: nextAddress() }),
    ).resolves.toMatchObject({
      id: user.id,
      role: "editor",
      sessionVersion: 0,
    });
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const user = await createUser(db, { role: "researcher" });
    const wrong = authenticateWithPassword({ email: user.email, password: "not the password", address: nextAddress() });
    const unknown = authenticateWithPassword({
      email: "nobody@example.org",
      password: TEST_PASSWORD,
      address: nextAddress(),
    });
    await expect(wrong).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: WRONG_CREDENTIALS });
    await expect(unknown).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: WRONG_CREDENTIALS });
  });

  it("refuses a deactivated user, saying so only once the password is right", async () => {
    const user = await createUser(db, { role: "editor", active: false });
    await expect(
      authenticateWithPassword({ email: user.email, password: "wrong password", address: nextAddress() }),
    ).rejects.toMatchObject({ message: WRONG_CREDENTIALS });
    await expect(
      authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address: nextAddress() }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/deactivated/),
    });
  });

  it("refuses malformed input with the same message", async () => {
    await expect(
      authenticateWithPassword({ email: 42, password: undefined, address: nextAddress() }),
    ).rejects.toMatchObject({ message: WRONG_CREDENTIALS });
  });
});

describe("rate limiting", () => {
  it(`locks an account after ${SIGN_IN_LIMITS.perAccount} failures, even for the right password, from any address`, async () => {
    const user = await createUser(db, { role: "editor" });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      await expect(
        authenticateWithPassword({ email: user.email, password: "wrong password", address: nextAddress() }),
      ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    const locked = authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address: nextAddress() });
    await expect(locked).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Too many sign-in attempts/),
    });
    await expect(locked).rejects.toMatchObject({ details: { retryAfterSeconds: expect.any(Number) } });
  });

  it("locks an unknown email the same way (no account enumeration)", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      await expect(
        authenticateWithPassword({ email: "ghost@example.org", password: "whatever", address: nextAddress() }),
      ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(
      authenticateWithPassword({ email: "ghost@example.org", password: "whatever", address: nextAddress() }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it(`limits one address to ${SIGN_IN_LIMITS.perAddress} failures across accounts`, async () => {
    const address = nextAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      await expect(
        authenticateWithPassword({ email: `spray-${i}@example.org`, password: "guess", address }),
      ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    const user = await createUser(db, { role: "researcher" });
    await expect(
      authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(
      authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address: nextAddress() }),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("clears an account's count on a successful sign-in", async () => {
    const user = await createUser(db, { role: "editor" });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) {
        await expect(
          authenticateWithPassword({ email: user.email, password: "wrong password", address: nextAddress() }),
        ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      }
      await expect(
        authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address: nextAddress() }),
      ).resolves.toMatchObject({ id: user.id });
    }
  });
});

describe("sessions", () => {
  it("end at once when the user is deactivated, and stay ended after reactivation", async () => {
    const user = await createUser(db, { role: "editor" });
    const signedIn = await authenticateWithPassword({
      email: user.email,
      password: TEST_PASSWORD,
      address: nextAddress(),
    });
    const claims = { userId: user.id, sessionVersion: signedIn.sessionVersion };
    await expect(loadSessionUser(claims)).resolves.toMatchObject({ id: user.id, role: "editor" });

    await setUserActive(admin, { userId: user.id, active: false });
    await expect(loadSessionUser(claims)).resolves.toBeNull();
    await setUserActive(admin, { userId: user.id, active: true });
    await expect(loadSessionUser(claims)).resolves.toBeNull(); // the old token stays dead; a new sign-in works
    const again = await authenticateWithPassword({
      email: user.email,
      password: TEST_PASSWORD,
      address: nextAddress(),
    });
    await expect(loadSessionUser({ userId: user.id, sessionVersion: again.sessionVersion })).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("end when the user changes their password or an admin changes their role", async () => {
    const user = await createUser(db, { role: "researcher" });
    const first = { userId: user.id, sessionVersion: 0 };
    await changeOwnPassword(user, {
      currentPassword: TEST_PASSWORD,
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    await expect(loadSessionUser(first)).resolves.toBeNull();
    await expect(
      authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address: nextAddress() }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    const second = await authenticateWithPassword({
      email: user.email,
      password: "a brand new passphrase",
      address: nextAddress(),
    });
    await changeUserRole(admin, { userId: user.id, role: "editor" });
    await expect(loadSessionUser({ userId: user.id, sessionVersion: second.sessionVersion })).resolves.toBeNull();
  });

  it("refuses a password change with the wrong current password", async () => {
    const user = await createUser(db, { role: "researcher" });
    await expect(
      changeOwnPassword(user, {
        currentPassword: "not it at all",
        newPassword: "a brand new passphrase",
        confirmPassword: "a brand new passphrase",
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { fields: { currentPassword: ["Not correct"] } } });
  });
});
