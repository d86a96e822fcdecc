// Between DOM positions and body offsets. The article text is a flat list of segment elements, each holding one
// text node and a data-offset attribute with the body offset where it starts, so a (node, offset) pair from the
// Selection API becomes a body offset by one addition, and a body offset becomes a DOM position by a binary
// search over the segments.

/** The body offset of a DOM position inside `root`, clamped to the body when the position lies outside it. */
export function bodyOffsetOf(root: HTMLElement, node: Node, offset: number, bodyLength: number): number {
  if (!root.contains(node)) {
    return root.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING ? 0 : bodyLength;
  }
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement?.closest<HTMLElement>("[data-offset]");
    return segment ? Number(segment.dataset.offset) + offset : 0;
  }
  const element = node as HTMLElement;
  if (element.dataset.offset !== undefined) {
    return Number(element.dataset.offset) + (offset === 0 ? 0 : (element.textContent?.length ?? 0));
  }
  const child = element.childNodes[offset] as HTMLElement | undefined;
  return child?.dataset?.offset !== undefined ? Number(child.dataset.offset) : bodyLength;
}

/** Reads the document selection as body offsets, or null when it is collapsed or not in `root`. */
export function selectionOffsets(root: HTMLElement, bodyLength: number): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const start = bodyOffsetOf(root, range.startContainer, range.startOffset, bodyLength);
  const end = bodyOffsetOf(root, range.endContainer, range.endOffset, bodyLength);
  return start < end ? { start, end } : null;
}

/** The DOM position of a body offset: the text node of the segment holding it. */
function domPosition(root: HTMLElement, offset: number): { node: Node; offset: number } | null {
  const segments = root.children;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (Number((segments[middle] as HTMLElement).dataset.offset) <= offset) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low] as HTMLElement | undefined;
  const text = segment?.firstChild;
  if (!segment || !text) return null;
  return { node: text, offset: Math.min(offset - Number(segment.dataset.offset), text.textContent?.length ?? 0) };
}

/**
 * Shows the selection from `anchor` to `focus` (either way round) as the document selection, and scrolls the
 * focus, the end that moves, into view: inside the text box first, then in the window.
 */
export function selectBodyRange(root: HTMLElement, anchor: number, focus: number): void {
  const from = domPosition(root, anchor);
  const to = domPosition(root, focus);
  const selection = document.getSelection();
  if (!from || !to || !selection) return;
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  reveal(root, to);
}

function reveal(root: HTMLElement, position: { node: Node; offset: number }): void {
  const range = document.createRange();
  range.setStart(position.node, position.offset);
  range.collapse(true);
  const rects = range.getClientRects();
  const box = rects.length > 0 ? rects[0] : position.node.parentElement?.getBoundingClientRect();
  if (!box) return;
  const frame = root.getBoundingClientRect();
  const margin = 24;
  if (box.top < frame.top + margin || box.bottom > frame.bottom - margin) {
    root.scrollTop += box.top - (frame.top + frame.height / 2);
  }
  const moved = rects.length > 0 ? range.getClientRects()[0] : box;
  if (moved.top < 0 || moved.bottom > window.innerHeight) {
    window.scrollBy({ top: moved.top - window.innerHeight / 2 });
  }
}
