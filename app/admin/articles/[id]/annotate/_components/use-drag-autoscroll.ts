"use client";
// A mouse drag that reaches the top or bottom edge of the text box scrolls it, faster the further past the edge
// the pointer is, and keeps extending the selection to the text now under the pointer, so a quote whose end
// lies below the fold can be selected in one drag.
import { useEffect, type RefObject } from "react";

/** How close to the edge (px) the scrolling starts, and its fastest step per frame. */
const EDGE = 32;
const FASTEST = 40;

export function useDragAutoscroll(rootRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let pointer: { x: number; y: number } | null = null;
    let frame = 0;

    const step = () => {
      frame = 0;
      if (!pointer) return;
      const box = root.getBoundingClientRect();
      const overTop = box.top + EDGE - pointer.y;
      const overBottom = pointer.y - (box.bottom - EDGE);
      const distance = overTop > 0 ? -overTop : overBottom > 0 ? overBottom : 0;
      if (distance === 0) return;
      const before = root.scrollTop;
      root.scrollTop += Math.sign(distance) * Math.min(FASTEST, 4 + Math.abs(distance) / 2);
      if (root.scrollTop === before) return;
      extendSelectionTo(root, pointer.x, Math.min(Math.max(pointer.y, box.top + 4), box.bottom - 4));
      frame = requestAnimationFrame(step);
    };
    const onMove = (event: MouseEvent) => {
      if ((event.buttons & 1) === 0) return stop();
      pointer = { x: event.clientX, y: event.clientY };
      if (!frame) frame = requestAnimationFrame(step);
    };
    const stop = () => {
      pointer = null;
      cancelAnimationFrame(frame);
      frame = 0;
      document.removeEventListener("mousemove", onMove);
      document.removeEventListener("mouseup", stop);
    };
    const onDown = (event: MouseEvent) => {
      if (event.button !== 0) return;
      document.addEventListener("mousemove", onMove);
      document.addEventListener("mouseup", stop);
    };
    root.addEventListener("mousedown", onDown);
    return () => {
      root.removeEventListener("mousedown", onDown);
      stop();
    };
  }, [rootRef]);
}

function extendSelectionTo(root: HTMLElement, x: number, y: number): void {
  const selection = document.getSelection();
  const caret = document.caretPositionFromPoint(x, y);
  if (!selection || selection.rangeCount === 0 || !caret || !root.contains(caret.offsetNode)) return;
  selection.extend(caret.offsetNode, caret.offset);
}
