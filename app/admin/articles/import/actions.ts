"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, type FormState } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { importBulk, type BulkImportReport } from "@/lib/import/import-bulk";
import { formatOfFile } from "@/lib/import/parse-bulk";
import { BULK_FILE_MAX_BYTES } from "@/lib/import/limits";
import { readTextFile } from "@/lib/import/read-text-file";

export type BulkFormState = (NonNullable<FormState> & { report?: BulkImportReport }) | null;

const BulkFormSchema = z.object({
  file: z.instanceof(File, { error: "Choose a file" }),
  format: z.enum(["auto", "jsonl", "csv"]).default("auto"),
  allOrNothing: z.literal("on").optional(),
});

const importBulkForm = formAction(BulkFormSchema, async (input, user) => {
  const format = input.format === "auto" ? formatOfFile(input.file.name) : input.format;
  if (!format)
    throw new AppError("INVALID_INPUT", "Choose the format: the file name ends neither in .jsonl nor .csv.", {
      fields: { format: ["Choose the format"] },
    });
  const text = await readTextFile(input.file, { field: "file", maxBytes: BULK_FILE_MAX_BYTES });
  const report = await importBulk(user, text, { format, allOrNothing: input.allOrNothing === "on" });
  revalidatePath("/admin/articles");
  const state: BulkFormState = {
    ok: report.imported,
    message: report.imported
      ? `Created ${report.created.length}; ${report.duplicates.length} already here; ${report.rejected.length} rejected.`
      : `Nothing imported: ${report.rejected.length} row(s) rejected (all or nothing).`,
    report,
  };
  return state;
});

export const importBulkAction = importBulkForm as (
  previous: BulkFormState,
  formData: FormData,
) => Promise<BulkFormState>;
