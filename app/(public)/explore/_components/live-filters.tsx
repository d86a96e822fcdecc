"use client";
// The explorer's filter form, applied as it changes: a choice in a menu, a date, a column or a person goes into the
// address at once (router.push, so Back returns to the previous filter), words after a pause in typing. The form
// itself is a plain GET form rendered on the server, so without JavaScript its Apply button does the same. When the
// address changes by Back or Forward, the fields are set from it again; words still being typed are left alone.
import { useEffect, useRef, useTransition } from "react";
import { useRouter } from "next/navigation";

/** How long typing pauses before the words apply. */
const TYPING_PAUSE_MS = 400;

/**
 * The field that had the focus when a filter applied. The first filter of an anonymous visit leaves the cached
 * unfiltered page (proxy.ts) for the per-request one, so the form is mounted anew: the focus goes back where it was.
 */
let focusAfterNavigation: string | null = null;

export function LiveFilters({
  action,
  query,
  labelledBy,
  className,
  children,
}: {
  action: string;
  /** The address's search parameters the page was rendered for (not useSearchParams: the unfiltered page is cached). */
  query: string;
  labelledBy: string;
  className?: string;
  children: React.ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // Words typed but not applied yet: Back/Forward then leave that field as typed.
  const typingPending = useRef(false);

  useEffect(() => {
    const element = form.current;
    if (!element) return;
    element.dataset.live = "";
    if (focusAfterNavigation && (document.activeElement === document.body || !document.activeElement))
      element.querySelector<HTMLElement>(focusAfterNavigation)?.focus();
    focusAfterNavigation = null;
    let typing: ReturnType<typeof setTimeout> | undefined;
    // Words typed in one go make one history entry: the first pause pushes, later pauses replace it.
    let typedEntry = false;

    const apply = (how: "push" | "replace") => {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(element))
        if (typeof value === "string" && value !== "") params.append(name, value);
      const query = params.toString();
      if (query === window.location.search.slice(1)) return;
      const href = query ? `${action}?${query}` : action;
      focusAfterNavigation = focusSelector(document.activeElement);
      startTransition(() =>
        how === "push" ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false }),
      );
    };
    const onChange = (event: Event) => {
      if (isTextField(event.target)) return; // words apply on the pause after typing (below), not on blur
      clearTimeout(typing);
      typingPending.current = false;
      typedEntry = false;
      apply("push");
    };
    const onInput = (event: Event) => {
      if (!isTextField(event.target)) return;
      clearTimeout(typing);
      typingPending.current = true;
      typing = setTimeout(() => {
        typingPending.current = false;
        apply(typedEntry ? "replace" : "push");
        typedEntry = true;
      }, TYPING_PAUSE_MS);
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      clearTimeout(typing);
      typingPending.current = false;
      typedEntry = false;
      apply("push");
    };
    const onFocusOut = () => {
      typedEntry = false;
    };
    element.addEventListener("change", onChange);
    element.addEventListener("input", onInput);
    element.addEventListener("submit", onSubmit);
    element.addEventListener("focusout", onFocusOut);
    return () => {
      clearTimeout(typing);
      element.removeEventListener("change", onChange);
      element.removeEventListener("input", onInput);
      element.removeEventListener("submit", onSubmit);
      element.removeEventListener("focusout", onFocusOut);
    };
  }, [action, router]);

  // Back and Forward change the address without touching the form: set each field from the address again.
  useEffect(() => {
    if (form.current) setFieldsFrom(form.current, new URLSearchParams(query), typingPending.current);
  }, [query]);

  return (
    <form
      ref={form}
      action={action}
      method="get"
      aria-labelledby={labelledBy}
      aria-busy={pending || undefined}
      className={`group ${className ?? ""}`}
    >
      {children}
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-600">
        {pending ? "Updating the results…" : ""}
      </p>
    </form>
  );
}

/** Each named field as the address has it; words being typed (not applied yet) stay as typed. */
function setFieldsFrom(form: HTMLFormElement, searchParams: URLSearchParams, typing: boolean) {
  for (const field of form.elements) {
    if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement) || !field.name) continue;
    if (typing && field === document.activeElement && isTextField(field)) continue;
    const value = searchParams.get(field.name) ?? "";
    if (field.value !== value) field.value = value;
  }
}

/** A selector that finds the same field in a form mounted anew (React's generated ids may differ). */
function focusSelector(active: Element | null): string | null {
  if (!(active instanceof HTMLElement)) return null;
  if (active.getAttribute("role") === "combobox") return "input[role=combobox]";
  return active.id ? `#${CSS.escape(active.id)}` : null;
}

function isTextField(target: EventTarget | null): target is HTMLInputElement {
  return target instanceof HTMLInputElement && (target.type === "search" || target.type === "text");
}
