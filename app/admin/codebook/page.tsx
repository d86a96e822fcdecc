import type { Metadata } from "next";
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, TextArea } from "@/components/form-field";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCodebook, type DimensionDto, type PositionDto } from "@/lib/codebook/public";
import { NotAllowed } from "../_components/not-allowed";
import {
  createDimensionAction,
  createPositionAction,
  moveAction,
  retireAction,
  updateDimensionAction,
  updatePositionAction,
} from "./actions";

export const metadata: Metadata = { title: "Codebook" };

const smallButton = "rounded border border-slate-400 px-2 py-1 text-xs disabled:opacity-40";

export default async function CodebookPage() {
  const user = await getCurrentUser();
  if (!can(user, "codebook.edit")) return <NotAllowed what="editing the codebook" />;
  const codebook = await getCodebook();
  return (
    <main className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">Codebook</h1>
        <p className="mt-1 text-sm text-slate-600">
          Keys never change once added. Retired entries are closed to new coding; records coded under them keep them.
        </p>
      </header>
      {codebook.map((dimension, index) => (
        <section
          key={dimension.id}
          aria-labelledby={`dimension-${dimension.id}`}
          className="rounded border border-slate-200 p-4"
        >
          <div className="flex flex-wrap items-center gap-3">
            <h2 id={`dimension-${dimension.id}`} className="text-lg font-semibold">
              {dimension.label} <code className="text-sm text-slate-600">{dimension.key}</code>
              {dimension.retired ? <span className="ml-2 text-sm text-amber-800">(retired)</span> : null}
            </h2>
            <Controls kind="dimension" entry={dimension} first={index === 0} last={index === codebook.length - 1} />
          </div>
          <ActionForm
            action={updateDimensionAction}
            className="mt-2 grid gap-2 sm:grid-cols-[1fr_2fr_auto]"
            aria-label={`Edit dimension ${dimension.key}`}
          >
            <input type="hidden" name="id" value={dimension.id} />
            <FormField name="label" label="Label">
              <Input defaultValue={dimension.label} />
            </FormField>
            <FormField name="definition" label="Definition">
              <Input defaultValue={dimension.definition} />
            </FormField>
            <div className="flex items-end">
              <button type="submit" className={buttonClass}>
                Save
              </button>
            </div>
          </ActionForm>
          <ol className="mt-4 space-y-3">
            {dimension.positions.map((position, i) => (
              <li
                key={position.id}
                className="rounded border border-slate-100 p-2"
                aria-label={`Position ${position.key}`}
              >
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  <span aria-hidden className="inline-block h-4 w-4 rounded" style={{ background: position.color }} />
                  <strong>{position.label}</strong> <code className="text-slate-600">{position.key}</code>
                  {position.retired ? <span className="text-amber-800">(retired)</span> : null}
                  <Controls
                    kind="position"
                    entry={position}
                    first={i === 0}
                    last={i === dimension.positions.length - 1}
                  />
                </div>
                <PositionForm position={position} />
              </li>
            ))}
          </ol>
          <NewPosition dimension={dimension} />
        </section>
      ))}
      <section aria-labelledby="new-dimension" className="max-w-xl">
        <h2 id="new-dimension" className="text-lg font-semibold">
          Add a dimension
        </h2>
        <ActionForm action={createDimensionAction} className="mt-2 space-y-3" aria-label="Add a dimension">
          <FormField name="key" label="Key (lower-case, never changes)">
            <Input />
          </FormField>
          <FormField name="label" label="Label">
            <Input />
          </FormField>
          <FormField name="definition" label="Definition">
            <TextArea rows={2} />
          </FormField>
          <button type="submit" className={buttonClass}>
            Add dimension
          </button>
        </ActionForm>
      </section>
    </main>
  );
}

function Controls({
  kind,
  entry,
  first,
  last,
}: {
  kind: "dimension" | "position";
  entry: { id: number; key: string; retired: boolean };
  first: boolean;
  last: boolean;
}) {
  return (
    <span className="flex gap-2">
      {(["up", "down"] as const).map((direction) => (
        <ActionForm key={direction} action={moveAction} className="inline">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={entry.id} />
          <input type="hidden" name="direction" value={direction} />
          <button
            type="submit"
            className={smallButton}
            disabled={direction === "up" ? first : last}
            aria-label={`Move ${kind} ${entry.key} ${direction}`}
          >
            {direction === "up" ? "↑ Up" : "↓ Down"}
          </button>
        </ActionForm>
      ))}
      <ActionForm action={retireAction} className="inline">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={entry.id} />
        <input type="hidden" name="retired" value={String(!entry.retired)} />
        <button
          type="submit"
          className={smallButton}
          aria-label={`${entry.retired ? "Un-retire" : "Retire"} ${kind} ${entry.key}`}
        >
          {entry.retired ? "Un-retire" : "Retire"}
        </button>
      </ActionForm>
    </span>
  );
}

function PositionForm({ position }: { position: PositionDto }) {
  return (
    <ActionForm
      action={updatePositionAction}
      className="mt-2 grid gap-2 sm:grid-cols-[1fr_2fr_auto_auto]"
      aria-label={`Edit position ${position.key}`}
    >
      <input type="hidden" name="id" value={position.id} />
      <FormField name="label" label="Label">
        <Input defaultValue={position.label} />
      </FormField>
      <FormField name="definition" label="Definition">
        <Input defaultValue={position.definition} />
      </FormField>
      <FormField name="color" label="Colour">
        <Input type="color" defaultValue={position.color} className="mt-1 block h-10 w-16" />
      </FormField>
      <div className="flex items-end">
        <button type="submit" className={buttonClass}>
          Save
        </button>
      </div>
    </ActionForm>
  );
}

function NewPosition({ dimension }: { dimension: DimensionDto }) {
  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-sm underline">Add a position to {dimension.label}</summary>
      <ActionForm
        action={createPositionAction}
        className="mt-2 grid gap-2 sm:grid-cols-2"
        aria-label={`Add a position to ${dimension.key}`}
      >
        <input type="hidden" name="dimensionId" value={dimension.id} />
        <FormField name="key" label="Key (lower-case, never changes)">
          <Input />
        </FormField>
        <FormField name="label" label="Label">
          <Input />
        </FormField>
        <FormField name="definition" label="Definition" className="text-sm sm:col-span-2">
          <Input />
        </FormField>
        <FormField name="color" label="Colour">
          <Input type="color" defaultValue="#64748b" className="mt-1 block h-10 w-16" />
        </FormField>
        <div className="flex items-end">
          <button type="submit" className={buttonClass}>
            Add position
          </button>
        </div>
      </ActionForm>
    </details>
  );
}
