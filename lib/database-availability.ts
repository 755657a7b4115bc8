// Whether the database answered lately. lib/db.ts marks it unavailable when a connection is
// refused or lost, and server.ts then turns the 500 of a page that needed it into a 503 with
// Retry-After: "try again shortly", not "something is broken". Loaded by both (server.ts
// outside Next's bundle), so the state lives on globalThis, in this process only: each
// instance finds out about its own connections.

const UNAVAILABLE_UNTIL = Symbol.for("echn.databaseUnavailableUntil");
const state = globalThis as { [UNAVAILABLE_UNTIL]?: number };

/** About how long PostgreSQL takes to restart or fail over; what Retry-After says. */
export const RETRY_AFTER_SECONDS = 5;

/** The digest of the error a page shows while the database is unreachable (app/error.tsx). */
export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

export function markDatabaseUnavailable(): void {
  state[UNAVAILABLE_UNTIL] = Date.now() + RETRY_AFTER_SECONDS * 1000;
}

export function databaseUnavailable(): boolean {
  return (state[UNAVAILABLE_UNTIL] ?? 0) > Date.now();
}

// Prisma's codes for an unreachable server, a lost connection and an exhausted pool, the
// driver adapter's kinds for the same, and PostgreSQL's for a server shutting down or starting.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"]);

/** Whether an error says the database could not be reached, rather than that a query was wrong. */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string; originalCode?: string } } }; message?: string };
  const cause = e?.meta?.driverAdapterError?.cause;
  return (
    PRISMA_CODES.has(e?.code ?? "") ||
    POSTGRES_CODES.has(e?.code ?? "") ||
    ADAPTER_KINDS.has(cause?.kind ?? "") ||
    POSTGRES_CODES.has(cause?.code ?? cause?.originalCode ?? "") ||
    /Can't reach database server|Connection terminated|ECONNREFUSED|ECONNRESET/.test(e?.message ?? "")
  );
}
