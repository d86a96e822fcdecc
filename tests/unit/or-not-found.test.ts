// A page that loads a missing record shows Next's 404 page; any other failure still reaches the error page.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { orNotFound } from "@/lib/or-not-found";

describe("orNotFound", () => {
  it("passes the record through", async () => {
    await expect(orNotFound(Promise.resolve({ id: 3 }))).resolves.toEqual({ id: 3 });
  });

  it("turns NOT_FOUND into Next's 404", async () => {
    const thrown = await orNotFound(Promise.reject(new AppError("NOT_FOUND", "No such article."))).catch((e) => e);
    expect(thrown).not.toBeInstanceOf(AppError);
    expect(String((thrown as { digest?: string }).digest)).toContain("404");
  });

  it("lets other errors through unchanged", async () => {
    const forbidden = new AppError("FORBIDDEN", "No.");
    await expect(orNotFound(Promise.reject(forbidden))).rejects.toBe(forbidden);
  });
});
