// Minimal rows of each soft-deletable kind for authorization and audit tests: one country, dimension and
// position are shared; each call adds a fresh article, quote, person and country stance record.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface Records {
  articleId: number;
  quoteId: number;
  personId: number;
  countryStanceId: number;
}

export async function createRecords(db: PrismaClient, options: { deleted?: boolean } = {}): Promise<Records> {
  const suffix = crypto.randomBytes(4).toString("hex");
  const deletedAt = options.deleted ? new Date() : null;
  const country = await db.country.upsert({
    where: { code: "KR" },
    update: {},
    create: { code: "KR", name: "Republic of Korea", shortName: "South Korea" },
  });
  const dimension = await db.dimension.upsert({
    where: { key: "form" },
    update: {},
    create: { key: "form", label: "Form", definition: "Declaration or treaty" },
  });
  const position = await db.position.upsert({
    where: { dimensionId_key: { dimensionId: dimension.id, key: "declaration" } },
    update: {},
    create: {
      dimensionId: dimension.id,
      key: "declaration",
      label: "Declaration",
      definition: "An end-of-war declaration",
    },
  });
  const body = `Test article body ${suffix}: "We want peace," said the minister.`;
  const article = await db.article.create({
    data: {
      title: `Article ${suffix}`,
      publishedOn: new Date("2021-10-27"),
      body,
      bodyHash: crypto.createHash("sha256").update(body).digest("hex"),
      deletedAt,
    },
  });
  const person = await db.person.create({ data: { name: `Person ${suffix}`, slug: `person-${suffix}`, deletedAt } });
  const quote = await db.quote.create({
    data: {
      statementId: (await db.statement.create({ data: {} })).id,
      speakerKind: "person",
      articleId: article.id,
      startOffset: 0,
      endOffset: 4,
      text: "Test",
      attribution: "on_record",
      statedOn: new Date("2021-10-27"),
      speakerId: person.id,
      deletedAt,
    },
  });
  const countryStance = await db.countryStance.create({
    data: {
      countryId: country.id,
      dimensionId: dimension.id,
      positionId: position.id,
      validFrom: new Date("2021-01-01"),
      summary: "Supports a declaration",
      deletedAt,
    },
  });
  return { articleId: article.id, quoteId: quote.id, personId: person.id, countryStanceId: countryStance.id };
}

/** Row counts and last-change times of everything a mutation could touch, to prove a refused call changed nothing. */
export async function snapshot(db: PrismaClient): Promise<string> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT (SELECT count(*) FROM "AuditEvent") AS audit,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "User") AS users,
           (SELECT md5(string_agg(concat_ws('/', "sessionVersion", "passwordHash", role, active), ',' ORDER BY id)) FROM "User") AS user_secrets,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Article") AS articles,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Quote") AS quotes,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Person") AS people,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "CountryStance") AS country_stances,
           (SELECT count(*) || '/' || count(*) FILTER (WHERE status = 'open') FROM "PossibleShift") AS possible_shifts,
           (SELECT count(*) FROM "ShiftCheckDue") AS shift_checks_due,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Stance") AS stances,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Outlet") AS outlets,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Country") AS countries,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Dimension") AS dimensions,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Position") AS positions,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "PersonRole") AS person_roles,
           (SELECT count(*) || '/' || coalesce(md5(string_agg(concat_ws('/', id, "personId", name, language), ',' ORDER BY id)), '') FROM "PersonAlias") AS person_aliases,
           (SELECT count(*) || '/' || coalesce(md5(string_agg(concat_ws('/', "countryStanceId", "quoteId"), ',' ORDER BY "countryStanceId", "quoteId")), '') FROM "CountryStanceEvidence") AS evidence,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "DoubleCoding") AS double_codings,
           (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "DoubleCodingSettings") AS double_coding_settings,
           (SELECT count(*) || '/' || count("revokedAt") || '/' || coalesce(max("lastUsedAt")::text, '') FROM "ApiToken") AS api_tokens`;
  return JSON.stringify(rows[0], (_key, value) => (typeof value === "bigint" ? value.toString() : value));
}
