// A session's absolute age limit, whatever its activity.
import { describe, expect, it } from "vitest";
import { SESSION_LIMITS, sessionTooOld } from "@/lib/auth/session-limits";

const now = 2_000_000_000;
const day = 24 * 60 * 60;

describe("sessionTooOld", () => {
  it("keeps a session signed in a day ago, and ends one signed in longer ago than the limit", () => {
    expect(sessionTooOld({ signedInAt: now - day }, now)).toBe(false);
    expect(sessionTooOld({ signedInAt: now - SESSION_LIMITS.absoluteSeconds - 1 }, now)).toBe(true);
  });

  it("measures from the sign-in, not from the token's last re-issue", () => {
    expect(sessionTooOld({ signedInAt: now - SESSION_LIMITS.absoluteSeconds - 1, iat: now - 60 }, now)).toBe(true);
  });

  it("reads a token from before the rule by its issue time", () => {
    expect(sessionTooOld({ iat: now - 60 }, now)).toBe(false);
    expect(sessionTooOld({ iat: now - SESSION_LIMITS.absoluteSeconds - 1 }, now)).toBe(true);
  });
});
