// An uploaded file read as text, or refused with a message that names the problem: too large, not text at all (a
// PDF, a Word file, an image: they hold NUL bytes), UTF-16 rather than UTF-8, or bytes that are not valid UTF-8.
// Decoding leniently would store U+FFFD replacement characters in place of the text the editor meant.
import { AppError } from "@/lib/errors";
import { describeBytes } from "@/lib/import/limits";

export async function readTextFile(file: File, options: { field: string; maxBytes: number }): Promise<string> {
  const refuse = (message: string) =>
    new AppError("INVALID_INPUT", message, { fields: { [options.field]: [message] } });
  if (file.size > options.maxBytes)
    throw refuse(
      `${file.name} is ${describeBytes(file.size)}; files up to ${describeBytes(options.maxBytes)} are accepted.`,
    );
  const bytes = new Uint8Array(await file.arrayBuffer());
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw refuse(`${file.name} is UTF-16 text: save it as UTF-8 and upload it again.`);
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw refuse(
      `${file.name} is not a text file (it holds a NUL byte at position ${nul}, as PDF, Word and image files do): ` +
        "upload the text itself as .txt, .md or .html.",
    );
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw refuse(
      `${file.name} is not valid UTF-8 text (byte ${at}, 0x${bytes[at].toString(16).padStart(2, "0")}, starts no ` +
        "character): save it as UTF-8 and upload it again.",
    );
  }
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    const point =
      length === 3
        ? ((lead & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6)
        : length === 4
          ? ((lead & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12)
          : 0x80;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (
      (length === 3 && (point < 0x800 || (point >= 0xd800 && point <= 0xdfff))) ||
      (length === 4 && (point < 0x10000 || point > 0x10ffff))
    )
      return i;
    i += length;
  }
  return bytes.length;
}
