import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoEvents } from "./events";
import { seedHubs } from "./hubs";

/** For local use only; the README lists these. Never seeded unless --demo is given. */
const DEMO_PASSWORD = "echn-demo-2026";

const DEMO_ACCOUNTS = [
  { email: "admin@echn.test", name: "Eleni Papadaki", role: "admin" },
  { email: "staff@echn.test", name: "Sofia Marković", role: "staff" },
  { email: "member@echn.test", name: "Jonas Weber", role: "member" },
  { email: "member2@echn.test", name: "Inês Carvalho", role: "member" },
] as const;

export async function seedDemo(db: PrismaClient) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await db.user.upsert({
      where: { email: account.email },
      create: { ...account, passwordHash, emailVerified: new Date() },
      update: {},
    });
  }
  await seedHubs(db);
  await seedDemoEvents(db);
}
