// HTML (an uploaded file or a fetched page) reduced to the article's readable text. The HTML is only parsed,
// never executed or rendered: html-to-text tokenizes it with htmlparser2 (pure JavaScript, no DOM, no scripts)
// and writes plain text. Script, style and page furniture (navigation, header, footer, forms) are skipped, and
// when the page marks its content with <article> or <main> only that part is kept.
import { convert, type HtmlToTextOptions } from "html-to-text";

const SKIPPED = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "canvas",
  "head",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "textarea",
  "img",
  "picture",
  "video",
  "audio",
];

const BASE_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...SKIPPED.map((selector) => ({ selector, format: "skip" })),
    // Links keep their text only: the article's words are what editors quote, not its link targets.
    { selector: "a", options: { ignoreHref: true } },
    // Headings as written, not upper-cased (html-to-text's default), so the text matches the page.
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "table", format: "dataTable" },
  ],
};

/** The readable text of an HTML document, paragraphs separated by a blank line. */
export function htmlToText(html: string): string {
  for (const container of ["article", "main"]) {
    const text = convertWithin(html, container);
    if (text) return text;
  }
  return tidy(convert(html, BASE_OPTIONS));
}

/** The document's <title>, as a default title for the article; null when it has none. */
export function htmlTitle(html: string): string | null {
  const text = convert(html, {
    ...BASE_OPTIONS,
    selectors: [],
    baseElements: { selectors: ["title"], returnDomByDefault: false },
  });
  return tidy(text) || null;
}

function convertWithin(html: string, selector: string): string {
  return tidy(convert(html, { ...BASE_OPTIONS, baseElements: { selectors: [selector], returnDomByDefault: false } }));
}

// Lines of only spaces become empty, and runs of blank lines one, so paragraphs are separated evenly.
function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+$/g, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
