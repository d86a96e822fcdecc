// GET /api/v1/stances/export in the formats that carry their types: the Frictionless Data Package descriptor of the
// CSV (valid against the published Tabular Data Package and Table Schema JSON Schemas, vendored in
// tests/fixtures/frictionless, and true to the CSV it describes), and Parquet read back by another reader
// (hyparquet) with its column types.
import fs from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/stances/export/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { listStances } from "@/lib/stances/queries";
import { StanceDto } from "@/lib/stances/dto";
import { seedDemo } from "@/prisma/seed/demo";
import { createUser } from "../support/users";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

let auth: Record<string, string>;
beforeAll(async () => {
  await seedDemo(db);
  auth = {
    authorization: `Bearer ${(await createApiToken(await createUser(db, { role: "researcher" }), { name: "t" })).token}`,
    host: "stances.example.org",
    "x-forwarded-proto": "https",
  };
}, 120_000);

const exportOf = (query: string) =>
  GET(new Request(`http://localhost/api/v1/stances/export?${query}`, { headers: auth }), {
    params: Promise.resolve({}),
  });

const schemaOf = (file: string) =>
  JSON.parse(fs.readFileSync(`tests/fixtures/frictionless/${file}`, "utf8")) as Record<string, unknown>;

interface Descriptor {
  profile: string;
  licenses: { name: string }[];
  codebookVersion: string;
  filter: string;
  citation: string;
  resources: {
    path: string;
    rowCount: number;
    dialect: { lineTerminator: string };
    sources: { path: string }[];
    schema: { fields: { name: string; type: string; constraints?: { required?: boolean; enum?: string[] } }[] };
  }[];
}

describe("format=datapackage", () => {
  it("is a valid Tabular Data Package whose Table Schema matches the CSV of the same filter", async () => {
    const response = await exportOf("format=datapackage&holderCountry=KP&dimension=instrument");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="datapackage.json"');
    const descriptor = (await response.json()) as Descriptor;

    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat("textarea", true); // an editor hint in the Frictionless schemas, not a constraint
    const validPackage = ajv.compile(schemaOf("tabular-data-package.json"));
    expect(validPackage(descriptor), JSON.stringify(validPackage.errors)).toBe(true);
    const validTableSchema = ajv.compile(schemaOf("table-schema.json"));
    const [resource] = descriptor.resources;
    expect(validTableSchema(resource.schema), JSON.stringify(validTableSchema.errors)).toBe(true);
    // The validators refuse what the specifications refuse.
    expect(validPackage({ ...descriptor, resources: [{ ...resource, name: "Not A Name" }] })).toBe(false);
    expect(validTableSchema({ fields: [{ name: "id", type: "int" }] })).toBe(false);

    expect(descriptor.licenses[0].name).toBe("CC-BY-4.0");
    expect(descriptor.codebookVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(descriptor.filter).toBe("dimension=instrument&holderCountry=KP");
    expect(descriptor.citation).toContain("codebook version");
    expect(resource.sources[0].path).toBe(
      "https://stances.example.org/api/v1/stances/export?format=csv&dimension=instrument&holderCountry=KP",
    );

    // The CSV it names, made now with the same filter: same file name, same columns, types that parse, row count.
    const csvResponse = await exportOf("format=csv&holderCountry=KP&dimension=instrument");
    expect(csvResponse.headers.get("content-disposition")).toBe(`attachment; filename="${resource.path}"`);
    const [header, ...records] = parseCsv(await csvResponse.text()) as string[][];
    const fields = resource.schema.fields;
    expect(fields.map((field) => field.name)).toEqual(header);
    expect(records.length).toBe(resource.rowCount);
    expect(resource.rowCount).toBeGreaterThan(0);
    const typeOf = (name: string) => fields.find((field) => field.name === name);
    expect(typeOf("id")?.type).toBe("integer");
    expect(typeOf("statedOn")?.type).toBe("date");
    expect(typeOf("statedOnReported")?.type).toBe("boolean");
    expect(typeOf("attribution")?.constraints?.enum).toContain("on_record");
    const valueMatches: Record<string, RegExp> = {
      integer: /^-?\d+$/,
      date: /^\d{4}-\d{2}-\d{2}$/,
      boolean: /^(true|false)$/,
      string: /^/s,
    };
    for (const record of records) {
      fields.forEach((field, i) => {
        if (record[i] === "") expect(field.constraints?.required, field.name).not.toBe(true);
        else expect(record[i], field.name).toMatch(valueMatches[field.type]);
        if (record[i] !== "" && field.constraints?.enum) expect(field.constraints.enum).toContain(record[i]);
      });
    }
  });

  it("validates its parameters before answering", async () => {
    expect((await exportOf("format=datapackage&holderCountry=ZZ")).status).toBe(400);
  });
});

describe("format=parquet", () => {
  it("holds every stance of the filter in typed columns that another reader reads back", async () => {
    const response = await exportOf("format=parquet&holderCountry=KR");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/filename="stances_holderCountry-KR_.*\.parquet"/);
    const file = await response.arrayBuffer();
    expect(new TextDecoder().decode(file.slice(0, 4))).toBe("PAR1");

    const metadata = parquetMetadata(file);
    const schema = parquetSchema(metadata);
    const element = (name: string) => schema.children.find((child) => child.element.name === name)?.element;
    expect(element("id")).toMatchObject({ type: "INT32", repetition_type: "REQUIRED" });
    expect(element("statedOn")).toMatchObject({ type: "INT32", converted_type: "DATE" });
    expect(element("statedOnReported")).toMatchObject({ type: "BOOLEAN" });
    expect(element("quoteText")).toMatchObject({ type: "BYTE_ARRAY", converted_type: "UTF8" });
    expect(element("outletId")).toMatchObject({ type: "INT32", repetition_type: "OPTIONAL" });
    expect(schema.children.map((child) => child.element.name)).toEqual(Object.keys(StanceDto.shape));
    const kv = Object.fromEntries((metadata.key_value_metadata ?? []).map(({ key, value }) => [key, value]));
    expect(kv.filter).toBe("holderCountry=KR");
    expect(kv.codebookVersion).toMatch(/^[0-9a-f]{12}$/);

    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    const api = (await listStances("review", { holderCountry: "KR", limit: 500 })).data;
    expect(rows).toHaveLength(api.length);
    expect(api.length).toBeGreaterThan(0);
    for (const [i, row] of rows.entries()) {
      const expected = api[i];
      expect(row.id).toBe(expected.id);
      expect(row.statedOn).toEqual(new Date(`${expected.statedOn}T00:00:00Z`));
      expect(row.statedOnReported).toBe(expected.statedOnReported);
      expect(row.quoteText).toBe(expected.quoteText);
      expect(row.outletId ?? null).toBe(expected.outletId);
      expect(row.speakerCountry ?? null).toBe(expected.speakerCountry);
    }
  });

  it("carries every value as the API gives it, tabs, line breaks, backslashes and \\N in text included", async () => {
    const stance = await db.stance.findFirstOrThrow({
      where: { holderCountry: { code: "KR" }, deletedAt: null },
      select: { id: true, note: true, quote: { select: { id: true, text: true } } },
    });
    const awkward = "탭\there\r\nnext line \\N \\t a\\b \u0008\u000b\f 終戦宣言";
    await db.quote.update({ where: { id: stance.quote.id }, data: { text: awkward } });
    await db.stance.update({ where: { id: stance.id }, data: { note: "\\N" } });
    try {
      const file = await (await exportOf("format=parquet&holderCountry=KR")).arrayBuffer();
      const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
      const api = (await listStances("review", { holderCountry: "KR", limit: 500 })).data;
      expect(rows.find((row) => row.id === stance.id)).toMatchObject({ quoteText: awkward, note: "\\N" });
      const dates = new Set(["statedOn", "articlePublishedOn"]);
      for (const [i, row] of rows.entries())
        for (const [key, value] of Object.entries(api[i]))
          expect(row[key] ?? null, `${api[i].id} ${key}`).toEqual(
            dates.has(key) ? new Date(`${String(value)}T00:00:00Z`) : value,
          );
    } finally {
      await db.quote.update({ where: { id: stance.quote.id }, data: { text: stance.quote.text } });
      await db.stance.update({ where: { id: stance.id }, data: { note: stance.note } });
    }
  });

  it("is a valid file with no rows when nothing matches", async () => {
    const response = await exportOf("format=parquet&holderCountry=KR&q=photosynthesis");
    const file = await response.arrayBuffer();
    expect(parquetMetadata(file).num_rows).toBe(0n);
    expect(await parquetReadObjects({ file })).toEqual([]);
  });
});
