// PostgreSQL ends the app's connections when it restarts or fails over. A connection that dies
// while the app holds it between queries must not become an uncaughtException (vitest fails a
// run on one), and it marks the database unavailable so that pages answer 503 for a moment.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { databaseUnavailable, isConnectionError } from "@/lib/database-availability";
import { db, openPool } from "@/lib/db";

async function terminate(applicationName: string) {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [applicationName]);
  await admin.end();
}

describe("a lost database connection", () => {
  it("is handled, whether idle in the pool or held between queries, and marks the database unavailable", async () => {
    const name = `echn-test-${randomUUID().slice(0, 8)}`;
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set("application_name", name);
    const warnings = vi.spyOn(console, "error").mockImplementation(() => {});
    const pool = openPool(url.toString());
    const held = await pool.connect();
    await held.query("SELECT 1");
    const idle = await pool.connect();
    idle.release();
    expect(databaseUnavailable()).toBe(false);

    await terminate(name);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(databaseUnavailable()).toBe(true);
    expect(warnings.mock.calls.some(([line]) => String(line).includes("lost a database connection"))).toBe(true);
    warnings.mockRestore();
    held.release(true);
    // The pool opens a new connection for the next query.
    expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
    await pool.end();
  });

  it("is told apart from a query's own mistakes", async () => {
    const refused = await db.$queryRawUnsafe("SELECT * FROM no_such_table").catch((e: unknown) => e);
    expect(isConnectionError(refused)).toBe(false);
    const unreachable = new pg.Pool({ connectionString: "postgres://postgres@127.0.0.1:1/postgres" });
    const error = await unreachable.query("SELECT 1").catch((e: unknown) => e);
    await unreachable.end();
    expect(isConnectionError(error)).toBe(true);
  });
});
