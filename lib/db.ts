import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { DATABASE_UNAVAILABLE, isConnectionError, markDatabaseUnavailable } from "@/lib/database-availability";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";

// One client (and one connection pool) per process, created on first use so that
// `next build` never needs a database. Next's dev server re-evaluates modules on every
// edit, so the instance lives on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// PostgreSQL restarted or failed over: a connection dies while idle in the pool or while a
// query holds it. pg drops it (the next query opens another), but an 'error' event nobody
// listens to would be an uncaughtException.
function connectionLost(error: Error) {
  markDatabaseUnavailable();
  log.warn("lost a database connection", { error });
}

export function openPool(connectionString: string, options: pg.PoolConfig = {}): pg.Pool {
  const p = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), ...options });
  p.on("error", connectionLost);
  p.on("connect", (client) => client.on("error", connectionLost));
  return p;
}

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const prisma = new PrismaClient({
    adapter: new PrismaPg(openPool(connectionString)),
    // Prisma waits 2 s for a pooled connection before giving up on a transaction; under a
    // burst that is a 500. Wait longer, and let a transaction run for up to 15 s.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  return (globalForPrisma.prisma = prisma.$extends({
    query: {
      // A query that could not reach the database marks it unavailable (server.ts answers 503)
      // and carries a digest the error page recognises.
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          if (isConnectionError(error)) {
            markDatabaseUnavailable();
            Object.assign(error as object, { digest: DATABASE_UNAVAILABLE });
          }
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient);
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

export type { Prisma } from "@/lib/generated/prisma/client";
