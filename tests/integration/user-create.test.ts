// `npm run user:create` as a child process against this file's test database.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

function userCreate(args: string[], stdin?: string) {
  const result = spawnSync("npm", ["run", "--silent", "user:create", "--", ...args], {
    encoding: "utf8",
    input: stdin,
    env: { ...process.env, NODE_ENV: "development" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replace(/npm warn.*\n/g, "") };
}

describe("npm run user:create", () => {
  it("creates a user with a password from stdin, and records it in the audit trail", () => {
    const result = userCreate(
      ["--email", "Ana@Example.org", "--name", "Ana", "--role", "editor", "--password-stdin"],
      "a long enough password\n",
    );
    expect(result).toMatchObject({ status: 0, stdout: "Created ana@example.org (editor).\n" });
    expect(result.stdout + result.stderr).not.toContain("a long enough password");
  });

  it("wrote the user and an audit event without the password", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect(user).toMatchObject({ name: "Ana", role: "editor", active: true });
    expect(await verifyPassword(user.passwordHash!, "a long enough password")).toBe(true);
    const events = await db.auditEvent.findMany({ where: { entityType: "User", entityId: user.id } });
    expect(events).toMatchObject([
      { action: "create", actorId: null, after: { email: "ana@example.org", role: "editor" } },
    ]);
    expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toContain("argon2");
  });

  it("updates an existing user's role and password, ending their sessions", async () => {
    const result = userCreate(["--email", "ana@example.org", "--role", "admin", "--password", "another long password"]);
    expect(result).toMatchObject({ status: 0, stdout: "Updated ana@example.org (admin).\n" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect(user).toMatchObject({ role: "admin", name: "Ana", sessionVersion: 1 });
    expect(await verifyPassword(user.passwordHash!, "another long password")).toBe(true);
  });

  it.each([
    [["--email", "not-an-email", "--password", "a long enough password"], /--email: Enter an email address/],
    [
      ["--email", "bo@example.org", "--role", "boss", "--password", "a long enough password"],
      /--role: use one of researcher, editor, admin/,
    ],
    [["--email", "bo@example.org", "--password", "short"], /--password: Use at least 10 characters/],
    [["--email", "bo@example.org"], /A new user needs a password/],
    [["--email", "bo@example.org", "--colour", "red"], /Unknown option '--colour'/],
  ])("refuses %j with a clear message", (args, message) => {
    const result = userCreate(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it("refuses a password that is easy to guess, saying why, and creates nobody", async () => {
    const result = userCreate(
      ["--email", "weak@example.org", "--role", "editor", "--password-stdin"],
      "password1234\n",
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("too easy to guess");
    expect(await db.user.findUnique({ where: { email: "weak@example.org" } })).toBeNull();
  });
});
