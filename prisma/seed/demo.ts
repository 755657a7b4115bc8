import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoEvents } from "./events";
import { seedHubs } from "./hubs";
import { seedDemoP2P } from "./demo-p2p";

/** For local use only; the README lists these. Never seeded unless --demo is given. */
const DEMO_PASSWORD = "echn-demo-2026";

const DEMO_ACCOUNTS = [
  { email: "admin@echn.test", name: "Eleni Papadaki", role: "admin" },
  { email: "staff@echn.test", name: "Sofia Marković", role: "staff" },
  { email: "member@echn.test", name: "Jonas Weber", role: "member" },
  { email: "member2@echn.test", name: "Inês Carvalho", role: "member" },
  // Owners of the demo hubs that visit and host each other in the P2P demo round (demo-p2p.ts).
  { email: "member3@echn.test", name: "Olena Kovalenko", role: "member" },
  { email: "member4@echn.test", name: "Marek Nowak", role: "member" },
  { email: "member5@echn.test", name: "Claire Dubois", role: "member" },
  { email: "member6@echn.test", name: "Nikola Petrović", role: "member" },
  { email: "member7@echn.test", name: "Nino Beridze", role: "member" },
] as const;

export async function seedDemo(db: PrismaClient, now = new Date()) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await db.user.upsert({
      where: { email: account.email },
      create: { ...account, passwordHash, emailVerified: new Date() },
      update: {},
    });
  }
  await seedHubs(db, now.getTime());
  await seedDemoEvents(db, now.getTime());
  await seedDemoP2P(db, now);
}
