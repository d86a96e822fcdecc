// The stance row's columns as typed fields, derived from StanceDto (the one definition of the flat row), for the
// files that carry their types: the Table Schema of the Data Package (Frictionless Table Schema types) and the
// Parquet export's column types. Pure.
import { z } from "zod";
import { StanceDto } from "./dto";

export type FieldType = "integer" | "string" | "date" | "boolean";

export interface TableField {
  name: keyof StanceDto;
  type: FieldType;
  description?: string;
  /** Never empty. */
  required: boolean;
  /** The only values the column holds (codebook enums such as attribution). */
  values?: readonly string[];
}

interface JsonSchemaProperty {
  type?: string | string[];
  anyOf?: JsonSchemaProperty[];
  format?: string;
  enum?: string[];
  description?: string;
}

export const STANCE_FIELDS: readonly TableField[] = Object.entries(
  z.toJSONSchema(StanceDto, { io: "output" }).properties as Record<string, JsonSchemaProperty>,
).map(([name, property]) => {
  const variants = property.anyOf ?? [property];
  const types = variants.flatMap((variant) => [variant.type ?? []].flat());
  const main = variants.find((variant) => variant.type !== "null") ?? property;
  const mainType = [main.type].flat().find((type) => type !== "null");
  const type: FieldType =
    mainType === "integer"
      ? "integer"
      : mainType === "boolean"
        ? "boolean"
        : main.format === "date"
          ? "date"
          : "string";
  return {
    name: name as keyof StanceDto,
    type,
    ...(property.description ? { description: property.description } : {}),
    required: !types.includes("null"),
    ...(main.enum ? { values: main.enum } : {}),
  };
});
