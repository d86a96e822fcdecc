// Markdown reduced to the text a reader sees, so editors quote words and not markup: "**yes**" would otherwise
// sit inside a quote's offsets. A handful of line-based rules for what news copy in Markdown uses (headings,
// emphasis, links, images, code, block quotes, rules); list markers stay, since they read as text. Anything
// else is kept as written rather than guessed at. Nothing here interprets HTML: tags stay literal text.

const RULES: [RegExp, string][] = [
  [/^```[^\n]*$/gm, ""], // code fence lines (the code itself stays)
  [/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, "$1"], // ATX headings
  [/^(.+)\n(=+|-+)[ \t]*$/gm, "$1"], // setext headings
  [/^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, ""], // horizontal rules
  [/^ {0,3}>[ \t]?/gm, ""], // block quote markers
  [/^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, ""], // link reference definitions
  [/!\[([^\]\n]*)\]\([^)\n]*\)/g, "$1"], // images keep their alt text
  [/\[([^\]\n]+)\]\([^)\n]*\)/g, "$1"], // inline links keep their text
  [/\[([^\]\n]+)\]\[[^\]\n]*\]/g, "$1"], // reference links keep their text
  [/`([^`\n]+)`/g, "$1"], // inline code
  [/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, "$2"], // strong
  [/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, "$1$2"], // emphasis with *
  [/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2"], // emphasis with _ (not inside snake_case words)
  [/\\([\\`*_{}[\]()#+\-.!>])/g, "$1"], // backslash escapes
];

export function markdownToText(markdown: string): string {
  let text = markdown.replace(/\r\n?/g, "\n");
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  return text.replace(/\n{3,}/g, "\n\n").trim();
}
