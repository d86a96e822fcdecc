// API tokens over the read API: created and revoked through lib/api-tokens (with audit events), stored as a
// SHA-256 hash, lastUsedAt kept, a revoked token refused with 401, and rate limits answered 429 + Retry-After.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as countries } from "@/app/api/v1/countries/route";
import { db } from "@/lib/db";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { listOwnApiTokens } from "@/lib/api-tokens/queries";
import { API_RATE_LIMITS } from "@/lib/api/rate-limit";
import { seedDemo } from "@/prisma/seed/demo";
import { createUser } from "../support/users";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

beforeAll(async () => {
  await seedDemo(db);
});

const get = (headers: Record<string, string>) =>
  countries(new Request("http://localhost/api/v1/countries", { headers }), { params: Promise.resolve({}) });

describe("API tokens", () => {
  it("are stored as a SHA-256 hash, shown once, listed without the secret, and audited", async () => {
    const user = await createUser(db, { role: "researcher" });
    const created = await createApiToken(user, { name: "laptop" });
    expect(created.token).toMatch(/^stk_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(crypto.createHash("sha256").update(created.token).digest("hex"));
    expect(JSON.stringify(await listOwnApiTokens(user))).not.toContain(created.token);
    const events = await db.auditEvent.findMany({ where: { actorId: user.id, entityType: "User" } });
    expect(events.map((event) => event.action)).toEqual(["token_created"]);
  });

  it("mark lastUsedAt when used, and a revoked token gets 401", async () => {
    const user = await createUser(db, { role: "researcher" });
    const { id, token } = await createApiToken(user, { name: "script" });
    const response = await get({ authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    await revokeApiToken(user, { id });
    const refused = await get({ authorization: `Bearer ${token}` });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
    const events = await db.auditEvent.findMany({ where: { actorId: user.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["token_created", "token_used", "token_revoked"]);
  });

  it("of a deactivated user stop working", async () => {
    const user = await createUser(db, { role: "researcher" });
    const { token } = await createApiToken(user, { name: "old" });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect((await get({ authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it("cannot be revoked by someone else", async () => {
    const owner = await createUser(db, { role: "researcher" });
    const other = await createUser(db, { role: "researcher" });
    const { id } = await createApiToken(owner, { name: "mine" });
    await expect(revokeApiToken(other, { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createApiToken(null, { name: "anonymous" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("rate limits", () => {
  it("answer an anonymous address 429 with Retry-After once its allowance is spent", async () => {
    const headers = { "x-forwarded-for": "192.0.2.77" };
    for (let i = 0; i < API_RATE_LIMITS.perAddress; i++) expect((await get(headers)).status).toBe(200);
    const limited = await get(headers);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address, and a token, are counted on their own.
    expect((await get({ "x-forwarded-for": "192.0.2.78" })).status).toBe(200);
  });

  it("answer a token 429 with Retry-After after its per-minute allowance", async () => {
    const { token } = await createApiToken(await createUser(db, { role: "researcher" }), { name: "busy" });
    const headers = { authorization: `Bearer ${token}`, "x-forwarded-for": "192.0.2.77" };
    for (let i = 0; i < API_RATE_LIMITS.perToken; i++) expect((await get(headers)).status).toBe(200);
    const limited = await get(headers);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
