// What an admin address names, for the not-found page to say what was missing ("article 9999"), not just "404".
// Pure and browser-safe: the not-found page knows only the path.

const NOUNS: Record<string, string> = {
  articles: "article",
  people: "person",
  countries: "country",
  "country-stances": "country stance record",
  outlets: "outlet",
  organizations: "organization",
  users: "user",
  codebook: "codebook entry",
  history: "record history",
  review: "review item",
  "double-coding": "double coding",
  agreement: "agreement report",
};

export function describeMissing(pathname: string): string {
  const [section, id] = pathname
    .replace(/^\/admin\/?/, "")
    .split("/")
    .map(decodeURIComponent);
  const noun = section ? NOUNS[section] : undefined;
  if (!noun) return `the page ${pathname}`;
  return id ? `${noun} ${id}` : `this ${noun} page`;
}
