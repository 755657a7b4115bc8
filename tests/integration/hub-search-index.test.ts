// The free-text search (`q`) of the directory, the map and the exports is ILIKE '%…%' over a
// hub's name, town and summary. Without trigram indexes every search reads every hub. The
// plan depends on how many hubs there are, so this runs on a database of its own holding
// 5,000 published hubs, as the benchmarks do (bench/seed-hubs.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { publishedHubWhere } from "@/lib/hubs/filters";
import { deployMigrations } from "@/prisma/migrate/migrations";
import { createDatabase, dropDatabase, scratchName, withDatabase } from "@/scripts/lib/postgres";

const adminUrl = inject("adminUrl");
const dbName = scratchName("echn_search");
const url = withDatabase(adminUrl, dbName);
let pool: pg.Pool;

const WORDS = ["Foundry", "Loom", "Hive", "Yard", "Works", "Forge", "Atelier", "Depot", "Mill", "Lantern"];
const TOWNS = ["Ljubljana", "Graz", "Porto", "Tallinn", "Lyon", "Gdańsk", "Thessaloniki", "Novi Sad"];

beforeAll(async () => {
  await createDatabase(adminUrl, dbName);
  await deployMigrations({ url });
  pool = new pg.Pool({ connectionString: url, max: 2 });
  await pool.query(
    `INSERT INTO "Hub" (id, slug, name, "nameKey", kind, format, disciplines, services, summary, story, "contactEmail", city, "cityKey",
                        "countryCode", latitude, longitude, status, "publishedAt", "confirmedAt", "updatedAt")
     SELECT 'h' || i, 'hub-' || i, w.word || ' ' || i, 'hub' || i, 'studio', 'static', '{design}', '{desks}',
            'A place where people of ' || t.town || ' make things together, number ' || i || '.', repeat('A story of the hub, its people and what they make. ', 8), 'h' || i || '@hubs.test.invalid',
            t.town, lower(t.town), 'SI', 46, 14.5, 'published', now(), now(), now()
     FROM generate_series(1, 5000) AS i
     CROSS JOIN LATERAL (SELECT ($1::text[])[1 + i % array_length($1::text[], 1)] AS word) AS w
     CROSS JOIN LATERAL (SELECT ($2::text[])[1 + i % array_length($2::text[], 1)] AS town) AS t`,
    [WORDS, TOWNS],
  );
  // What autovacuum does on a live database: without it, a new GIN index's size is unknown to the planner.
  await pool.query('VACUUM ANALYZE "Hub"');
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await dropDatabase(adminUrl, dbName);
});

/** The SQL and parameters Prisma sends for the directory's first page of a search. */
async function directorySearchQuery(q: string): Promise<{ sql: string; params: unknown[] }> {
  const logged: { sql: string; params: unknown[] }[] = [];
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => logged.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] }));
  try {
    // As listPublishedHubs asks (lib/hubs/queries.ts): the same where, a page in name order.
    await client.hub.findMany({ where: publishedHubWhere({ q }), select: { id: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 24 });
  } finally {
    await client.$disconnect();
  }
  const query = logged.find((l) => /FROM "public"\."Hub"/.test(l.sql));
  if (!query) throw new Error("Prisma logged no query on Hub");
  return query;
}

describe("the hub search's indexes", () => {
  it("exist: a trigram index on each column the search reads", async () => {
    const { rows } = await pool.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE tablename = 'Hub' AND indexdef LIKE '%gin_trgm_ops%'`);
    const columns = rows.map((r) => /\("?(\w+)"? gin_trgm_ops\)/.exec(r.indexdef)?.[1]).sort();
    expect(columns).toEqual(["city", "name", "summary"]);
  });

  it("serve the query Prisma sends for a search, at 5,000 hubs: ILIKE on each column, read through the indexes", async () => {
    const { sql, params } = await directorySearchQuery("foundry 421");
    expect(sql).toMatch(/"name" ILIKE/);
    const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params);
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    for (const index of ["Hub_name_trgm_idx", "Hub_city_trgm_idx", "Hub_summary_trgm_idx"]) {
      expect(plan).toContain(`Bitmap Index Scan on "${index}"`);
    }
    expect(plan).not.toContain("Seq Scan");
  });
});
