"use client";
// The annotation workspace: the article text on the left, the quote panel (or the keys and orphaned quotes) on
// the right. Select text and press q; Esc returns to the text; saving leaves the editor on the text, ready for the
// next selection. A click on text several quotes cover lists them to choose from; `?quote=ID` / `#quote-ID`
// open a quote. Suggestions (#17) show as ghost highlights and in a keyboard list above the text. State lives
// in hooks (use-quotes, use-text-cursor, use-quote-form, use-suggestions); this file wires them.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { AnnotationWorkspace, WorkspaceQuote } from "@/lib/quotes/queries";
import type { Span } from "@/lib/anchoring/text-span";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";
import { ArticleText, type Highlight } from "./article-text";
import { FindBar } from "./find-bar";
import { HighlightToolbar } from "./highlight-toolbar";
import { KeyHelp } from "./key-help";
import { OrphanedQuotes } from "./orphaned-quotes";
import { OverlapMenu } from "./overlap-menu";
import { ShortcutsDialog } from "@/components/ui/shortcuts-dialog";
import { PANEL_KEYS, TEXT_KEYS } from "./shortcuts";
import { QuotePanel } from "./quote-panel";
import { Toast } from "./toast";
import { STATUS_COLORS, UNCODED_COLOR, tint, type ColorMode } from "./colors";
import { draftFromQuote, newDraft, type QuoteDraft, type SubmitOutcome } from "./use-quote-form";
import { useQuoteLink } from "./use-quote-link";
import { useQuotes } from "./use-quotes";
import { useTextCursor } from "./use-text-cursor";
import { useDragAutoscroll } from "./use-drag-autoscroll";
import { SuggestionList } from "./suggestion-list";
import { draftFromSuggestion } from "./suggestion-draft";
import { useSuggestions } from "./use-suggestions";
import type { WorkspaceSuggestion } from "@/lib/suggest/workspace";

type Panel = { key: number; initial: QuoteDraft; quote: WorkspaceQuote | null };

export function Workspace({ article, quotes: initialQuotes, codebook, countries, ...props }: AnnotationWorkspace) {
  const { quotes, put, remove, submit, toast, setToast } = useQuotes(initialQuotes);
  // Organizations created from a quote panel join the list for every panel opened after.
  const [organizations, setOrganizations] = useState(props.organizations);
  const [mode, setMode] = useState<ColorMode>("status");
  const [panel, setPanel] = useState<Panel | null>(null);
  const [spanRequest, setSpanRequest] = useState<{ span: Span; seq: number } | null>(null);
  const [draftSpan, setDraftSpan] = useState<Span | null>(null);
  const [finding, setFinding] = useState(false);
  const [overlap, setOverlap] = useState<{ ids: number[]; at: { x: number; y: number } } | null>(null);

  const openQuote = useCallback(
    (id: number) => {
      const quote = quotes.find((candidate) => candidate.id === id);
      if (!quote) return false;
      setSpanRequest(null);
      setOverlap(null);
      setPanel({ key: Date.now(), initial: draftFromQuote(quote), quote });
      return true;
    },
    [quotes],
  );
  const openQuotes = useCallback(
    (ids: number[], at: { x: number; y: number }) => {
      if (ids.length === 1) openQuote(ids[0]);
      else setOverlap({ ids, at });
    },
    [openQuote],
  );
  useQuoteLink({
    openQuote,
    onMissing: (id) =>
      setToast({ message: `Quote #${id} is not in this article; it may have been deleted.`, tone: "alert" }),
  });

  const mark = useCallback(
    (span: Span) => {
      if (panel) return setSpanRequest({ span, seq: Date.now() });
      setSpanRequest(null);
      setPanel({ key: Date.now(), initial: newDraft(article.body, span, article.publishedOn), quote: null });
    },
    [panel, article.body, article.publishedOn],
  );

  const suggestions = useSuggestions(article.id);
  const [suggestionBusy, setSuggestionBusy] = useState(false);
  const editSuggestion = useCallback((suggestion: WorkspaceSuggestion) => {
    setSpanRequest(null);
    setPanel({ key: Date.now(), initial: draftFromSuggestion(suggestion), quote: null });
  }, []);
  const acceptSuggestion = useCallback(
    async (suggestion: WorkspaceSuggestion) => {
      setSuggestionBusy(true);
      const outcome = await suggestions.accept(suggestion);
      setSuggestionBusy(false);
      if (outcome.kind === "accepted") {
        put(outcome.quote);
        setToast({ message: `Accepted as a draft quote: “${abbreviate(outcome.quote.text)}”`, tone: "status" });
      } else if (outcome.kind === "needs-person") {
        editSuggestion(outcome.suggestion);
        setToast({ message: outcome.message, tone: "alert" });
      } else if (outcome.kind === "failed") {
        setToast({ message: outcome.message, tone: "alert" });
      }
    },
    [suggestions, put, setToast, editSuggestion],
  );
  const rejectSuggestion = useCallback(
    async (suggestion: WorkspaceSuggestion) => {
      setSuggestionBusy(true);
      const outcome = await suggestions.reject(suggestion);
      setSuggestionBusy(false);
      setToast(
        outcome.kind === "failed"
          ? { message: outcome.message, tone: "alert" }
          : { message: "Suggestion rejected: it will not be proposed again for this article.", tone: "status" },
      );
    },
    [suggestions, setToast],
  );
  const ghosts = useMemo(
    () =>
      suggestions.suggestions.map((suggestion, index) => ({
        start: suggestion.startOffset,
        end: suggestion.endOffset,
        focused: index === suggestions.focused,
      })),
    [suggestions.suggestions, suggestions.focused],
  );

  const undo = useCallback(() => toast?.undo?.(), [toast]);
  const {
    focusText,
    rootRef,
    span: selection,
    findNext,
    handlers,
    notice,
  } = useTextCursor({
    body: article.body,
    quotes,
    onMark: mark,
    onOpenQuote: openQuotes,
    onFind: () => setFinding(true),
    onUndo: undo,
  });
  useDragAutoscroll(rootRef);
  // Marks the text as ready for keys and selections once hydrated (tests and the benchmark wait for it).
  useEffect(() => rootRef.current?.setAttribute("data-ready", "true"), [rootRef]);

  const closePanel = useCallback(() => {
    setPanel(null);
    setDraftSpan(null);
    focusText();
  }, [focusText]);

  const onSaved = useCallback(
    (quote: WorkspaceQuote, created: boolean, submitted: SubmitOutcome) => {
      put(quote);
      // A suggestion opened in the panel and saved is marked now.
      for (const suggestion of suggestions.suggestions) {
        if (suggestion.startOffset < quote.endOffset && quote.startOffset < suggestion.endOffset)
          suggestions.drop(suggestion);
      }
      const saved = created ? "Quote saved" : "Changes saved";
      setToast(
        submitted === null
          ? { message: `${saved}.`, tone: "status" }
          : submitted.ok
            ? { message: `${saved} and submitted for review.`, tone: "status" }
            : { message: `${saved} as a draft, but not submitted: ${submitted.message}`, tone: "alert" },
      );
      setPanel(null);
      setDraftSpan(null);
      focusText();
    },
    [put, setToast, focusText, suggestions],
  );

  const highlights = useMemo<Highlight[]>(
    () =>
      quotes
        .filter((quote) => !quote.orphanedAt)
        .map((quote) => ({
          id: quote.id,
          start: quote.startOffset,
          end: quote.endOffset,
          color: colorOf(quote, mode, codebook),
          label: describe(quote),
        })),
    [quotes, mode, codebook],
  );
  const orphaned = useMemo(() => quotes.filter((quote) => quote.orphanedAt), [quotes]);
  const dismissToast = useCallback(() => setToast(null), [setToast]);
  const selected = selection ? article.body.slice(selection.start, selection.end) : "";

  return (
    <main className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-2">
        <h1 className="text-xl font-semibold">{article.title}</h1>
        <p className="text-sm text-slate-600">
          {article.outlet ?? "No outlet"} · {article.publishedOn} · {quotes.length} quotes
        </p>
        <HighlightToolbar mode={mode} onMode={setMode} codebook={codebook} />
        <SuggestionList
          suggestions={suggestions.suggestions}
          loading={suggestions.loading}
          message={suggestions.message}
          focused={suggestions.focused}
          codebook={codebook}
          busy={suggestionBusy}
          onMove={suggestions.move}
          onFocusIndex={suggestions.setFocused}
          onAccept={(suggestion) => void acceptSuggestion(suggestion)}
          onReject={(suggestion) => void rejectSuggestion(suggestion)}
          onEdit={editSuggestion}
          onLeave={focusText}
        />
        {finding ? (
          <FindBar
            onFind={findNext}
            onClose={() => {
              setFinding(false);
              focusText();
            }}
          />
        ) : null}
        <ArticleText
          ref={rootRef}
          body={article.body}
          highlights={highlights}
          draft={draftSpan}
          ghosts={ghosts}
          {...handlers}
        />
        <p aria-live="polite" data-testid="selection-status" className="min-h-5 text-sm text-slate-700">
          {notice ??
            (selection
              ? `Selected ${selection.start}–${selection.end}: “${selected.length > 80 ? `${selected.slice(0, 77)}…` : selected}” — press q to mark it`
              : "")}
        </p>
        <Toast toast={toast} onDismiss={dismissToast} />
      </div>
      <div className="space-y-3 lg:sticky lg:top-4 lg:self-start">
        {panel ? (
          <QuotePanel
            key={panel.key}
            body={article.body}
            articleId={article.id}
            initial={panel.initial}
            quote={panel.quote}
            codebook={codebook}
            countries={countries}
            organizations={organizations}
            onOrganizationCreated={(organization) =>
              setOrganizations((list) => [...list, organization].sort((a, b) => a.name.localeCompare(b.name)))
            }
            spanRequest={spanRequest}
            onSpanChange={setDraftSpan}
            onSaved={onSaved}
            onClose={closePanel}
            onDelete={(quote) => {
              closePanel();
              void remove(quote);
            }}
            onSubmit={(quote) => {
              closePanel();
              void submit(quote);
            }}
          />
        ) : (
          <KeyHelp />
        )}
        <OrphanedQuotes quotes={orphaned} onOpen={openQuote} />
        <ShortcutsDialog
          sections={[
            { title: "In the text", keys: TEXT_KEYS },
            { title: "In the quote panel", keys: PANEL_KEYS },
          ]}
        />
        {overlap ? (
          <OverlapMenu
            quotes={quotes.filter((quote) => overlap.ids.includes(quote.id))}
            at={overlap.at}
            onOpen={openQuote}
            onClose={() => {
              setOverlap(null);
              focusText();
            }}
          />
        ) : null}
      </div>
    </main>
  );
}

function colorOf(quote: WorkspaceQuote, mode: ColorMode, codebook: AnnotationWorkspace["codebook"]): string {
  if (mode === "status") return STATUS_COLORS[quote.status].color;
  const stance = quote.stances.find((candidate) => candidate.dimensionId === mode);
  const position =
    stance &&
    codebook
      .find((dimension) => dimension.id === mode)
      ?.positions.find((candidate) => candidate.id === stance.positionId);
  return position ? tint(position.color) : UNCODED_COLOR;
}

function describe(quote: WorkspaceQuote): string {
  return `${quote.speakerName ?? quote.speakerLabel ?? "No speaker"} · ${ATTRIBUTION_LABELS[quote.attribution]} · ${STATUS_COLORS[quote.status].label}`;
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
