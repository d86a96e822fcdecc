// One article from the import page: pasted text, an uploaded .txt/.md/.html file, or a page fetched from its
// URL. Each source becomes the body (and perhaps a title), then the fields go through the one article schema
// and createArticle, which refuses duplicates and records the audit event.
import "server-only";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { firstLine, normalizeBody } from "@/lib/articles/body";
import { createArticle, type CreatedArticle } from "@/lib/articles/create-article";
import { articleInputSchema, articleUrlSchema } from "@/lib/articles/schemas";
import { documentToText, kindOfFile, kindOfMediaType } from "@/lib/import/document-to-text";
import { ARTICLE_FILE_MAX_BYTES } from "@/lib/import/limits";
import { readTextFile } from "@/lib/import/read-text-file";
import { fetchDocument, type FetchOptions } from "@/lib/import/fetch-url";

export type ArticleSource = { type: "text" } | { type: "file"; file: File } | { type: "url" };

/** The article's fields as the form sent them; `body` is used only when the source is pasted text. */
export type ArticleFormFields = Partial<
  Record<"title" | "body" | "outlet" | "author" | "publishedOn" | "url" | "language", unknown>
>;

export async function importArticle(
  actor: SessionUser | null,
  fields: ArticleFormFields,
  source: ArticleSource,
  fetchOptions: FetchOptions = {},
): Promise<CreatedArticle> {
  // Checked before anything is read or fetched: an anonymous caller must not make the server fetch pages.
  assertCan(actor, "article.import");
  const document = await readSource(fields, source, fetchOptions);
  const body = normalizeBody(document.body);
  const title = blank(fields.title) ? (document.title ?? (body ? firstLine(body) : undefined)) : fields.title;
  const input = parseInput(articleInputSchema, { ...fields, title, body });
  return createArticle(actor, input);
}

async function readSource(fields: ArticleFormFields, source: ArticleSource, fetchOptions: FetchOptions) {
  if (source.type === "text") return { body: typeof fields.body === "string" ? fields.body : "", title: null };
  if (source.type === "file") {
    const kind = kindOfFile(source.file.name);
    return documentToText(kind, await readTextFile(source.file, { field: "file", maxBytes: ARTICLE_FILE_MAX_BYTES }));
  }
  const url = parseInput(articleUrlSchema, fields.url);
  const fetched = await fetchDocument(url, fetchOptions);
  const kind = kindOfMediaType(fetched.contentType);
  if (!kind) {
    const message = `The address gives ${fetched.contentType ?? "an unknown type of content"}, not a web page or text.`;
    throw new AppError("INVALID_INPUT", message, { fields: { url: [message] } });
  }
  return documentToText(kind, fetched.text);
}

const blank = (value: unknown): boolean => typeof value !== "string" || value.trim() === "";
