// @vitest-environment jsdom
// The annotation workspace's bridge between DOM positions and body offsets (app/admin/articles/[id]/annotate/
// _components/dom-offsets.ts), on the markup the workspace really renders (ArticleText): plain segments and <mark>s
// for quotes that nest and overlap, over Hangul, emoji (surrogate pairs, ZWJ sequences) and combining marks. Each
// case selects a span the way the browser reports it, reads it back as offsets, and checks the exact text; and the
// other way, shows offsets as the document selection and reads where the browser put it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ArticleText, type Highlight } from "@/app/admin/articles/[id]/annotate/_components/article-text";
import {
  bodyOffsetOf,
  selectBodyRange,
  selectionOffsets,
} from "@/app/admin/articles/[id]/annotate/_components/dom-offsets";

const BODY =
  "정의용 장관은 “종전선언이 평화협정의 입구”라고 말했다. 🇰🇷🇰🇵 Both sides 👨‍👩‍👧 met at Café Panmunjo\u0301m; " +
  "Wang Yi said the declaration is “a first step 🕊 toward peace.”\nA new paragraph follows.";

const span = (text: string) => {
  const start = BODY.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the body`);
  return { start, end: start + text.length };
};

// Quote 1 holds quote 2 (nested); quote 3 overlaps quote 2's end; quote 4 starts right after an emoji.
const HIGHLIGHTS: Highlight[] = [
  { id: 1, ...span("“종전선언이 평화협정의 입구”라고 말했다. 🇰🇷🇰🇵 Both sides"), color: "#fde68a", label: "1" },
  { id: 2, ...span("평화협정의 입구"), color: "#bfdbfe", label: "2" },
  { id: 3, ...span("입구”라고 말했다"), color: "#fecaca", label: "3" },
  { id: 4, ...span("toward peace.”\nA new"), color: "#bbf7d0", label: "4" },
];

let root: HTMLElement;

beforeAll(() => {
  // jsdom has no layout: a Range measures nothing, so selectBodyRange's scrolling has nothing to act on.
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
});

beforeEach(() => {
  const noop = () => {};
  document.body.innerHTML = `<p id="before">Before</p>${renderToStaticMarkup(
    createElement(ArticleText, {
      body: BODY,
      highlights: HIGHLIGHTS,
      draft: null,
      onKeyDown: noop,
      onMouseDown: noop,
      onMouseUp: noop,
      onFocus: noop,
    }),
  )}<p id="after">After</p>`;
  root = document.getElementById("article-text")!;
});

/** The DOM position of a body offset found by walking the text nodes (independently of data-offset). */
function domPoint(offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let passed = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (offset <= passed + length) return { node, offset: offset - passed };
    passed += length;
  }
  throw new Error(`Offset ${offset} is past the text`);
}

function select(start: number, end: number) {
  const from = domPoint(start);
  const to = domPoint(end);
  document.getSelection()!.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}

describe("the rendered text", () => {
  it("is the body, character for character, cut into segments at every quote edge", () => {
    expect(root.textContent).toBe(BODY);
    const marks = [...root.querySelectorAll("mark")].map((mark) => mark.dataset.quoteIds);
    expect(marks).toContain("1 2"); // quote 2 inside quote 1
    expect(marks).toContain("1 2 3"); // the overlap of all three
    expect(root.querySelectorAll("[data-offset]").length).toBe(root.children.length);
  });
});

describe("selectionOffsets", () => {
  it.each([
    "종전선언이",
    "평화협정의 입구",
    "입구”라고", // across the end of quote 2, inside quotes 1 and 3
    "🇰🇷🇰🇵", // two flags, eight UTF-16 units, at a mark's inside
    "👨‍👩‍👧 met", // a ZWJ sequence of five code points
    "Café Panmunjo\u0301m", // a decomposed accent
    "🕊 toward", // a surrogate pair right before a mark
    "peace.”\nA new paragraph", // across a newline and out of a mark
    "“종전선언이 평화협정의 입구”라고 말했다. 🇰🇷🇰🇵 Both sides 👨‍👩‍👧", // from a mark's start to past its end
  ])("reads %j back as its offsets", (text) => {
    const expected = span(text);
    select(expected.start, expected.end);
    const offsets = selectionOffsets(root, BODY.length);
    expect(offsets).toEqual(expected);
    expect(BODY.slice(offsets!.start, offsets!.end)).toBe(text);
  });

  it("reads a selection made backwards the same way", () => {
    const expected = span("평화협정의 입구”라고");
    const from = domPoint(expected.end);
    const to = domPoint(expected.start);
    document.getSelection()!.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    expect(selectionOffsets(root, BODY.length)).toEqual(expected);
  });

  it("clamps a selection that starts before the text or ends after it to the body", () => {
    const before = document.getElementById("before")!.firstChild!;
    const inside = domPoint(span("장관은").end);
    document.getSelection()!.setBaseAndExtent(before, 2, inside.node, inside.offset);
    expect(selectionOffsets(root, BODY.length)).toEqual({ start: 0, end: span("장관은").end });
    const after = document.getElementById("after")!.firstChild!;
    const start = domPoint(span("Wang Yi").start);
    document.getSelection()!.setBaseAndExtent(start.node, start.offset, after, 3);
    expect(selectionOffsets(root, BODY.length)).toEqual({ start: span("Wang Yi").start, end: BODY.length });
  });

  it("gives nothing for a collapsed selection or one outside the text", () => {
    select(10, 10);
    expect(selectionOffsets(root, BODY.length)).toBeNull();
    const before = document.getElementById("before")!.firstChild!;
    document.getSelection()!.setBaseAndExtent(before, 0, before, 4);
    expect(selectionOffsets(root, BODY.length)).toBeNull();
  });
});

describe("bodyOffsetOf on element positions", () => {
  it("reads a position between segments and at a segment's edges", () => {
    const mark = root.querySelector<HTMLElement>('mark[data-quote-ids="1 2 3"]')!;
    const index = [...root.children].indexOf(mark);
    const start = Number(mark.dataset.offset);
    expect(BODY.slice(start, start + mark.textContent!.length)).toBe("입구");
    expect(bodyOffsetOf(root, root, index, BODY.length)).toBe(start);
    expect(bodyOffsetOf(root, mark, 0, BODY.length)).toBe(start);
    expect(bodyOffsetOf(root, mark, 1, BODY.length)).toBe(start + "입구".length);
    expect(bodyOffsetOf(root, root, root.children.length, BODY.length)).toBe(BODY.length);
  });
});

describe("selectBodyRange", () => {
  it.each([
    ["forwards", "Both sides 👨‍👩‍👧"],
    ["backwards", "말했다. 🇰🇷🇰🇵"],
    ["across the newline", "peace.”\nA new"],
  ])("shows a span %s as the document selection", (direction, text) => {
    const { start, end } = span(text);
    const [anchor, focus] = direction === "backwards" ? [end, start] : [start, end];
    selectBodyRange(root, anchor, focus);
    const selection = document.getSelection()!;
    expect(bodyOffsetOf(root, selection.anchorNode!, selection.anchorOffset, BODY.length)).toBe(anchor);
    expect(bodyOffsetOf(root, selection.focusNode!, selection.focusOffset, BODY.length)).toBe(focus);
    expect(selection.toString()).toBe(text);
    expect(selectionOffsets(root, BODY.length)).toEqual({ start, end });
  });
});
