// A real Chromium for browser tests: Debian's by default (/usr/bin/chromium), or CHROMIUM_PATH.
// Test tools' own browser downloads do not work on our machines, hence playwright-core with a system browser.
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";
import { env } from "@/lib/env";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: env().CHROMIUM_PATH,
    headless: true,
    // Background networking reaches for Google's hosts, which the sandboxed machines refuse.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Opens a page whose relative URLs resolve against the app under test. */
export async function openPage(browser: Browser, options: { width?: number; height?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: inject("baseUrl"),
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  return context.newPage();
}

/** Signs in through the sign-in page, as a person would, and returns the page once the app shows `landing`. */
export async function signIn(
  browser: Browser,
  user: { email: string; password: string },
  landing = "/admin",
): Promise<Page> {
  const page = await openPage(browser);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(landing)}`);
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === landing);
  return page;
}
