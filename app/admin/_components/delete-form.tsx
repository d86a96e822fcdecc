// "Delete": a soft delete (the record is kept and listed under Deleted, where it can be restored). Refused, with the
// reason shown here, while published quotes depend on the record.
import { ActionForm } from "@/components/action-form";
import { deleteArticleAction, deletePersonAction } from "../deleted/actions";

export function DeleteForm({ kind, id, name }: { kind: "article" | "person"; id: number; name: string }) {
  return (
    <ActionForm
      action={kind === "article" ? deleteArticleAction : deletePersonAction}
      aria-label={`Delete ${kind} ${name}`}
      className="mt-8 border-t border-slate-200 pt-4"
    >
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-slate-600">
        Deleting hides this {kind} everywhere; it stays under Deleted, from where it can be restored.
      </p>
      <button type="submit" className="mt-2 rounded border border-red-400 px-3 py-2 text-sm text-red-800">
        Delete this {kind}
      </button>
    </ActionForm>
  );
}
