// An article body as stored: plain text with "\n" line endings, and its SHA-256, the key that refuses the same
// text imported twice. Pure (no database) so the seed, the import and tests all hash the same way.
import { createHash } from "node:crypto";

/**
 * "\r\n" and lone "\r" become "\n", and blank space around the text is dropped. Done before hashing and storing,
 * so a file saved on Windows and the same text pasted in a browser are one article, and quote offsets never
 * depend on which line ending the source used.
 */
export function normalizeBody(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

export function bodyHash(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

/** The first non-empty line, as a title when none was given. */
export function firstLine(body: string): string {
  return (
    body
      .split("\n")
      .map((line) => line.trim())
      .find(Boolean)
      ?.slice(0, 200) ?? "Untitled article"
  );
}
