"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions";
import { isAppError } from "@/lib/errors";
import { ARTICLE_FIELD_NAMES } from "@/lib/articles/schemas";
import type { DuplicateArticle } from "@/lib/articles/create-article";
import { importArticle } from "@/lib/import/import-article";
import type { ImportFormState } from "./_components/import-form-state";

// The form's article fields are parsed by lib (the one article schema, after the file or page became text);
// here only what picks the source.
const ImportFormSchema = z.looseObject({
  intent: z.enum(["save", "fetch"]).default("save"),
  file: z.instanceof(File).optional(),
});

const importArticleForm = formAction(ImportFormSchema, async (input, user) => {
  const values = Object.fromEntries(
    [...ARTICLE_FIELD_NAMES, "body"].map((name) => [name, typeof input[name] === "string" ? input[name] : ""]),
  );
  const source =
    input.intent === "fetch"
      ? { type: "url" as const }
      : input.file && input.file.size > 0
        ? { type: "file" as const, file: input.file }
        : { type: "text" as const };
  let id: number;
  try {
    id = (await importArticle(user, values, source)).id;
  } catch (error) {
    if (!isAppError(error)) throw error;
    // Shown again with what the editor entered; a failed fetch opens the paste field instead.
    const state: ImportFormState = {
      ok: false,
      message: error.message,
      fields: error.details.fields,
      values,
      fetchFailed: input.intent === "fetch",
      existingArticleId: error.code === "DUPLICATE" ? (error.details.data as DuplicateArticle).articleId : undefined,
    };
    return state;
  }
  redirect(`/admin/articles/${id}?imported=1`);
});

export const importArticleAction = importArticleForm as (
  previous: ImportFormState,
  formData: FormData,
) => Promise<ImportFormState>;
