"use client";
// The one type-ahead of the app, in the ARIA 1.2 combobox pattern with a listbox: typing searches (debounced, on
// the server), ↓/↑ move through the options, Enter picks one, Esc closes the list without closing what holds it.
// Callers give the search, the options made of its results, and how an option reads.
// The list closes on blur at once, with no timer: options keep the focus in the box (mousedown is cancelled), so
// nothing needs a delay, and a focus that leaves and returns quickly cannot be overtaken by a leftover close.
// Choosing does nothing slow here: what a choice creates asks first (a confirmation dialog of the caller's).
import { useEffect, useEffectEvent, useId, useState, type ReactNode, type Ref } from "react";

type SearchResult<R> = { ok: true; data: R[] } | { ok: false; message: string };

interface Props<R, O> {
  label: string;
  listLabel: string;
  placeholder: string;
  /** Called with the typed text while the list is open. */
  search: (query: string) => Promise<SearchResult<R>>;
  /** What to say when the server does not answer. */
  searchFailed: string;
  /** The options to offer, from the latest results; `answeredFor` is the query those results answer. */
  options: (results: R[], query: string, answeredFor: string | null) => O[];
  optionKey: (option: O) => string | number;
  renderOption: (option: O) => ReactNode;
  onChoose: (option: O) => void;
  query: string;
  /** The person typed. */
  onQueryChange: (query: string) => void;
  /** Enter never submits the surrounding form, even with the list closed. */
  blockEnterSubmit?: boolean;
  /** Open the list when the box gets focus (not when it already holds a choice). */
  openOnFocus?: boolean;
  hint?: string;
  errors?: string[];
  inputRef?: Ref<HTMLInputElement>;
  debounceMs?: number;
  className?: string;
}

export function Combobox<R, O>(props: Props<R, O>) {
  const { searchFailed, query, inputRef, debounceMs = 150 } = props;
  const id = useId();
  // Callers pass a new function each render; the search runs on new text, not on new renders.
  const search = useEffectEvent((text: string) => props.search(text));
  const [results, setResults] = useState<R[]>([]);
  // The query the shown results answer, so a caller can wait for the answer before offering to create something.
  const [answeredFor, setAnsweredFor] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      search(query).then(
        (result) => {
          if (!current) return;
          setResults(result.ok ? result.data : []);
          setAnsweredFor(query.trim());
          setProblem(result.ok ? null : result.message);
          setActive(0);
        },
        () => current && setProblem(searchFailed),
      );
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, open, searchFailed, debounceMs]);

  const options = props.options(results, query, answeredFor);

  function choose(option: O) {
    setOpen(false);
    setProblem(null);
    props.onChoose(option);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (options.length ? (index + step + options.length) % options.length : 0));
    } else if (event.key === "Enter" && ((open && options[active]) || props.blockEnterSubmit)) {
      event.preventDefault();
      if (open && options[active]) choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const messages = [...(props.errors ?? []), ...(problem ? [problem] : [])];
  const describedBy = messages.length ? `${id}-error` : props.hint ? `${id}-hint` : undefined;
  return (
    <div className={`relative ${props.className ?? ""}`}>
      <label htmlFor={`${id}-input`} className="block text-sm font-medium">
        {props.label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={query}
        placeholder={props.placeholder}
        onChange={(event) => {
          props.onQueryChange(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(props.openOnFocus ?? true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 focus:outline-2 focus:outline-blue-600"
      />
      {props.hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {props.hint}
        </p>
      ) : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={props.listLabel}
        hidden={!open || options.length === 0}
        onMouseDown={(event) => event.preventDefault()}
        className="absolute z-10 mt-1 max-h-72 w-full overflow-y-auto rounded border border-slate-300 bg-white shadow"
      >
        {options.map((option, index) => (
          <li
            key={props.optionKey(option)}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
            className={`cursor-pointer px-2 py-1 text-sm ${index === active ? "bg-blue-100" : ""}`}
          >
            {props.renderOption(option)}
          </li>
        ))}
      </ul>
      {messages.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {messages.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
