// Signing in as each role in Chromium and seeing only what the role may; signing out; the wrong-password
// message; security headers and CSRF refusals over HTTP against the running app.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, openPage } from "../support/browser";
import { createUser } from "../support/users";

let browser: Browser;
/** Anything the browser reports as blocked by the Content-Security-Policy, on any page these tests open. */
const cspViolations: string[] = [];
let db: PrismaClient;
const users: Record<"editor" | "researcher", { email: string; password: string }> = {} as never;

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"));
  users.editor = await createUser(db, { role: "editor" });
  users.researcher = await createUser(db, { role: "researcher" });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function newPage(): Promise<Page> {
  const page = await openPage(browser);
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return page;
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/admin");
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signInAs(role: "admin" | "editor" | "researcher"): Promise<Page> {
  const page = await newPage();
  const { email, password } =
    role === "admin" ? { email: inject("adminEmail"), password: inject("adminPassword") } : users[role];
  await signIn(page, email, password);
  await page.waitForURL(/\/admin$/);
  await expect(page.getByTestId("current-role").textContent()).resolves.toBe(role);
  return page;
}

// (Next.js's route announcer is a role=alert too, hence the form scope.)
const signInMessage = (page: Page) =>
  page.getByRole("form", { name: "Sign in with email and password" }).getByRole("alert");
const nav = (page: Page) => page.getByRole("navigation", { name: "Admin" });

describe("signing in", () => {
  it("as admin: sees users and the audit trail", async () => {
    const page = await signInAs("admin");
    await expect(nav(page).getByRole("link", { name: "Users" }).count()).resolves.toBe(1);
    await expect(nav(page).getByRole("link", { name: "Audit trail" }).count()).resolves.toBe(1);
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Users" }).count()).resolves.toBe(1);
    await expect(page.getByTestId(`user-row-${users.editor.email}`).count()).resolves.toBe(1);
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Audit trail" }).count()).resolves.toBe(1);
    await expect(page.getByTestId("audit-event").count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it("as editor: no users page, no audit trail", async () => {
    const page = await signInAs("editor");
    await expect(nav(page).getByRole("link", { name: "Users" }).count()).resolves.toBe(0);
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Not available to your role" }).count()).resolves.toBe(1);
    await expect(page.getByRole("table").count()).resolves.toBe(0);
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Not available to your role" }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it("as researcher: no users page, no edit controls, sees their role on My account", async () => {
    const page = await signInAs("researcher");
    await expect(nav(page).getByRole("link", { name: "Users" }).count()).resolves.toBe(0);
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Not available to your role" }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: /Deactivate|Change|Add user|Restore/ }).count()).resolves.toBe(0);
    await page.goto("/admin/account");
    await expect(page.getByTestId("account-role").textContent()).resolves.toBe("researcher");
    await page.context().close();
  });

  it("signs out", async () => {
    const page = await signInAs("editor");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto("/admin");
    await page.waitForURL(/\/sign-in/);
    await page.context().close();
  });

  it("shows one message for a wrong password and an unknown email", async () => {
    const page = await newPage();
    await signIn(page, users.researcher.email, "not the password");
    await expect(signInMessage(page).textContent()).resolves.toBe("Wrong email or password.");
    await signIn(page, "nobody@example.org", "not the password");
    await expect(signInMessage(page).textContent()).resolves.toBe("Wrong email or password.");
    await page.context().close();
  });

  it("ends the session on the next request once an admin deactivates the user", async () => {
    const user = await createUser(db, { role: "editor" });
    const page = await newPage();
    await signIn(page, user.email, user.password);
    await page.waitForURL(/\/admin$/);
    await db.user.update({ where: { id: user.id }, data: { active: false, sessionVersion: { increment: 1 } } });
    await page.goto("/admin/account");
    await page.waitForURL(/\/sign-in/);
    await page.context().close();
  });
});

it("ran every page above without a Content-Security-Policy violation", () => {
  expect(cspViolations).toEqual([]);
});

describe("over HTTP", () => {
  it("sends the security headers", async () => {
    const response = await fetch(`${inject("baseUrl")}/sign-in`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("redirects /admin to sign-in without a session cookie", async () => {
    const response = await fetch(`${inject("baseUrl")}/admin/users`, { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("/sign-in?callbackUrl=%2Fadmin%2Fusers");
  });

  it("refuses an Auth.js sign-in without its CSRF token", async () => {
    const response = await fetch(`${inject("baseUrl")}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
      body: new URLSearchParams({ email: inject("adminEmail"), password: inject("adminPassword") }),
    });
    expect(response.headers.getSetCookie().some((c) => c.includes("session-token"))).toBe(false);
    expect(response.headers.get("location") ?? "").toMatch(/error=MissingCSRF/);
  });

  it("refuses a server action posted from another origin (and accepts the same post from this one)", async () => {
    const post = async (origin: string) => {
      // The sign-in form exactly as the page renders it (its hidden action fields), plus the credentials.
      const html = await fetch(`${inject("baseUrl")}/sign-in`).then((r) => r.text());
      const form = new FormData();
      for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
        form.set(name!, (value ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
      }
      form.set("email", users.researcher.email);
      form.set("password", users.researcher.password);
      const response = await fetch(`${inject("baseUrl")}/sign-in`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: origin },
        body: form,
      });
      const cookie = response.headers.getSetCookie().find((c) => c.includes("session-token="));
      return { status: response.status, signedIn: Boolean(cookie), cookie };
    };
    const attack = await post("https://evil.example");
    expect(attack.signedIn).toBe(false);
    expect(attack.status).toBeGreaterThanOrEqual(400);
    const own = await post(inject("baseUrl"));
    expect(own).toMatchObject({ status: 303, signedIn: true });
    expect(own.cookie).toMatch(/; HttpOnly/i);
    expect(own.cookie).toMatch(/; SameSite=Lax/i);
  });
});
