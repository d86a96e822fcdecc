// Security events are audit rows (lib/audit/security.ts): sign-in success, failure with its reason, lock-out,
// sign-out, password and role changes, API tokens created / used (once an hour) / revoked, every export, and
// refusals by authorization. And the audit trail is append-only in the database itself.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/auth/permissions";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import { onOAuthRefused, onSignIn, onSignOut } from "@/lib/auth/auth-events";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { changeOwnPassword, changeUserRole } from "@/lib/users/mutations";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { authenticateBearer } from "@/lib/api-tokens/authenticate";
import { exportStances } from "@/lib/stances/export";
import { listAuditEvents } from "@/lib/history/queries";
import { route } from "@/lib/http";
import { seedArticle } from "@/prisma/seed/articles";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountry } from "@/prisma/seed/countries";
import { seedQuote } from "@/prisma/seed/quotes";
import { createUser, TEST_PASSWORD } from "../support/users";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

let admin: SessionUser;
let address = 0;
const nextAddress = () => `10.1.0.${++address}`;

beforeAll(async () => {
  admin = await createUser(db, { role: "admin" });
});

/** The security events about one user (or email tried), oldest first, as kind + details. */
async function eventsAbout(subject: string) {
  const rows = await db.auditEvent.findMany({
    where: { entityType: "User", entityId: subject },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, after: true },
  });
  return rows.map((row) => ({ kind: row.action, actorId: row.actorId, ...(row.after as object) }));
}

describe("sign-in events", () => {
  it("a successful password sign-in is recorded with its address", async () => {
    const user = await createUser(db, { role: "editor" });
    const from = nextAddress();
    await authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address: from });
    expect(await eventsAbout(user.id)).toEqual([
      { kind: "sign_in", actorId: user.id, method: "password", address: from },
    ]);
  });

  it("failures say why: wrong password, unknown email, deactivated account", async () => {
    const user = await createUser(db, { role: "researcher" });
    const off = await createUser(db, { role: "researcher", active: false });
    const from = nextAddress();
    await expect(authenticateWithPassword({ email: user.email, password: "nope", address: from })).rejects.toThrow();
    await expect(
      authenticateWithPassword({ email: "ghost@example.org", password: TEST_PASSWORD, address: from }),
    ).rejects.toThrow();
    await expect(
      authenticateWithPassword({ email: off.email, password: TEST_PASSWORD, address: from }),
    ).rejects.toThrow();
    expect(await eventsAbout(user.id)).toMatchObject([
      { kind: "sign_in_failed", actorId: null, reason: "wrong_password" },
    ]);
    expect(await eventsAbout("ghost@example.org")).toMatchObject([
      { kind: "sign_in_failed", reason: "unknown_email", email: "ghost@example.org", address: from },
    ]);
    expect(await eventsAbout(off.id)).toMatchObject([{ kind: "sign_in_failed", reason: "deactivated" }]);
  });

  it("the failure that uses up the account's count records a lock-out; attempts while locked say so", async () => {
    const user = await createUser(db, { role: "editor" });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      await expect(
        authenticateWithPassword({ email: user.email, password: "wrong", address: nextAddress() }),
      ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(
      authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address: nextAddress() }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const kinds = (await eventsAbout(user.id)).map((event) => [event.kind, "reason" in event ? event.reason : null]);
    expect(kinds).toEqual([
      ...Array.from({ length: SIGN_IN_LIMITS.perAccount }, () => ["sign_in_failed", "wrong_password"]),
      ["lock_out", null],
      ["sign_in_failed", "locked_out"],
    ]);
    expect((await eventsAbout(user.id)).find((event) => event.kind === "lock_out")).toMatchObject({
      scope: "account",
      minutes: SIGN_IN_LIMITS.windowSeconds / 60,
    });
  });

  it("OAuth sign-ins, refused OAuth sign-ins and sign-outs are recorded", async () => {
    const user = await createUser(db, { role: "researcher" });
    await onSignIn({ user: { id: user.id }, account: { type: "oidc", provider: "oidc" } });
    await onSignIn({ user: { id: user.id }, account: { type: "credentials", provider: "credentials" } });
    await onSignOut({ token: { sub: user.id } });
    await onOAuthRefused("github", "stranger@example.org");
    expect(await eventsAbout(user.id)).toEqual([
      { kind: "sign_in", actorId: user.id, method: "oidc" },
      { kind: "sign_out", actorId: user.id },
    ]);
    expect(await eventsAbout("stranger@example.org")).toMatchObject([
      { kind: "sign_in_failed", reason: "oauth_not_allowed", method: "github" },
    ]);
  });
});

describe("account events", () => {
  it("password and role changes are recorded", async () => {
    const user = await createUser(db, { role: "researcher" });
    await changeOwnPassword(user, {
      currentPassword: TEST_PASSWORD,
      newPassword: "a much longer new passphrase",
      confirmPassword: "a much longer new passphrase",
    });
    await changeUserRole(admin, { userId: user.id, role: "editor" });
    expect((await eventsAbout(user.id)).map((event) => [event.kind, event.actorId])).toEqual([
      ["password", user.id],
      ["role", admin.id],
    ]);
  });

  it("API tokens: created, used at most once an hour, revoked", async () => {
    const user = await createUser(db, { role: "researcher" });
    const { id, token } = await createApiToken(user, { name: "sync script" });
    for (let i = 0; i < 3; i++) await authenticateBearer(`Bearer ${token}`);
    expect((await eventsAbout(user.id)).map((event) => event.kind)).toEqual(["token_created", "token_used"]);
    // An hour later the next use is recorded again.
    await db.apiToken.update({ where: { id }, data: { useAuditedAt: new Date(Date.now() - 61 * 60_000) } });
    await Promise.all([authenticateBearer(`Bearer ${token}`), authenticateBearer(`Bearer ${token}`)]);
    await revokeApiToken(user, { id });
    expect(await eventsAbout(user.id)).toMatchObject([
      { kind: "token_created", apiToken: { id, name: "sync script" } },
      { kind: "token_used", tokenId: id },
      { kind: "token_used", tokenId: id },
      { kind: "token_revoked", apiToken: { id, revokedAt: expect.any(String) } },
    ]);
  });

  it("every export is recorded with who, the filter and the number of rows", async () => {
    const user = await createUser(db, { role: "researcher" });
    await seedCodebook(db);
    await seedCountry(db, { code: "CN", name: "China" });
    const article = await seedArticle(db, {
      body: "China favors a peace treaty. China favors a peace treaty again.",
      title: "Export test",
      publishedOn: "2018-07-31",
      status: "published",
    });
    for (const text of ["China favors a peace treaty.", "China favors a peace treaty again."])
      await seedQuote(db, {
        articleId: article.id,
        text,
        status: "published",
        speakerLabel: "a spokesperson",
        speakerCountry: "CN",
        stances: [{ dimension: "instrument", position: "treaty" }],
      });
    for (const format of ["csv", "jsonl"] as const) {
      const file = await exportStances(user, { holderCountry: "CN" }, format);
      await new Response(file.stream).text();
    }
    expect(await eventsAbout(user.id)).toEqual([
      { kind: "export", actorId: user.id, format: "csv", filter: "holderCountry=CN", rows: 2, complete: true },
      { kind: "export", actorId: user.id, format: "jsonl", filter: "holderCountry=CN", rows: 2, complete: true },
    ]);
  });

  it("an action refused by authorization is recorded by the entry wrapper, with what was refused", async () => {
    const researcher = await createUser(db, { role: "researcher" });
    session.user = researcher;
    const handler = route(async (_request, { user }) => {
      assertCan(user, "quote.edit");
      return Response.json({});
    });
    const response = await handler(new Request("http://app.example/api/v1/things", { method: "GET" }), {
      params: Promise.resolve({}),
    });
    session.user = null;
    expect(response.status).toBe(403);
    expect(await eventsAbout(researcher.id)).toMatchObject([
      {
        kind: "refused",
        actorId: researcher.id,
        action: "quote.edit",
        entry: "GET /api/v1/things",
        message: expect.stringContaining("may not"),
      },
    ]);
  });
});

describe("the audit page", () => {
  it("filters by kind and by person (email or id), newest first", async () => {
    const user = await createUser(db, { role: "editor" });
    await authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address: nextAddress() });
    await authenticateWithPassword({ email: user.email, password: "wrong", address: nextAddress() }).catch(() => {});
    const byEmail = await listAuditEvents(admin, { userId: user.email });
    expect(byEmail.events.map((event) => event.action)).toEqual(["sign_in_failed", "sign_in"]);
    const failures = await listAuditEvents(admin, { userId: user.id, kind: "sign_in_failed" });
    expect(failures.events.map((event) => event.action)).toEqual(["sign_in_failed"]);
    await expect(listAuditEvents(admin, { kind: "no_such_kind" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("the audit trail is append-only", () => {
  it("the database refuses UPDATE, DELETE and TRUNCATE on it, whoever asks", async () => {
    const user = await createUser(db, { role: "researcher" });
    await authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address: nextAddress() });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id } });
    const count = await db.auditEvent.count();
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "nothing" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "after" = NULL`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count()).toBe(count);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("a user with audit rows cannot be deleted (deactivate instead): the rows keep who acted", async () => {
    const user = await createUser(db, { role: "researcher" });
    await authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, address: nextAddress() });
    await expect(db.user.delete({ where: { id: user.id } })).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(1);
  });

  it("refusals of unknown users are not an error", async () => {
    await expect(
      import("@/lib/audit/security").then(({ recordRefusal }) =>
        recordRefusal(new AppError("FORBIDDEN", "No."), "no-such-user", "test"),
      ),
    ).resolves.toBeUndefined();
  });
});
