// For a test file that must not share the run's database (it deletes by age, or seeds demo
// content): its own database, migrated, made the app's DATABASE_URL before the client exists,
// and dropped at the end.
import { afterAll, beforeAll, inject } from "vitest";
import { db } from "@/lib/db";
import { deployMigrations } from "@/prisma/migrate/migrations";
import { createDatabase, dropDatabase, scratchName, withDatabase } from "@/scripts/lib/postgres";
import { paths } from "@/scripts/lib/project";

export function onScratchDatabase(label: string) {
  const adminUrl = inject("adminUrl");
  const dbName = scratchName(label);

  beforeAll(async () => {
    if ((globalThis as { prisma?: unknown }).prisma) throw new Error("the database client was created before the scratch database");
    await createDatabase(adminUrl, dbName);
    process.env.DATABASE_URL = withDatabase(adminUrl, dbName);
    await deployMigrations({ url: process.env.DATABASE_URL, schemaPath: paths.schema, migrationsDir: paths.migrations });
  });

  afterAll(async () => {
    await db.$disconnect();
    await dropDatabase(adminUrl, dbName);
  });
}
