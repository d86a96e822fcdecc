// The read API's CORS over HTTP, against the built app: proxy.ts runs for its preflights only (its matcher names
// them by their Access-Control-Request-Method header), so a browser on another site may still ask before a GET
// with an Authorization header, and the GET itself (answered by lib/api/route.ts alone) carries the CORS headers.
import { describe, expect, inject, it } from "vitest";
import { CORS_HEADERS, CORS_PREFLIGHT_HEADERS } from "@/lib/api/cors";

const preflight = (path: string) =>
  fetch(`${inject("baseUrl")}${path}`, {
    method: "OPTIONS",
    headers: {
      Origin: "https://analysis.example.org",
      "Access-Control-Request-Method": "GET",
      "Access-Control-Request-Headers": "authorization",
    },
  });

describe("CORS of the read API", () => {
  it("answers a preflight of a list, of a record and of an unknown path with the preflight headers", async () => {
    for (const path of ["/api/v1/stances?limit=1", "/api/v1/quotes/1", "/api/v1/no-such-list"]) {
      const response = await preflight(path);
      expect(response.status, path).toBe(204);
      for (const [name, value] of Object.entries(CORS_PREFLIGHT_HEADERS))
        expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
    }
  });

  it("sends the CORS headers with a cross-origin GET, its rate limit included", async () => {
    const response = await fetch(`${inject("baseUrl")}/api/v1/countries`, {
      headers: { Origin: "https://analysis.example.org" },
    });
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(CORS_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get("x-ratelimit-limit")).toMatch(/^\d+$/);
  });
});
