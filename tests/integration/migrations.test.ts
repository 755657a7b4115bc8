// The offline migration workflow (prisma/migrate/) on a scratch database of its own: create,
// apply, check, and what happens when someone edits history, changes the database by hand,
// or ships a migration that fails half-way.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createMigration, deployMigrations, MigrationFailed, migrationStatus } from "@/prisma/migrate/migrations";
import { createDatabase, dropDatabase, scratchName, withDatabase } from "@/scripts/lib/postgres";

const HEADER = `generator client {
  provider = "prisma-client"
  output   = "./generated"
}

datasource db {
  provider = "postgresql"
}
`;

const HUB = `
model Hub {
  id   Int    @id @default(autoincrement())
  name String
}
`;

const HUB_WITH_CITY = `
model Hub {
  id   Int     @id @default(autoincrement())
  name String
  city String?
}
`;

const adminUrl = inject("adminUrl");
const dbName = scratchName("echn_migrations");
const url = withDatabase(adminUrl, dbName);
let dir: string;
let schemaPath: string;
let migrationsDir: string;
let client: pg.Client;

const opts = () => ({ url, schemaPath, migrationsDir });
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const sqlOf = (name: string) => readFile(path.join(migrationsDir, name, "migration.sql"), "utf-8");

async function tables(): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((r) => r.table_name);
}

async function columnsOf(table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
    [table],
  );
  return rows.map((r) => r.column_name);
}

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };
async function history(): Promise<HistoryRow[]> {
  const { rows } = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return rows;
}

/** Migration folders are named by the second they were made in; keep two of ours apart. */
async function nextSecond() {
  const now = Date.now();
  await new Promise((r) => setTimeout(r, 1000 - (now % 1000) + 5));
}

const CLEAN = { pending: [], failed: [], edited: [], unknown: [], drift: null, unmigratedSchemaChanges: null };

beforeAll(async () => {
  await createDatabase(adminUrl, dbName);
  dir = await mkdtemp(path.join(os.tmpdir(), "echn-migrations-"));
  schemaPath = path.join(dir, "schema.prisma");
  migrationsDir = path.join(dir, "migrations");
  await writeFile(schemaPath, HEADER + HUB);
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await dropDatabase(adminUrl, dbName);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the offline migration workflow", () => {
  let first: string;
  let second: string;

  it("creates the first migration from the schema", async () => {
    const created = await createMigration({ ...opts(), name: "Create hubs!" });
    expect(created).not.toBeNull();
    first = created!.name;
    expect(first).toMatch(/^\d{14}_create_hubs$/);
    const sql = await sqlOf(first);
    expect(sql).toBe(created!.sql);
    expect(sql).toMatch(/CREATE TABLE "Hub"/);
    expect(existsSync(path.join(migrationsDir, "migration_lock.toml"))).toBe(true);
    // Creating does not touch the database.
    expect(await tables()).toEqual([]);
  });

  it("refuses a migration name with nothing usable in it", async () => {
    await expect(createMigration({ ...opts(), name: "!!!" })).rejects.toThrow(/Give the migration a name/);
  });

  it("reports the new migration as pending before it is applied", async () => {
    const status = await migrationStatus(opts());
    expect(status.pending).toEqual([first]);
    expect(status.drift).toBeNull();
  });

  it("applies it, recording Prisma's own history with the file's sha256", async () => {
    expect(await deployMigrations(opts())).toEqual([first]);
    expect(await tables()).toEqual(["Hub", "_prisma_migrations"]);
    expect(await columnsOf("Hub")).toEqual(["id", "name"]);
    const [row, ...rest] = await history();
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ migration_name: first, checksum: sha256(await sqlOf(first)), rolled_back_at: null });
    expect(row!.finished_at).toBeInstanceOf(Date);
  });

  it("then reports a clean status, and deploying again applies nothing", async () => {
    expect(await migrationStatus(opts())).toEqual(CLEAN);
    expect(await deployMigrations(opts())).toEqual([]);
  });

  it("creates nothing when the schema has not changed", async () => {
    expect(await createMigration({ ...opts(), name: "nothing" })).toBeNull();
  });

  it("sees a schema change no migration holds yet, and turns it into a second migration", async () => {
    await writeFile(schemaPath, HEADER + HUB_WITH_CITY);
    expect((await migrationStatus(opts())).unmigratedSchemaChanges).toMatch(/"city"/);
    await nextSecond();
    const created = await createMigration({ ...opts(), name: "add_city" });
    second = created!.name;
    expect(second > first).toBe(true);
    expect(created!.sql).toMatch(/ALTER TABLE "Hub" ADD COLUMN\s+"city" TEXT/);
    expect(created!.sql).not.toMatch(/CREATE TABLE/);
    expect((await migrationStatus(opts())).pending).toEqual([second]);
    expect(await deployMigrations(opts())).toEqual([second]);
    expect(await columnsOf("Hub")).toEqual(["id", "name", "city"]);
    expect(await migrationStatus(opts())).toEqual(CLEAN);
  });

  it("notices an applied migration whose file was edited afterwards", async () => {
    const original = await sqlOf(first);
    const file = path.join(migrationsDir, first, "migration.sql");
    await writeFile(file, original + "\n-- edited after it was applied\n");
    try {
      const status = await migrationStatus(opts());
      expect(status.edited).toEqual([first]);
      expect(status.pending).toEqual([]);
    } finally {
      await writeFile(file, original);
    }
    expect(await migrationStatus(opts())).toEqual(CLEAN);
  });

  it("notices a column added by hand as drift", async () => {
    await client.query(`ALTER TABLE "Hub" ADD COLUMN "addedByHand" integer`);
    try {
      const status = await migrationStatus(opts());
      expect(status.drift).toMatch(/addedByHand/);
      expect(status.pending).toEqual([]);
      expect(status.edited).toEqual([]);
    } finally {
      await client.query(`ALTER TABLE "Hub" DROP COLUMN "addedByHand"`);
    }
    expect(await migrationStatus(opts())).toEqual(CLEAN);
  });

  it("rolls back a migration that fails half-way, names the failing statement, and applies the fixed file", async () => {
    const name = "29991231235959_half_way";
    const folder = path.join(migrationsDir, name);
    await mkdir(folder);
    const file = path.join(folder, "migration.sql");
    const ok = `-- CreateTable\nCREATE TABLE "Workshop" ("id" SERIAL NOT NULL, "title" TEXT NOT NULL, CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id"));`;
    await writeFile(file, `${ok}\n\n-- AddColumn\nALTER TABLE "Hub" ADD COLUMN "capacity" NO_SUCH_TYPE;\n`);

    const error = await deployMigrations(opts()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MigrationFailed);
    const failed = error as MigrationFailed;
    expect(failed.migration).toBe(name);
    expect(failed.message).toContain(`Migration ${name} failed and was rolled back`);
    expect(failed.message).toMatch(/type "no_such_type" does not exist/);
    expect(failed.message).toContain(`Statement:\nALTER TABLE "Hub" ADD COLUMN "capacity" NO_SUCH_TYPE;`);
    expect(failed.failure?.code).toBe("42704");

    // The first statement ran, but nothing of the migration is left behind.
    expect(await tables()).toEqual(["Hub", "_prisma_migrations"]);
    expect(await columnsOf("Hub")).toEqual(["id", "name", "city"]);
    const row = (await history()).find((r) => r.migration_name === name);
    expect(row?.finished_at).toBeNull();
    expect(row?.rolled_back_at).toBeInstanceOf(Date);

    // A failure without a position in the script still names the migration and the error.
    await writeFile(file, `${ok}\nINSERT INTO "Workshop" ("id", "title") VALUES (1, 'a'), (1, 'b');\n`);
    await expect(deployMigrations(opts())).rejects.toThrow(/duplicate key value violates unique constraint "Workshop_pkey"/);
    expect(await tables()).toEqual(["Hub", "_prisma_migrations"]);

    const fixed = `${ok}\n\n-- AddColumn\nALTER TABLE "Hub" ADD COLUMN "capacity" INTEGER;\n`;
    await writeFile(file, fixed);
    expect(await deployMigrations(opts())).toEqual([name]);
    expect(await tables()).toEqual(["Hub", "Workshop", "_prisma_migrations"]);
    expect(await columnsOf("Hub")).toEqual(["id", "name", "city", "capacity"]);
    const applied = (await history()).filter((r) => r.migration_name === name && r.finished_at);
    expect(applied).toHaveLength(1);
    expect(applied[0]!.checksum).toBe(sha256(fixed));
  });
});
