// A person's page address from their name: "Moon Jae-in" → "moon-jae-in", accents dropped ("Ri Son-gwŏn" →
// "ri-son-gwon"). Pure: the seed uses it too. A name with no Latin letters at all gives "" (the caller picks a fallback).
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
