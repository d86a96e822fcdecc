// The environment, validated once. No other module reads process.env: add a variable here, and to the
// table in README.md, when the app needs a new one.
import { z } from "zod";

const optionalText = z.string().trim().min(1).optional();

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Unset: the app scripts start the embedded PostgreSQL server and set this for the Next.js process. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /**
     * A read replica of DATABASE_URL for the bulk exports only (lib/database/copy-out.ts), which read a million rows
     * and can be seconds behind; everything else reads the primary (README, "Deploying at scale").
     */
    DATABASE_REPLICA_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    EMBEDDED_PG_DIR: z.string().default(".data/postgres"),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /**
     * The public address of the site: canonical URLs, Open Graph, the sitemap and the feed are built from it.
     * Unset: http://localhost:PORT, the address the app serves on.
     */
    SITE_URL: z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
    /** Signs session cookies. Required in production; development generates one into .data/auth-secret. */
    AUTH_SECRET: z
      .string()
      .min(32, "AUTH_SECRET must be at least 32 characters (try `openssl rand -base64 32`)")
      .optional(),
    /**
     * Proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For is believed: the client's address
     * is then the last entry a trusted hop did not write. Unset: the connection's own address, whatever the header.
     */
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((list) =>
        list
          .split(",")
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], { message: "Use addresses or CIDR ranges" })),
      ),
    AUTH_GITHUB_ID: optionalText,
    AUTH_GITHUB_SECRET: optionalText,
    AUTH_GOOGLE_ID: optionalText,
    AUTH_GOOGLE_SECRET: optionalText,
    AUTH_OIDC_ISSUER: z.url().optional(),
    AUTH_OIDC_ID: optionalText,
    AUTH_OIDC_SECRET: optionalText,
    /**
     * Counts over a text search (`q`) stop at this many matches, as search engines' do: the answer says "10,000+"
     * (`totalIsLowerBound` in the API) and the explorer's facets and timeline are computed over those matches.
     */
    TEXT_MATCH_COUNT_CAP: z.coerce.number().int().min(1).max(10_000_000).default(10_000),
    /** Browser tests only: the Chromium to drive. */
    CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
    /** Tests only: a PostgreSQL server to create and drop test databases on, instead of a throwaway embedded one. */
    TEST_DATABASE_ADMIN_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** Browser tests only: reuse the last `next build` instead of building again. */
    E2E_REUSE_BUILD: z.stringbool().default(false),
    /** Tests only (CI sets it): run the /api-docs Python and R examples, failing instead of skipping without them. */
    REQUIRE_API_SNIPPETS: z.stringbool().default(false),
  })
  .transform((value) => ({
    ...value,
    SITE_URL: value.SITE_URL ?? `http://localhost:${value.PORT}`,
    /** Whether SITE_URL was set rather than defaulted (a production server on an external database needs it). */
    siteUrlGiven: value.SITE_URL !== undefined,
    /** The connection string, or a clear error when the app was started without the project's scripts. */
    get databaseUrl(): string {
      if (!value.DATABASE_URL) {
        throw new Error(
          "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start the embedded " +
            "PostgreSQL server when DATABASE_URL is absent.",
        );
      }
      return value.DATABASE_URL;
    },
  }));

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/**
 * True inside the Next.js server. Next.js replaces the literal `process.env.NEXT_RUNTIME` when it bundles server
 * code, so it is read here as that literal rather than through the schema above.
 */
export function insideNextServer(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

/** True while `next build` prerenders pages: there is no database then (Next.js sets NEXT_PHASE for its workers). */
export function prerenderingBuild(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
