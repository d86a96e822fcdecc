"use client";
// The review queue from the keyboard: j/k move between items, a approves the current one, r goes to its return
// comment (Ctrl+Enter there returns it), o opens it in the annotation workspace, ? lists the keys. Approving and
// returning by key call the action directly and mark the item done in place, then move on to the next item: the
// page is not fetched again. The items themselves are rendered on the server (ReviewItemCard for new work,
// RevisionItemCard for corrections of published records) and marked with data attributes that say what this layer
// may do with them. A body correction's re-anchored quotes need a decision each (radio groups in the card): `a`
// goes to the first undecided one, and Ctrl+Enter approves once all are decided.
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ShortcutsDialog } from "@/components/ui/shortcuts-dialog";
import { approveItemAction, approveRevisionItemAction, returnItemAction, returnRevisionItemAction } from "../actions";

const KEYS: [string, string][] = [
  ["j / k", "next / previous item"],
  ["a", "approve the item (an override asks for its reason, a body correction for its quote decisions first)"],
  ["r", "write a return comment; Ctrl+Enter returns the item"],
  ["o", "open the quote (or the corrected record) for editing"],
  ["Ctrl+Enter", "in an override reason or a quote decision: approve"],
  ["Esc", "from a comment, back to the item"],
  ["?", "all keys"],
];

const ITEM = "[data-review-item]";

export function ReviewKeys({ children }: { children: React.ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [notice, setNotice] = useState<{ text: string; tone: "status" | "alert" } | null>(null);

  const items = useCallback(
    () => [...(root.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])].filter((item) => !item.dataset.done),
    [],
  );
  const current = useCallback(() => {
    const active = document.activeElement;
    return active instanceof HTMLElement ? active.closest<HTMLElement>(ITEM) : null;
  }, []);
  const focusItem = useCallback((item: HTMLElement | undefined) => {
    if (!item) return false;
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
    return true;
  }, []);

  const decide = useCallback(
    async (item: HTMLElement, decision: "approve" | "return", text?: string) => {
      const next = items()[items().indexOf(item) + 1];
      item.setAttribute("aria-busy", "true");
      const result = await send(item, decision, text ?? "").catch(() => null);
      item.removeAttribute("aria-busy");
      if (!result?.ok) {
        setNotice({
          text: result?.message ?? "The server did not answer; nothing was changed. Try again.",
          tone: "alert",
        });
        return;
      }
      const done =
        decision === "approve"
          ? "Approved and published."
          : item.dataset.kind === "revision"
            ? "Returned to its editors."
            : "Returned to its author.";
      item.dataset.done = done;
      setNotice({ text: `${item.getAttribute("aria-label") ?? "Item"}: ${done}`, tone: "status" });
      if (!focusItem(next)) root.current?.querySelector<HTMLElement>("[data-review-more]")?.focus();
    },
    [items, focusItem],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      const item = current();
      if (target instanceof HTMLTextAreaElement && item && target.name === "comment") {
        if (event.key === "Enter" && event.ctrlKey) {
          event.preventDefault();
          void decide(item, "return", target.value);
        } else if (event.key === "Escape") {
          event.preventDefault();
          focusItem(item);
        }
        return;
      }
      const approving =
        target instanceof HTMLInputElement && (target.name === "overrideReason" || target.name.startsWith("decision-"));
      if (approving && item) {
        if (event.key === "Enter" && event.ctrlKey) {
          event.preventDefault();
          const undecided = firstUndecided(item);
          if (undecided) {
            undecided.focus();
            return setNotice({ text: "Decide each re-anchored quote first (arrow keys choose).", tone: "alert" });
          }
          void decide(item, "approve");
        } else if (event.key === "Escape") {
          event.preventDefault();
          focusItem(item);
        }
        return;
      }
      if (event.ctrlKey || isTyping(target)) return;
      const list = items();
      const index = item ? list.indexOf(item) : -1;
      switch (event.key) {
        case "j":
        case "k": {
          event.preventDefault();
          const step = event.key === "j" ? 1 : -1;
          const moved = focusItem(list[index === -1 ? 0 : index + step]);
          if (!moved && step === 1) root.current?.querySelector<HTMLElement>("[data-review-more]")?.focus();
          return;
        }
        case "a": {
          if (!item) return;
          event.preventDefault();
          if (item.dataset.approval === "refused")
            return setNotice({ text: "You contributed to this: a second editor must approve it.", tone: "alert" });
          if (item.dataset.approval === "blocked")
            return setNotice({ text: item.dataset.blocked ?? "This cannot be approved now.", tone: "alert" });
          if (item.dataset.approval === "none")
            return setNotice({ text: "Returned work is sent for review again, not approved.", tone: "alert" });
          const undecided = firstUndecided(item);
          if (undecided) {
            undecided.focus();
            return setNotice({
              text: "Decide each re-anchored quote (arrow keys choose, Tab to the next), then Ctrl+Enter.",
              tone: "status",
            });
          }
          if (item.dataset.approval === "override") {
            item.querySelector<HTMLInputElement>("input[name=overrideReason]")?.focus();
            return setNotice({ text: "Give the reason for the override, then Ctrl+Enter.", tone: "status" });
          }
          return void decide(item, "approve");
        }
        case "r":
          if (!item) return;
          event.preventDefault();
          item.querySelector<HTMLTextAreaElement>("textarea[name=comment]")?.focus();
          return;
        case "o": {
          const link = item?.querySelector<HTMLAnchorElement>("a[data-review-open]");
          if (!link) return;
          event.preventDefault();
          router.push(link.getAttribute("href") ?? "/admin/review");
          return;
        }
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [current, decide, focusItem, items, router]);

  return (
    <div ref={root}>
      <p
        role={notice?.tone === "alert" ? "alert" : "status"}
        data-testid="review-notice"
        className={`min-h-6 text-sm ${notice?.tone === "alert" ? "text-red-700" : "text-slate-700"}`}
      >
        {notice?.text ?? "j / k move, a approves, r returns with a comment, o opens; ? for all keys."}
      </p>
      {children}
      <ShortcutsDialog sections={[{ title: "Review queue", keys: KEYS }]} />
    </div>
  );
}

/** Calls the action for the item's kind: new work (a quote or a country stance record) or a correction. */
function send(item: HTMLElement, decision: "approve" | "return", comment: string) {
  const id = Number(item.dataset.id);
  const version = Number(item.dataset.version);
  const overrideReason = item.querySelector<HTMLInputElement>("input[name=overrideReason]")?.value || undefined;
  if (item.dataset.kind === "revision") {
    if (decision === "return") return returnRevisionItemAction({ revisionId: id, version, comment });
    const decisions = Object.fromEntries(
      [...item.querySelectorAll<HTMLInputElement>("input[type=radio][name^='decision-']:checked")].map((radio) => [
        radio.name.slice("decision-".length),
        radio.value as "accept" | "orphan" | "delete",
      ]),
    );
    return approveRevisionItemAction({ revisionId: id, version, overrideReason, decisions });
  }
  const target = { kind: item.dataset.kind as "quote" | "countryStance", id, version, overrideReason };
  return decision === "approve" ? approveItemAction(target) : returnItemAction({ ...target, comment });
}

/** The first radio of the first re-anchored quote (of a body correction) that has no decision yet. */
function firstUndecided(item: HTMLElement): HTMLInputElement | null {
  const groups = new Set(
    [...item.querySelectorAll<HTMLInputElement>("input[type=radio][name^='decision-']")].map((radio) => radio.name),
  );
  for (const name of groups)
    if (!item.querySelector(`input[name="${name}"]:checked`))
      return item.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  return null;
}

function isTyping(target: HTMLElement): boolean {
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type))
  );
}
