// Reading an article from a plain text file for the command-line tools, with a clear message for what cannot be
// an article: a missing or empty file, or one that is not text (a PDF, an image, a word-processor file).
import fs from "node:fs";

export class ArticleFileError extends Error {
  name = "UserFacingError";
}

export function readArticleFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new ArticleFileError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}.`,
    );
  }
  if (bytes.length === 0 || bytes.toString("utf8").trim() === "")
    throw new ArticleFileError(`${file} is empty: give a plain text file with the article.`);
  // NUL bytes or a share of invalid UTF-8 mean a binary file, not text.
  const text = bytes.toString("utf8");
  const invalid = (text.match(/\uFFFD/g) ?? []).length;
  if (bytes.includes(0) || invalid > Math.max(3, text.length * 0.01)) {
    throw new ArticleFileError(
      `${file} is not a plain text file (it looks binary): save the article as UTF-8 text first.`,
    );
  }
  return text.replace(/\r\n?/g, "\n");
}
