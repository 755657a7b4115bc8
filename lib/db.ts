import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client (and one connection pool) per process, created on first use so that
// `next build` never needs a database. Next's dev server re-evaluates modules on every
// edit, so the instance lives on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  return (globalForPrisma.prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
    // Prisma waits 2 s for a pooled connection before giving up on a transaction; under a
    // burst that is a 500. Wait longer, and let a transaction run for up to 15 s.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  }));
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

export type { Prisma } from "@/lib/generated/prisma/client";
