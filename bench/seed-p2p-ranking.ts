// Seeds a P2P round in review for the ranking benchmark (bench/p2p-ranking.ts): 1,000
// applications their hosts agreed to, 3,000 submitted reviews by a panel of 30 (three each,
// with z-scores and some disagreements), some decisions already taken within the budget, a
// small round of 10 applications to compare the number of queries with, and a staff account
// the benchmark signs in with (its session is a real sign-in, as a browser's).
//
//   DATABASE_URL=postgresql://… npm run bench:seed-p2p-ranking [-- --applications 1000 --password …]
//
// With the embedded database, start the site (`npm start`) and use the DATABASE_URL it prints.
// Replaceable: every run first removes what an earlier run seeded (ids and addresses starting
// with "bench-p2p-"). The same --seed gives the same scores.
import { parseArgs } from "node:util";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { BENCH_LARGE_ROUND, BENCH_P2P_PREFIX as PREFIX, BENCH_SMALL_ROUND, BENCH_STAFF_EMAIL, BENCH_STAFF_PASSWORD } from "./lib/p2p-ranking";
import { seededRandom } from "./lib/random";

if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the database to seed (`npm start` prints the embedded one's).");
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    applications: { type: "string", default: "1000" },
    reviewers: { type: "string", default: "30" },
    password: { type: "string", default: BENCH_STAFF_PASSWORD },
    seed: { type: "string", default: "1" },
  },
});
const APPLICATIONS = Number(values.applications);
const REVIEWERS = Number(values.reviewers);
const REVIEWS_EACH = 3;
const DAY = 86_400_000;
const GRANT = 117_500;
const HOST_GRANT = 50_000;

// Seeded, so that two runs seed the same scores.
const random = seededRandom(Number(values.seed));

const CITIES = [["Lisbon", "PT"], ["Madrid", "ES"], ["Berlin", "DE"], ["Belgrade", "RS"], ["Athens", "GR"], ["Ljubljana", "SI"], ["Tallinn", "EE"], ["Porto", "PT"]] as const;
const dateOnly = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);

async function removeEarlierRun() {
  const rounds = await db.p2PRound.findMany({ where: { slug: { startsWith: PREFIX } }, select: { id: true } });
  const roundIds = rounds.map((r) => r.id);
  // Applications hold their round and hubs (Restrict); their reviews and assignments go with them.
  await db.p2PApplication.deleteMany({ where: { roundId: { in: roundIds } } });
  await db.p2PRound.deleteMany({ where: { id: { in: roundIds } } });
  await db.hub.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await db.user.deleteMany({ where: { email: { startsWith: PREFIX } } });
}

async function users(kind: string, count: number, passwordHash: string) {
  const data = Array.from({ length: count }, (_, i) => ({ id: `${PREFIX}${kind}-${i}`, name: `Bench ${kind} ${i + 1}`, email: `${PREFIX}${kind}-${i}@bench.invalid`, passwordHash, emailVerified: new Date() }));
  await db.user.createMany({ data });
  return data.map((u) => u.id);
}

async function hubs(kind: string, count: number, ownerIds: string[]) {
  const data = Array.from({ length: count }, (_, i) => {
    const [city, countryCode] = CITIES[i % CITIES.length]!;
    const name = `Bench ${kind} hub ${i + 1}`;
    return {
      id: `${PREFIX}${kind}-hub-${i}`, slug: `${PREFIX}${kind}-hub-${i}`, name, nameKey: name.toLowerCase().replace(/[^a-z0-9]/g, ""), kind: "studio" as const, format: "static" as const,
      disciplines: ["design"], services: [], summary: "A shared studio for the ranking benchmark.", story: "", contactEmail: `${PREFIX}${kind}-hub-${i}@bench.invalid`,
      city, cityKey: city.toLowerCase(), countryCode, latitude: 45, longitude: 15, status: "published" as const, publishedAt: new Date(),
    };
  });
  await db.hub.createMany({ data });
  await db.hubOwner.createMany({ data: data.map((h, i) => ({ hubId: h.id, userId: ownerIds[i % ownerIds.length]! })) });
  return data.map((h) => h.id);
}

/** A round in review with a rubric, `count` applications, three reviews each, and decisions on the first few. */
async function seedRound(slug: string, count: number, applicants: string[], visiting: string[], hosts: string[], reviewers: string[]) {
  const now = Date.now();
  const round = await db.p2PRound.create({
    data: {
      id: slug, slug, name: `Bench ranking round (${count.toLocaleString("en-GB")} applications)`, summary: "A round for the ranking benchmark.", status: "in_review",
      opensOn: dateOnly(now - 60 * DAY), closesOn: dateOnly(now - 20 * DAY), exchangesFrom: dateOnly(now + 30 * DAY), exchangesUntil: dateOnly(now + 200 * DAY),
      maxStayDays: 5, travelRateCents: 35_000, dailyRateCents: 16_500, hostGrantCents: HOST_GRANT, maxGrantCents: GRANT,
      budgetCents: Math.ceil(count / 4) * (GRANT + HOST_GRANT), hostAnswerDays: 14, reviewsNeeded: REVIEWS_EACH, countries: CITIES.map((c) => c[1]), publishedAt: new Date(now - 60 * DAY),
      criteria: {
        create: [
          { position: 0, name: "Relevance", weight: 2, labels: ["None", "Poor", "Fair", "Good", "Very good", "Excellent"] },
          { position: 1, name: "Quality of the plan", weight: 1, labels: ["None", "Poor", "Fair", "Good", "Very good", "Excellent"] },
          { position: 2, name: "Impact", weight: 1, labels: ["None", "Poor", "Fair", "Good", "Very good", "Excellent"] },
        ],
      },
    },
  });
  const applications = Array.from({ length: count }, (_, i) => {
    const startsOn = dateOnly(now + (40 + (i % 100)) * DAY);
    return {
      id: `${slug}-app-${i}`, roundId: round.id, applicantId: applicants[i]!, visitingHubId: visiting[i % visiting.length]!, hostHubId: hosts[i % hosts.length]!,
      status: "host_accepted" as const, role: "Programme lead", startsOn, endsOn: new Date(startsOn.getTime() + 4 * DAY), people: 1, aim: "both" as const,
      plan: ["Arrive", "Workshop", "Workshop", "Open studio", "Closing event"], visitorGains: "How a maker space runs.", hostGains: "A residency model.", sharing: "A closing talk.",
      travelMode: "train" as const, travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: GRANT, hostGrantCents: HOST_GRANT, grantCents: GRANT, submittedAt: new Date(now - 30 * DAY),
    };
  });
  await db.p2PApplication.createMany({ data: applications });
  // Three distinct reviewers per application, each with a habit (strict or generous) and some noise.
  const habit = reviewers.map(() => 35 + random() * 40);
  const assignments = [];
  const reviews = [];
  for (const [i, a] of applications.entries()) {
    const quality = random() * 30 - 15;
    for (let k = 0; k < REVIEWS_EACH; k++) {
      const r = (i * REVIEWS_EACH + k) % reviewers.length;
      const id = `${a.id}-rv-${k}`;
      const total = Math.round(Math.min(100, Math.max(0, habit[r]! + quality + (random() * 30 - 15))) * 100) / 100;
      assignments.push({ id, roundId: round.id, applicationId: a.id, reviewerId: reviewers[r]!, status: "confirmed" as const, confirmedAt: new Date(now - 10 * DAY) });
      reviews.push({ id, assignmentId: id, roundId: round.id, applicationId: a.id, reviewerId: reviewers[r]!, total, comment: "A clear plan; the closing event could say more about who attends.", updatedAt: new Date() });
    }
  }
  await db.p2PAssignment.createMany({ data: assignments });
  await db.p2PReview.createMany({ data: reviews });
  // Decisions on the first tenth: selected within a fifth of the budget, the rest reserve.
  const decided = applications.slice(0, Math.ceil(count / 10));
  const selected = decided.slice(0, Math.max(1, Math.floor(decided.length / 2)));
  await db.p2PApplication.updateMany({ where: { id: { in: selected.map((a) => a.id) } }, data: { selection: "selected", selectionAt: new Date() } });
  await db.p2PApplication.updateMany({ where: { id: { in: decided.slice(selected.length).map((a) => a.id) } }, data: { selection: "reserve", selectionAt: new Date() } });
  return { round, reviews: reviews.length };
}

async function main() {
  if (!Number.isInteger(APPLICATIONS) || APPLICATIONS < 10) throw new Error("--applications takes a whole number of 10 or more");
  if (!Number.isInteger(REVIEWERS) || REVIEWERS < REVIEWS_EACH) throw new Error(`--reviewers takes a whole number of ${REVIEWS_EACH} or more`);
  const started = Date.now();
  await removeEarlierRun();
  const passwordHash = await hashPassword(values.password!);
  // A member of staff, for the benchmark's signed-in session.
  await db.user.create({ data: { id: `${PREFIX}staff`, name: "Bench staff", email: BENCH_STAFF_EMAIL, passwordHash, role: "staff", emailVerified: new Date() } });
  const applicants = await users("applicant", APPLICATIONS + 10, passwordHash);
  const reviewers = await users("reviewer", REVIEWERS, passwordHash);
  const visiting = await hubs("visiting", Math.ceil(APPLICATIONS / 4), applicants);
  const hostOwners = await users("host", 50, passwordHash);
  const hosts = await hubs("host", 50, hostOwners);
  const large = await seedRound(BENCH_LARGE_ROUND, APPLICATIONS, applicants, visiting, hosts, reviewers);
  const small = await seedRound(BENCH_SMALL_ROUND, 10, applicants.slice(APPLICATIONS), visiting, hosts, reviewers);
  for (const table of ["P2PApplication", "P2PReview", "P2PAssignment", "P2PRound"]) await db.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
  console.log(
    `Seeded ${APPLICATIONS.toLocaleString("en-GB")} applications and ${large.reviews.toLocaleString("en-GB")} reviews in round ${large.round.id}, ` +
      `and a round of 10 (${small.round.id}), in ${((Date.now() - started) / 1000).toFixed(1)} s.\n` +
      `Staff account for the benchmark: ${BENCH_STAFF_EMAIL} / ${values.password}`,
  );
}

main()
  .then(() => db.$disconnect())
  .catch(async (e) => {
    console.error("Seeding the P2P ranking bench failed:", e);
    await db.$disconnect();
    process.exit(1);
  });
