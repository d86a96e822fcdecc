// Which new passwords are refused as too easy to guess, and that the refusal says why.
import { describe, expect, it } from "vitest";
import { passwordWeakness } from "@/lib/users/password-strength";
import { passwordSchema } from "@/lib/users/schemas";

describe("passwordWeakness", () => {
  it.each(["password1234", "qwertyuiop12", "letmein12345", "1111111111", "Password123!"])(
    "refuses %s, with advice",
    (password) => {
      expect(passwordWeakness(password)).toMatch(/^This password is too easy to guess\. \S/);
    },
  );

  it.each(["correct horse battery staple", "a brand new passphrase", "Vq7#mR2!xL9p", "tidal-oboe-lantern-47"])(
    "accepts %s",
    (password) => {
      expect(passwordWeakness(password)).toBeNull();
    },
  );

  it("is part of the password schema that every form and the command line use", () => {
    const parsed = passwordSchema.safeParse("password1234");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toMatch(/too easy to guess/);
  });
});
