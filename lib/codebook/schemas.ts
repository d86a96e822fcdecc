// Input shapes of the codebook admin page. Keys are set once, when a dimension or position is added, and never
// change: exports, the API and stored filters name positions by key. Labels, definitions and colours may.
import { z } from "zod";
import { booleanField, colorField, idField } from "@/lib/form-fields";

// Keys appear in URLs and CSV columns: lower-case ASCII words joined by underscores, as in the codebook.
const key = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_]{0,39}$/,
    "Use lower-case letters, digits and underscores (at most 40), starting with a letter.",
  );
const label = z.string().trim().min(1, "Enter a label.").max(120, "Keep the label under 120 characters.");
const definition = z.string().trim().max(2_000, "Keep the definition under 2,000 characters.");

export const dimensionCreateSchema = z.object({ key, label, definition: definition.min(1, "Define the dimension.") });
export type DimensionCreateInput = z.input<typeof dimensionCreateSchema>;

export const dimensionUpdateSchema = z.object({
  id: idField(),
  label,
  definition: definition.min(1, "Define the dimension."),
});
export type DimensionUpdateInput = z.input<typeof dimensionUpdateSchema>;

export const positionCreateSchema = z.object({
  dimensionId: idField("Choose a dimension."),
  key,
  label,
  definition,
  color: colorField,
});
export type PositionCreateInput = z.input<typeof positionCreateSchema>;

export const positionUpdateSchema = z.object({ id: idField(), label, definition, color: colorField });
export type PositionUpdateInput = z.input<typeof positionUpdateSchema>;

export const CODEBOOK_KINDS = ["dimension", "position"] as const;

export const codebookMoveSchema = z.object({
  kind: z.enum(CODEBOOK_KINDS),
  id: idField(),
  direction: z.enum(["up", "down"]),
});
export type CodebookMoveInput = z.input<typeof codebookMoveSchema>;

export const codebookRetireSchema = z.object({ kind: z.enum(CODEBOOK_KINDS), id: idField(), retired: booleanField });
export type CodebookRetireInput = z.input<typeof codebookRetireSchema>;
