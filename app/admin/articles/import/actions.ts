"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, type FormState } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { importBulk, type BulkImportReport } from "@/lib/import/import-bulk";
import { formatOfFile } from "@/lib/import/parse-bulk";

export type BulkFormState = (NonNullable<FormState> & { report?: BulkImportReport }) | null;

const BulkFormSchema = z.object({
  file: z.instanceof(File, { error: "Choose a file" }),
  format: z.enum(["auto", "jsonl", "csv"]).default("auto"),
  allOrNothing: z.literal("on").optional(),
});

// 5 MB: a thousand articles of text; the one-transaction import should not hold more.
const BULK_MAX_BYTES = 5 * 1024 * 1024;

const importBulkForm = formAction(BulkFormSchema, async (input, user) => {
  const format = input.format === "auto" ? formatOfFile(input.file.name) : input.format;
  if (!format)
    throw new AppError("INVALID_INPUT", "Choose the format: the file name ends neither in .jsonl nor .csv.", {
      fields: { format: ["Choose the format"] },
    });
  if (input.file.size > BULK_MAX_BYTES) throw new AppError("INVALID_INPUT", "The file is larger than 5 MB; split it.");
  const report = await importBulk(user, await input.file.text(), { format, allOrNothing: input.allOrNothing === "on" });
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
