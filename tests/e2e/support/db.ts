// Direct access to the end-to-end database, for setting up data and for checking what the
// app stored (or, after a refused request, that nothing changed).
import pg from "pg";

let pool: pg.Pool | undefined;

function open(): pg.Pool {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString) throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests through `npx playwright test` (its global setup creates the database).");
  pool ??= new pg.Pool({ connectionString, max: 4, idleTimeoutMillis: 1000, allowExitOnIdle: true });
  return pool;
}

/**
 * A pg Pool on E2E_DATABASE_URL: `await db.query('SELECT … WHERE "email" = $1', [email])`.
 * Opened on first use, in the worker that uses it.
 */
export const db: pg.Pool = new Proxy({} as pg.Pool, {
  get(_, prop) {
    const p = open();
    const value = Reflect.get(p, prop, p) as unknown;
    return typeof value === "function" ? value.bind(p) : value;
  },
});

export async function closeDb() {
  const p = pool;
  pool = undefined;
  await p?.end();
}
