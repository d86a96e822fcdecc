// An HTTP client for the running app, for the load script and the fault and outage tests that drive many
// editors at once without a browser each: signs in through Auth.js's credentials endpoint and calls server
// actions the way the browser's React runtime does (POST with a Next-Action header and the arguments as JSON),
// reading the action's id from the production build's manifest.
import fs from "node:fs";
import path from "node:path";

export class AppClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** Signs in with email and password; throws unless Auth.js set a session cookie. */
  async signIn(email: string, password: string): Promise<void> {
    const attempt = await this.attemptSignIn(email, password);
    if (!attempt.ok) throw new Error(`Sign-in as ${email} failed (${attempt.refusal}).`);
  }

  /** One sign-in attempt; `refusal` is Auth.js's code for a refused one (`invalid`, `rate_limited`, …). */
  async attemptSignIn(
    email: string,
    password: string,
    headers: Record<string, string> = {},
  ): Promise<{ ok: boolean; refusal?: string }> {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/admin" }),
    });
    await response.body?.cancel();
    if ([...this.cookies.keys()].some((name) => name.endsWith("session-token"))) return { ok: true };
    const location = response.headers.get("location") ?? "";
    const refusal = new URL(location, this.baseUrl).searchParams.get("code") ?? `${response.status} ${location}`;
    return { ok: false, refusal };
  }

  /** Calls a server action by its exported name (from the build's manifest); returns its result and the status. */
  async action<T>(name: string, args: unknown[], page = "/admin"): Promise<{ status: number; result?: T }> {
    const response = await this.request(page, {
      method: "POST",
      headers: {
        "next-action": actionId(name),
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
      },
      body: JSON.stringify(args),
    });
    const text = await response.text();
    return { status: response.status, result: response.ok ? actionResult<T>(text) : undefined };
  }

  /** A request with this client's cookies and a same-origin Origin header (Next.js refuses cross-site actions). */
  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("origin", this.baseUrl);
    if (this.cookies.size > 0)
      headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(new URL(pathname, this.baseUrl), { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
}

let manifest: Record<string, { workers: Record<string, { exportedName?: string }>; exportedName?: string }> | undefined;

/** The id of a server action in the current production build (`.next/server/server-reference-manifest.json`). */
export function actionId(name: string): string {
  manifest ??= JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")).node;
  for (const [id, entry] of Object.entries(manifest ?? {})) {
    const names = [entry.exportedName, ...Object.values(entry.workers).map((worker) => worker.exportedName)];
    if (names.includes(name)) return id;
  }
  throw new Error(`No server action named ${name} in the build: run \`next build\` first.`);
}

/** The action's return value in a React Server Components response: row 0 names the row that holds it. */
function actionResult<T>(text: string): T | undefined {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  const head = rows.get("0");
  if (!head) return undefined;
  const pointer = (JSON.parse(head) as { a?: string }).a;
  const row = pointer?.startsWith("$@") ? rows.get(pointer.slice(2)) : undefined;
  return row === undefined ? undefined : (JSON.parse(row) as T);
}
