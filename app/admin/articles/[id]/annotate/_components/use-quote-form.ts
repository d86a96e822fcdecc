"use client";
// The quote panel's state: what the editor typed, checked with the same zod schema the server uses, saved
// through the action, and kept whatever happens: a failed save shows what to fix beside the fields, a conflict
// shows the other editor's version and waits for the editor to load it or to overwrite it on purpose.
// The draft is also kept in a ref updated at once by every change, so a save pressed right after a change (or
// after a person being created, which the save waits for) sends what the editor sees, not the last render's.
import { useCallback, useEffect, useRef, useState } from "react";
import { fieldErrors } from "@/lib/validation";
import { firstDayOf } from "@/lib/dates";
import {
  quoteInputSchema,
  type DatePrecision,
  type QuoteInput,
  type SpeakerKind,
  type StanceStrength,
} from "@/lib/quotes/schemas";
import type { WorkspaceQuote } from "@/lib/quotes/queries";
import type { CodingDimension } from "@/lib/codebook/queries";
import type { AttributionKind, QuoteOrigin } from "@/lib/quotes/schemas";
import type { Span } from "@/lib/anchoring/text-span";
import { roleOnAction, saveAndSubmitQuoteAction, saveQuoteAction } from "../actions";

export interface QuoteDraft {
  id?: number;
  version?: number;
  startOffset: number;
  endOffset: number;
  text: string;
  /** Coding rule 6; null = as the fields say (a person if one is chosen, the outlet for `reported`, …). */
  speakerKind: SpeakerKind | null;
  speakerId: number | null;
  speakerName: string | null;
  speakerOrganizationId: number | null;
  speakerLabel: string;
  speakerCountryId: number | null;
  /** Where the speaker country came from: a role (with its title), the editor, or nowhere yet. */
  countrySource: { kind: "role"; title: string } | { kind: "editor" } | { kind: "none" };
  attribution: AttributionKind;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY" as the precision says (coding rule 8). */
  statedOn: string;
  statedOnPrecision: DatePrecision;
  statedOnReported: boolean;
  /** The statement this quote reports (rule 9): absent keeps it, a number links to it, null leaves a shared one. */
  statementId?: number | null;
  /** Positions chosen per dimension id, several allowed (rule 2); absent = none. */
  positions: Record<number, number[]>;
  /** Holder countries per position id; absent or empty = the speaker's country. */
  holders: Record<number, number[]>;
  /** Strength per position id (rule 3); absent = explicit. */
  strengths: Record<number, StanceStrength>;
  /** For a new quote opened from a suggestion (#17): saved as an edited suggestion rather than by hand. */
  origin?: QuoteOrigin;
}

export function newDraft(body: string, span: Span, statedOn: string): QuoteDraft {
  return {
    startOffset: span.start,
    endOffset: span.end,
    text: body.slice(span.start, span.end),
    speakerKind: null,
    speakerId: null,
    speakerName: null,
    speakerOrganizationId: null,
    speakerLabel: "",
    speakerCountryId: null,
    countrySource: { kind: "none" },
    attribution: "on_record",
    statedOn,
    statedOnPrecision: "day",
    statedOnReported: false,
    positions: {},
    holders: {},
    strengths: {},
  };
}

/** Stances as the draft keeps them: positions per dimension, holders and strength per position. */
export function stancesToDraft(
  stances: { dimensionId: number; positionId: number; holderCountryId: number; strength?: StanceStrength }[],
  speakerCountryId: number | null,
): Pick<QuoteDraft, "positions" | "holders" | "strengths"> {
  const positions: Record<number, number[]> = {};
  const holders: Record<number, number[]> = {};
  const strengths: Record<number, StanceStrength> = {};
  for (const stance of stances) {
    const chosen = (positions[stance.dimensionId] ??= []);
    if (!chosen.includes(stance.positionId)) chosen.push(stance.positionId);
    (holders[stance.positionId] ??= []).push(stance.holderCountryId);
    if (stance.strength === "implied") strengths[stance.positionId] = "implied";
  }
  // Held by the speaker's country alone is the default, kept implicit so it follows the speaker.
  const explicit = Object.fromEntries(
    Object.entries(holders).filter(([, list]) => !(list.length === 1 && list[0] === speakerCountryId)),
  );
  return { positions, holders: explicit, strengths };
}

export function draftFromQuote(quote: WorkspaceQuote): QuoteDraft {
  return {
    id: quote.id,
    version: quote.version,
    startOffset: quote.startOffset,
    endOffset: quote.endOffset,
    text: quote.text,
    speakerKind: quote.speakerKind,
    speakerId: quote.speakerId,
    speakerName: quote.speakerName,
    speakerOrganizationId: quote.speakerOrganizationId,
    speakerLabel: quote.speakerLabel ?? "",
    speakerCountryId: quote.speakerCountryId,
    countrySource: { kind: "editor" },
    attribution: quote.attribution,
    statedOn: quote.statedOn,
    statedOnPrecision: quote.statedOnPrecision,
    statedOnReported: quote.statedOnReported,
    ...stancesToDraft(quote.stances, quote.speakerCountryId),
  };
}

/** The draft as the action's input; `stanceDimensions[i]` is the dimension of `stances[i]`, to place errors. */
export function toInput(draft: QuoteDraft, articleId: number, codebook: CodingDimension[]) {
  const stances: QuoteInput["stances"] = [];
  const stanceDimensions: number[] = [];
  for (const { id: dimensionId } of codebook) {
    for (const positionId of draft.positions[dimensionId] ?? []) {
      const holders = draft.holders[positionId]?.length ? draft.holders[positionId] : [draft.speakerCountryId];
      for (const holderCountryId of holders) {
        // No holder (no speaker's country either) is sent as such: the schema names it beside the dimension.
        stances.push({
          dimensionId,
          positionId,
          holderCountryId: holderCountryId as number,
          strength: draft.strengths[positionId] ?? "explicit",
        });
        stanceDimensions.push(dimensionId);
      }
    }
  }
  const input: QuoteInput = {
    ...(draft.id !== undefined ? { id: draft.id, version: draft.version } : {}),
    articleId,
    startOffset: draft.startOffset,
    endOffset: draft.endOffset,
    text: draft.text,
    ...(draft.speakerKind ? { speakerKind: draft.speakerKind } : {}),
    speakerId: draft.speakerId,
    speakerOrganizationId: draft.speakerOrganizationId,
    speakerLabel: draft.speakerLabel,
    speakerCountryId: draft.speakerCountryId,
    attribution: draft.attribution,
    statedOn: draft.statedOn,
    statedOnPrecision: draft.statedOnPrecision,
    statedOnReported: draft.statedOnReported,
    ...(draft.statementId !== undefined ? { statementId: draft.statementId } : {}),
    ...(draft.origin ? { origin: draft.origin } : {}),
    stances,
  };
  return { input, stanceDimensions };
}

/** Field errors keyed "stances.<i>.x" become "stance.<dimensionId>.x", the names the panel shows them under. */
function placeErrors(fields: Record<string, string[]>, stanceDimensions: number[]) {
  const placed: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fields)) {
    const match = /^stances\.(\d+)\.(\w+)$/.exec(key);
    placed[match ? `stance.${stanceDimensions[Number(match[1])]}.${match[2]}` : key] = messages;
  }
  return placed;
}

interface Options {
  initial: QuoteDraft;
  articleId: number;
  codebook: CodingDimension[];
  /** `submitted`: null when only saved; else whether the submission for review went through (and why not). */
  onSaved: (quote: WorkspaceQuote, created: boolean, submitted: SubmitOutcome) => void;
}

export type SubmitOutcome = null | { ok: true } | { ok: false; message: string };

export function useQuoteForm({ initial, articleId, codebook, onSaved }: Options) {
  const [draft, setDraftState] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<WorkspaceQuote | null>(null);
  const [pending, setPending] = useState(false);
  const draftRef = useRef(draft);
  const waitingFor = useRef(new Set<Promise<unknown>>());

  const setDraft = useCallback((next: QuoteDraft | ((current: QuoteDraft) => QuoteDraft)) => {
    draftRef.current = typeof next === "function" ? next(draftRef.current) : next;
    setDraftState(draftRef.current);
  }, []);
  const update = useCallback(
    (change: Partial<QuoteDraft>) => setDraft((current) => ({ ...current, ...change })),
    [setDraft],
  );
  /** Work a save must wait for (a speaker being created). */
  const waitFor = useCallback((work: Promise<unknown>) => {
    waitingFor.current.add(work);
    const done = () => waitingFor.current.delete(work);
    work.then(done, done);
  }, []);

  // The speaker's country follows the role they held on the statement date, until the editor picks one.
  const { speakerId, statedOn, statedOnPrecision, countrySource } = draft;
  useEffect(() => {
    const day = /^\d{4}(-\d{2}){0,2}$/.test(statedOn) ? firstDayOf(statedOn, statedOnPrecision) : "";
    if (speakerId === null || countrySource.kind === "editor" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    let current = true;
    // A save pressed before the answer waits for it: the stances' holder defaults to this country.
    const lookup = roleOnAction({ personId: speakerId, day });
    waitFor(lookup);
    lookup.then(
      (result) => {
        if (!current || !result.ok) return;
        setDraft((draft) =>
          draft.countrySource.kind === "editor"
            ? draft
            : result.data
              ? {
                  ...draft,
                  speakerCountryId: result.data.countryId,
                  countrySource: { kind: "role", title: result.data.title },
                }
              : { ...draft, countrySource: { kind: "none" } },
        );
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [speakerId, statedOn, statedOnPrecision, countrySource.kind, setDraft, waitFor]);

  const saving = useRef(false);
  // What the last save was asked to do: overwriting another editor's version repeats it (a save and submit is
  // submitted once it overwrites).
  const lastSubmit = useRef(false);
  const save = useCallback(
    async ({ version, submit = false }: { version?: number; submit?: boolean } = {}) => {
      if (saving.current) return;
      saving.current = true;
      lastSubmit.current = submit;
      setPending(true);
      try {
        if (waitingFor.current.size > 0) await Promise.allSettled([...waitingFor.current]);
        const current = version === undefined ? draftRef.current : { ...draftRef.current, version };
        const { input, stanceDimensions } = toInput(current, articleId, codebook);
        const checked = quoteInputSchema.safeParse(input);
        if (!checked.success) {
          setErrors(placeErrors(fieldErrors(checked.error), stanceDimensions));
          setMessage("Some fields need attention.");
          return;
        }
        const result = submit ? await saveAndSubmitQuoteAction(input) : await saveQuoteAction(input);
        if (result.ok) {
          setErrors({});
          setMessage(null);
          setConflict(null);
          const saved = "quote" in result.data ? result.data : { quote: result.data, submitted: null };
          onSaved(saved.quote, current.id === undefined, saved.submitted);
        } else if (result.code === "CONFLICT") {
          setConflict((result.data as { current: WorkspaceQuote }).current);
          setMessage(null);
        } else {
          setErrors(placeErrors(result.fields ?? {}, stanceDimensions));
          setMessage(result.message);
        }
      } catch {
        setMessage(
          typeof navigator !== "undefined" && !navigator.onLine
            ? "You are offline: the quote was not saved. Everything you typed is still here; save again once you are back online."
            : "The quote could not be saved: the server did not answer. Nothing you typed is lost; try again.",
        );
      } finally {
        saving.current = false;
        setPending(false);
      }
    },
    [articleId, codebook, onSaved],
  );

  const overwrite = useCallback(() => {
    if (conflict) {
      update({ version: conflict.version });
      void save({ version: conflict.version, submit: lastSubmit.current });
    }
  }, [conflict, save, update]);

  const loadTheirs = useCallback(() => {
    if (!conflict) return;
    setDraft(draftFromQuote(conflict));
    setConflict(null);
    setErrors({});
  }, [conflict, setDraft]);

  return { draft, update, setDraft, waitFor, errors, message, conflict, pending, save, overwrite, loadTheirs };
}

/**
 * h in a dimension (holder-prompt.tsx) for every position chosen on it: the first country named replaces the
 * default (the speaker's country: another government's view), each next one is added (a joint statement); none
 * goes back to the speaker's country.
 */
export function withHolder(draft: QuoteDraft, dimensionId: number, countryId: number | undefined) {
  const holders = { ...draft.holders };
  for (const positionId of draft.positions[dimensionId] ?? []) {
    const current = holders[positionId] ?? [];
    holders[positionId] =
      countryId === undefined ? [] : current.includes(countryId) ? current : [...current, countryId];
  }
  return holders;
}
