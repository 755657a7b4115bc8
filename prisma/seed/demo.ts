import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoEvents } from "./events";
import { seedHubs } from "./hubs";
import { seedDemoP2P } from "./demo-p2p";
import { seedDemoP2PResults } from "./demo-p2p-results";
import { seedDemoP2PReview } from "./demo-p2p-review";

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
  // Owners of two more member hubs, who applied in the round whose results are out (demo-p2p-results.ts).
  { email: "member8@echn.test", name: "Giorgos Antoniou", role: "member" },
  { email: "member9@echn.test", name: "Ivana Horvat", role: "member" },
  // The panel of the round in review (demo-p2p-review.ts): members who own no hub, not staff.
  { email: "reviewer1@echn.test", name: "Anna Lindqvist", role: "member" },
  { email: "reviewer2@echn.test", name: "Pieter de Vries", role: "member" },
  { email: "reviewer3@echn.test", name: "Lucía Romero", role: "member" },
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
  await seedDemoP2PReview(db, now);
  await seedDemoP2PResults(db, now);
}
