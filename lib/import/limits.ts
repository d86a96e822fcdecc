// How big an upload may be, in one place for the server (lib/import) and the browser (the forms check a file's
// size before it is sent). next.config.js sets the server-action body limit above the largest of these.

/** One article file: a news page with its markup fits many times over; a bigger upload is not one article. */
export const ARTICLE_FILE_MAX_BYTES = 2 * 1024 * 1024;
/** A bulk import file: about a thousand articles of text; the one-transaction import should not hold more. */
export const BULK_FILE_MAX_BYTES = 5 * 1024 * 1024;

export function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
