// An uploaded file or a fetched page, turned into an article body and a suggested title, by its kind: HTML is
// reduced to readable text, Markdown loses its markup, plain text is kept as it is. Pure: no database.
import { AppError } from "@/lib/errors";
import { htmlTitle, htmlToText } from "@/lib/import/html-to-text";
import { markdownToText } from "@/lib/import/markdown-to-text";
import { ARTICLE_FILE_MAX_BYTES } from "@/lib/import/limits";

export type DocumentKind = "html" | "markdown" | "text";

/** A fetched page is held to the size of an uploaded article file. */
export const DOCUMENT_MAX_BYTES = ARTICLE_FILE_MAX_BYTES;

const KIND_BY_EXTENSION: Record<string, DocumentKind> = {
  html: "html",
  htm: "html",
  md: "markdown",
  markdown: "markdown",
  txt: "text",
  text: "text",
};

const KIND_BY_MEDIA_TYPE: Record<string, DocumentKind> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/plain": "text",
};

/** The kind of an uploaded file, by its name's extension; INVALID_INPUT for anything but .txt, .md and .html. */
export function kindOfFile(fileName: string): DocumentKind {
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? "";
  const kind = KIND_BY_EXTENSION[extension];
  if (!kind)
    throw new AppError("INVALID_INPUT", "Upload a .txt, .md or .html file.", {
      fields: { file: ["Upload a .txt, .md or .html file"] },
    });
  return kind;
}

/** The kind of a fetched page, by its Content-Type; null for media types that are not text. */
export function kindOfMediaType(contentType: string | null): DocumentKind | null {
  const mediaType = (contentType ?? "text/html").split(";")[0].trim().toLowerCase();
  return KIND_BY_MEDIA_TYPE[mediaType] ?? null;
}

export function documentToText(kind: DocumentKind, content: string): { body: string; title: string | null } {
  if (kind === "html") return { body: htmlToText(content), title: htmlTitle(content) };
  if (kind === "markdown") return { body: markdownToText(content), title: null };
  return { body: content, title: null };
}
