// lib/http.ts: the route handler wrapper's CSRF check and its mapping of AppError to JSON.
import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { appErrorResponse, isSameOrigin, route } from "@/lib/http";

// The session comes from Auth.js inside a Next.js request; here a fixed signed-in editor stands in for it.
const editor = { id: "u1", email: "ed@example.org", name: null, role: "editor" as const };
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => editor }));

const request = (method: string, headers: Record<string, string>) =>
  new Request("http://app.example/api/v1/things", { method, headers });

describe("isSameOrigin", () => {
  it.each([
    [{ host: "app.example", origin: "http://app.example" }, true],
    [{ host: "app.example", origin: "https://evil.example" }, false],
    [{ host: "app.example", origin: "null" }, false],
    [{ host: "app.example", "sec-fetch-site": "cross-site" }, false],
    [{ host: "app.example", "sec-fetch-site": "same-origin" }, true],
    [{ host: "app.example" }, true], // not a browser: it cannot carry a victim's cookies
  ])("%j → %s", (headers, expected) => {
    expect(isSameOrigin(request("POST", headers))).toBe(expected);
  });
});

describe("route()", () => {
  it("refuses a cross-site POST before running the handler", async () => {
    let ran = false;
    const handler = route(async () => {
      ran = true;
      return Response.json({});
    });
    const response = await handler(request("POST", { host: "app.example", origin: "https://evil.example" }), {
      params: Promise.resolve({}),
    });
    expect(ran).toBe(false);
    expect(response.status).toBe(403);
    await expect(response.json()).resolves.toEqual({
      error: { code: "FORBIDDEN", message: "Cross-site requests are refused." },
    });
  });
});

describe("route() on a same-origin request", () => {
  it("hands the handler the session's user and maps an AppError it throws", async () => {
    const handler = route(async (_request, { user }) => {
      if (user?.role !== "admin") throw new AppError("FORBIDDEN", "Admins only.");
      return Response.json({ ok: true });
    });
    const response = await handler(request("POST", { host: "app.example", origin: "http://app.example" }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(403);
    await expect(response.json()).resolves.toEqual({ error: { code: "FORBIDDEN", message: "Admins only." } });
  });

  it("lets an unexpected error through (a bug, answered 500 by Next.js)", async () => {
    const handler = route(async () => {
      throw new TypeError("boom");
    });
    await expect(handler(request("GET", { host: "app.example" }), { params: Promise.resolve({}) })).rejects.toThrow(
      "boom",
    );
  });
});

describe("appErrorResponse", () => {
  it.each([
    ["UNAUTHENTICATED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["INVALID_INPUT", 400],
    ["CONFLICT", 409],
    ["RATE_LIMITED", 429],
  ] as const)("maps %s to %i with { error: { code, message, fields } }", async (code, status) => {
    const response = appErrorResponse(
      new AppError(code, "Nope.", {
        fields: { email: ["Bad"] },
        retryAfterSeconds: code === "RATE_LIMITED" ? 60 : undefined,
      }),
    );
    expect(response.status).toBe(status);
    await expect(response.json()).resolves.toEqual({ error: { code, message: "Nope.", fields: { email: ["Bad"] } } });
    expect(response.headers.get("retry-after")).toBe(code === "RATE_LIMITED" ? "60" : null);
  });
});
