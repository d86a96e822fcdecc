"use client";
// The quote beside the text: its span (adjustable by whole words), speaker, country, attribution, date and a
// position per dimension. Ctrl+Enter saves from anywhere in the panel (a draft), Ctrl+Shift+Enter saves and
// submits it for review; Esc closes it and returns to the text. Choosing a speaker moves on to the first
// dimension; the coding keys between dimensions are in use-coding-keys. Alt+S: same statement as the first offered.
import { useCallback, useEffect, useId, useRef } from "react";
import type { CodingDimension } from "@/lib/codebook/queries";
import type { CountryOption, OrganizationOption, WorkspaceQuote } from "@/lib/quotes/queries";
import { ATTRIBUTION_LABELS, SPEAKER_KIND_LABELS } from "@/lib/quotes/labels";
import { ATTRIBUTION_KINDS, SPEAKER_KINDS } from "@/lib/quotes/schemas";
import type { AttributionKind, SpeakerKind } from "@/lib/quotes/schemas";
import type { SameStatementCandidate } from "@/lib/quotes/same-statement";
import { StatementDate } from "./statement-date";
import { StatementLink } from "./statement-link";
import type { Span } from "@/lib/anchoring/text-span";
import { SpeakerCombobox } from "./speaker-combobox";
import { PositionPicker } from "./position-picker";
import { ConflictNotice } from "./conflict-notice";
import { SpanEditor } from "./span-editor";
import { STATUS_COLORS } from "./colors";
import { useQuoteForm, withHolder, type QuoteDraft, type SubmitOutcome } from "./use-quote-form";
import { useCodingKeys } from "./use-coding-keys";
import { HolderPrompt } from "./holder-prompt";
import { OrganizationField } from "./organization-field";
import { FormField, Input, Select } from "@/components/form-field";
import { CountryOptions } from "@/components/country-options";

interface Props {
  body: string;
  articleId: number;
  initial: QuoteDraft;
  /** The saved quote being edited; null for a new one. */
  quote: WorkspaceQuote | null;
  codebook: CodingDimension[];
  countries: CountryOption[];
  organizations: OrganizationOption[];
  /** A speaking organization created from the panel, for the workspace's list. */
  onOrganizationCreated: (organization: OrganizationOption) => void;
  /** A new span from the text (`q` while the panel is open); `seq` changes with every request. */
  spanRequest: { span: Span; seq: number } | null;
  onSpanChange: (span: Span) => void;
  onSaved: (quote: WorkspaceQuote, created: boolean, submitted: SubmitOutcome) => void;
  onClose: () => void;
  onDelete: (quote: WorkspaceQuote) => void;
  onSubmit: (quote: WorkspaceQuote) => void;
}

export function QuotePanel(props: Props) {
  const { body, articleId, initial, quote, codebook, countries, spanRequest, onSpanChange, onSaved, onClose } = props;
  const form = useQuoteForm({ initial, articleId, codebook, onSaved });
  const { draft, update, errors } = form;
  const id = useId();
  const speakerRef = useRef<HTMLInputElement>(null);
  const candidates = useRef<SameStatementCandidate[]>([]);
  const onCandidates = useCallback((found: SameStatementCandidate[]) => (candidates.current = found), []);
  const panelRef = useRef<HTMLElement>(null);
  const coding = useCodingKeys(codebook);

  useEffect(() => speakerRef.current?.focus(), []);
  useEffect(() => {
    if (spanRequest)
      update({
        startOffset: spanRequest.span.start,
        endOffset: spanRequest.span.end,
        text: body.slice(spanRequest.span.start, spanRequest.span.end),
      });
  }, [spanRequest, body, update]);
  const { startOffset, endOffset } = draft;
  useEffect(() => onSpanChange({ start: startOffset, end: endOffset }), [startOffset, endOffset, onSpanChange]);

  function onKeyDown(event: React.KeyboardEvent<HTMLElement>) {
    if (coding.onKeyDown(event)) return;
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    } else if (event.altKey && event.key.toLowerCase() === "s" && candidates.current[0]) {
      // Rule 9 in one key: this quote reports the first statement offered.
      event.preventDefault();
      update({ statementId: candidates.current[0].statementId });
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void form.save({ submit: event.shiftKey && mayBeSubmitted });
    }
  }

  const fieldError = (name: string) => errors[name] ?? [];
  // Quotes in review are edited in place; drafts, returned ones and a published quote's open correction (a
  // revision: the public keeps the approved quote until a second editor approves it) go (back) to review.
  const correction = quote?.revision ?? null;
  const mayBeSubmitted =
    !quote ||
    quote.status === "draft" ||
    quote.status === "returned" ||
    (quote.status === "published" && correction?.status !== "in_review");
  const orphaned = quote?.orphanedAt && quote.startOffset === draft.startOffset && quote.endOffset === draft.endOffset;
  const title = quote ? `Quote #${quote.id}` : "New quote";
  return (
    <aside
      ref={panelRef}
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      className="rounded border border-slate-300 bg-slate-50 p-3"
      data-testid="quote-panel"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={`${id}-title`} className="font-semibold">
          {title}
        </h2>
        {quote ? (
          <span className="rounded px-2 text-xs" style={{ backgroundColor: STATUS_COLORS[quote.status].color }}>
            {STATUS_COLORS[quote.status].label}
          </span>
        ) : null}
      </div>
      {quote?.status === "returned" && quote.reviewComment ? (
        <p className="mt-1 text-sm">Reviewer: {quote.reviewComment}</p>
      ) : null}
      {quote?.status === "published" ? (
        <p className="mt-1 rounded bg-amber-50 p-2 text-xs" data-testid="correction-note">
          {correction
            ? `Correction ${correction.status.replace("_", " ")}: shown here, not yet on the public site.${correction.reviewComment ? ` Reviewer: ${correction.reviewComment}` : ""}`
            : "Published: saving a change makes it a correction for a second editor to approve."}
        </p>
      ) : null}
      {orphaned ? (
        <p role="alert" className="mt-2 rounded bg-amber-100 p-2 text-sm">
          The article text changed and this quote was not found in it. Select its text in the article and press{" "}
          <kbd>q</kbd>, then save.
        </p>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
        className="mt-2 space-y-3"
      >
        <SpanEditor
          body={body}
          draft={draft}
          update={update}
          errors={[...fieldError("text"), ...fieldError("startOffset"), ...fieldError("endOffset")]}
        />
        <FormField name="speakerKind" label="Kind of speaker" hint="Coding rule 6" error={fieldError("speakerKind")}>
          <Select
            value={draft.speakerKind ?? ""}
            onChange={(event) => update({ speakerKind: (event.target.value || null) as SpeakerKind | null })}
            className={inputClass}
          >
            <option value="">As filled in below</option>
            {SPEAKER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {SPEAKER_KIND_LABELS[kind]}
              </option>
            ))}
          </Select>
        </FormField>
        <SpeakerCombobox
          inputRef={speakerRef}
          countries={countries}
          countryId={draft.speakerCountryId}
          speaker={draft.speakerId !== null ? { id: draft.speakerId, name: draft.speakerName ?? "" } : null}
          onChange={(speaker) => {
            update({
              speakerId: speaker?.id ?? null,
              speakerName: speaker?.name ?? null,
              countrySource: speaker && draft.countrySource.kind !== "editor" ? { kind: "none" } : draft.countrySource,
            });
            if (speaker) panelRef.current?.querySelector<HTMLElement>("[data-dimension]")?.focus();
          }}
          error={fieldError("speakerId")}
        />
        <OrganizationField
          organizations={props.organizations}
          countries={countries}
          value={draft.speakerOrganizationId}
          errors={fieldError("speakerOrganizationId")}
          onChange={(organization) =>
            update({
              speakerOrganizationId: organization?.id ?? null,
              ...(organization && draft.countrySource.kind !== "editor"
                ? { speakerCountryId: organization.countryId }
                : {}),
            })
          }
          onCreated={props.onOrganizationCreated}
        />
        <FormField
          name="speakerLabel"
          label="Or an unnamed speaker"
          hint="“a source in Seoul”"
          error={fieldError("speakerLabel")}
        >
          <Input
            value={draft.speakerLabel}
            onChange={(event) => update({ speakerLabel: event.target.value })}
            className={inputClass}
          />
        </FormField>
        <FormField
          name="speakerCountryId"
          label="Speaker’s country"
          hint={
            draft.countrySource.kind === "role"
              ? `From the role held then: ${draft.countrySource.title}`
              : draft.speakerId !== null && draft.countrySource.kind === "none"
                ? "No role on that date; choose one"
                : undefined
          }
          error={fieldError("speakerCountryId")}
        >
          <Select
            value={draft.speakerCountryId ?? ""}
            onChange={(event) =>
              update({
                speakerCountryId: event.target.value ? Number(event.target.value) : null,
                countrySource: { kind: "editor" },
              })
            }
            className={inputClass}
          >
            <CountryOptions countries={countries} empty="None" withCode />
          </Select>
        </FormField>
        <FormField name="attribution" label="Attribution" error={fieldError("attribution")}>
          <Select
            value={draft.attribution}
            onChange={(event) => update({ attribution: event.target.value as AttributionKind })}
            className={inputClass}
          >
            {ATTRIBUTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ATTRIBUTION_LABELS[kind]}
              </option>
            ))}
          </Select>
        </FormField>
        <StatementDate
          statedOn={draft.statedOn}
          precision={draft.statedOnPrecision}
          reported={draft.statedOnReported}
          onChange={update}
          errors={fieldError("statedOn")}
        />
        {codebook.map((dimension) => (
          <PositionPicker
            key={dimension.id}
            dimension={dimension}
            positionIds={draft.positions[dimension.id] ?? []}
            onPositions={(positionIds) => update({ positions: { ...draft.positions, [dimension.id]: positionIds } })}
            holders={draft.holders}
            onHolders={(positionId, countryIds) => update({ holders: { ...draft.holders, [positionId]: countryIds } })}
            strengths={draft.strengths}
            onStrength={(positionId, strength) => update({ strengths: { ...draft.strengths, [positionId]: strength } })}
            countries={countries}
            speakerCountryId={draft.speakerCountryId}
            errors={[
              ...fieldError(`stance.${dimension.id}.positionId`),
              ...fieldError(`stance.${dimension.id}.holderCountryId`),
            ]}
          />
        ))}
        {coding.holderFor ? (
          <HolderPrompt
            dimensionLabel={coding.holderFor.dimension.label}
            countries={countries}
            onHolder={(countryId) => {
              const dimensionId = coding.holderFor?.dimension.id;
              if (dimensionId === undefined) return;
              update({ holders: withHolder(draft, dimensionId, countryId) });
            }}
            onClose={coding.closeHolder}
          />
        ) : null}
        <StatementLink
          articleId={articleId}
          quoteId={quote?.id}
          speakerKind={draft.speakerKind}
          speakerId={draft.speakerId}
          speakerOrganizationId={draft.speakerOrganizationId}
          statedOn={draft.statedOn}
          precision={draft.statedOnPrecision}
          text={draft.text}
          saved={quote ? { statementId: quote.statementId, reports: quote.statementReports } : null}
          linked={draft.statementId}
          onLink={(statementId) => update({ statementId })}
          errors={fieldError("statementId")}
          onCandidates={onCandidates}
        />
        {form.conflict ? (
          <ConflictNotice
            theirs={form.conflict}
            codebook={codebook}
            onLoad={form.loadTheirs}
            onOverwrite={form.overwrite}
          />
        ) : null}
        {form.message ? (
          <p role="alert" className="text-sm text-red-700">
            {form.message}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            disabled={form.pending}
            className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50"
          >
            {form.pending ? "Saving…" : "Save"} <kbd className="text-xs opacity-70">Ctrl+Enter</kbd>
          </button>
          {mayBeSubmitted ? (
            <button
              type="button"
              disabled={form.pending}
              onClick={() => void form.save({ submit: true })}
              className="rounded bg-blue-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50"
            >
              Save and submit <kbd className="text-xs opacity-70">Ctrl+Shift+Enter</kbd>
            </button>
          ) : null}
          <button type="button" onClick={onClose} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
            Close <kbd className="text-xs opacity-70">Esc</kbd>
          </button>
          {quote &&
          (quote.status === "draft" ||
            quote.status === "returned" ||
            (correction && correction.status !== "in_review")) ? (
            <button
              type="button"
              onClick={() => props.onSubmit(quote)}
              className="rounded border border-slate-400 px-3 py-1.5 text-sm"
            >
              Submit for review
            </button>
          ) : null}
          {quote ? (
            <button
              type="button"
              onClick={() => props.onDelete(quote)}
              className="ml-auto rounded border border-red-300 px-3 py-1.5 text-sm text-red-800"
            >
              Delete
            </button>
          ) : null}
        </div>
      </form>
    </aside>
  );
}

const inputClass =
  "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:outline-2 focus:outline-blue-600";
