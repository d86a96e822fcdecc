// How names are compared when an editor looks a person up: without case, accents, hyphens, spaces or dots, so
// "Chung Eui yong", "chung eui-yong" and "ChungEuiYong" find "Chung Eui-yong", and "Jose" finds "José". Hangul
// and Hanzi pass through unchanged. The same folding in JavaScript (for the query) and in SQL (for the rows).
import { Prisma } from "@/lib/generated/prisma/client";

/** The query folded: decomposed, marks dropped, recomposed, lower case, without separators. */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—'’.·]/g, "");
}

const ACCENTED = "áàâäãåāăąéèêëēėęěíìîïīįóòôöõøōőúùûüūůűųýÿñńňçćčďđğłľřśšşţťžźżı";
// The same letters without their marks; ø, đ, ł and ı have none to drop and are spelled out.
const BASE: Record<string, string> = { ø: "o", đ: "d", ł: "l", ı: "i" };
const PLAIN = [...ACCENTED].map((letter) => BASE[letter] ?? letter.normalize("NFD")[0]).join("");

/** The same folding of a name column in SQL (PostgreSQL's translate and regexp_replace, no extension needed). */
export function nameKeySql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`regexp_replace(translate(lower(${column}), ${ACCENTED}, ${PLAIN}), '[[:space:]‐‑‒–—''’.·-]', '', 'g')`;
}
