// Move a dimension or a position up or down, or retire it (closed to new coding; old records keep it).
import { ActionForm } from "@/components/action-form";
import { moveAction, retireAction } from "../actions";

const smallButton = "rounded border border-slate-400 px-2 py-1 text-xs disabled:opacity-40";

export function EntryControls({
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
