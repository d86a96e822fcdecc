"use client";
// "Same statement as …" (coding rule 9): published statements by the same speaker within 14 days either side,
// with similar words, offered as the editor codes a quote. Alt+S (anywhere in the panel) links the first one;
// a click links any; a linked quote can be unlinked again. Saving the quote saves the link.
import { useEffect, useState } from "react";
import { firstDayOf } from "@/lib/dates";
import type { DatePrecision, SpeakerKind } from "@/lib/quotes/schemas";
import type { SameStatementCandidate } from "@/lib/quotes/same-statement";
import { sameStatementAction } from "../actions";

interface Props {
  articleId: number;
  quoteId?: number;
  speakerKind: SpeakerKind | null;
  speakerId: number | null;
  speakerOrganizationId: number | null;
  statedOn: string;
  precision: DatePrecision;
  text: string;
  /** The statement saved with the quote (when editing), and how many reports it has. */
  saved: { statementId: number; reports: number } | null;
  /** undefined: keep; a number: link to it; null: leave a shared statement. */
  linked: number | null | undefined;
  onLink: (statementId: number | null | undefined) => void;
  errors: string[];
  /** Filled with the candidates, for the panel's Alt+S. */
  onCandidates: (candidates: SameStatementCandidate[]) => void;
}

export function StatementLink(props: Props) {
  const { articleId, quoteId, speakerId, speakerOrganizationId, statedOn, precision, text, onCandidates } = props;
  const [candidates, setCandidates] = useState<SameStatementCandidate[]>([]);
  const speakerKind =
    props.speakerKind ?? (speakerId !== null ? "person" : speakerOrganizationId ? "organization" : null);
  useEffect(() => {
    const day = /^\d{4}(-\d{2}){0,2}$/.test(statedOn) ? firstDayOf(statedOn, precision) : "";
    if (!speakerKind || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !text) return;
    let current = true;
    const timer = setTimeout(() => {
      sameStatementAction({
        articleId,
        quoteId,
        speakerKind,
        speakerId,
        speakerOrganizationId,
        statedOn: day,
        text,
      }).then(
        (result) => {
          if (!current || !result.ok) return;
          setCandidates(result.data);
          onCandidates(result.data);
        },
        () => undefined,
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [articleId, quoteId, speakerKind, speakerId, speakerOrganizationId, statedOn, precision, text, onCandidates]);

  const linkedTo =
    typeof props.linked === "number" ? props.linked : props.linked === null ? null : props.saved?.statementId;
  const shared = props.saved && props.saved.reports > 1 && props.linked === undefined;
  return (
    <section
      aria-label="Same statement"
      className="rounded border border-slate-200 p-2 text-sm"
      data-testid="statement-link"
    >
      <p className="font-medium">One statement, several reports</p>
      {typeof props.linked === "number" || shared ? (
        <p role="status">
          Linked: a report of statement #{linkedTo}
          {shared ? ` (${props.saved?.reports} reports)` : ""}.{" "}
          <button type="button" className="underline" onClick={() => props.onLink(props.saved ? null : undefined)}>
            Unlink
          </button>
        </p>
      ) : null}
      {candidates.length === 0 ? (
        <p className="text-slate-600">No published statement by this speaker within 14 days has similar words.</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {candidates.map((candidate, index) => (
            <li key={candidate.statementId}>
              <button
                type="button"
                onClick={() => props.onLink(candidate.statementId)}
                aria-pressed={linkedTo === candidate.statementId}
                className="text-left underline"
              >
                Same statement as “{candidate.text.slice(0, 80)}
                {candidate.text.length > 80 ? "…" : ""}” ({candidate.outlet ?? candidate.articleTitle},{" "}
                {candidate.statedOn}, {candidate.reports} {candidate.reports === 1 ? "report" : "reports"})
              </button>
              {index === 0 ? <kbd className="ml-1 text-xs text-slate-600">Alt+S</kbd> : null}
            </li>
          ))}
        </ul>
      )}
      {props.errors.length ? <p className="mt-1 text-red-700">{props.errors.join(" ")}</p> : null}
    </section>
  );
}
