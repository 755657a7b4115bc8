// Throughput of the staff ranking page of a P2P round with 1,000 applications and 3,000
// reviews, signed in as staff, next to a static file served by the same server in the same
// run; and the number of database queries one ranking takes at 1,000 applications and at 10.
// Issue 13's targets: at least 5 % of the static file's requests per second (autocannon, 10
// connections), and a number of queries that does not grow with the applications.
//
//   npm run build && npm start                      # prints DATABASE_URL for the embedded database
//   DATABASE_URL=… npm run bench:seed-p2p-ranking
//   DATABASE_URL=… npm run bench:p2p-ranking [-- --url http://localhost:3000] [--password …]
//
// It signs in as the seed's staff account through the site's own sign-in (a real session
// cookie). Without DATABASE_URL it skips the query count. Prints the numbers; asserts nothing.
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { rankingForStaff } from "@/lib/p2p/selection/queries";
import { baseUrlFromArgs, runLoad } from "./lib/load";
import { BENCH_LARGE_ROUND, BENCH_SMALL_ROUND, BENCH_STAFF_EMAIL, BENCH_STAFF_PASSWORD } from "./lib/p2p-ranking";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    email: { type: "string", default: BENCH_STAFF_EMAIL },
    password: { type: "string", default: BENCH_STAFF_PASSWORD },
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
  },
});
const base = baseUrlFromArgs();
const TARGET = 0.05;

/** The cookies a response sets, as a Cookie header's pairs. */
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** Signs in through Auth.js's credentials callback, as the sign-in form does: the session cookie. */
async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(new URL("/api/auth/csrf", base));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    redirect: "manual",
    // The site refuses a POST without its own Origin (proxy.ts), as it would a foreign page's.
    headers: { "content-type": "application/x-www-form-urlencoded", origin: new URL(base).origin, cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/admin" }),
  });
  const session = cookiesOf(response).find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`Signing in as ${email} at ${base} gave no session (HTTP ${response.status}). Seed first: npm run bench:seed-p2p-ranking`);
  return session;
}

/** The queries one ranking page takes (its data, as the page reads it), counted on a client of its own. */
async function queriesPerRanking(roundId: string): Promise<{ queries: number; rows: number; total: number }> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }), log: [{ emit: "event", level: "query" }] });
  let queries = 0;
  client.$on("query", () => void queries++);
  try {
    const ranking = await rankingForStaff({ role: "staff" }, roundId, { page: 1 }, client);
    return { queries, rows: ranking.rows.length, total: ranking.total };
  } finally {
    await client.$disconnect();
  }
}

async function main() {
  const cookie = await signIn(values.email!, values.password!);
  const path = (round: string, page = 1) => `/admin/p2p/rounds/${round}/ranking${page > 1 ? `?page=${page}` : ""}`;
  const check = await fetch(new URL(path(BENCH_LARGE_ROUND), base), { headers: { cookie } });
  const html = await check.text();
  if (check.status !== 200 || !html.includes("Ranking")) throw new Error(`${path(BENCH_LARGE_ROUND)} answered HTTP ${check.status} without the ranking: is the round seeded in this site's database?`);
  console.log(`${base}: signed in as ${values.email}; ${path(BENCH_LARGE_ROUND)} answers with the ranking.`);

  if (process.env.DATABASE_URL) {
    const [large, small] = [await queriesPerRanking(BENCH_LARGE_ROUND), await queriesPerRanking(BENCH_SMALL_ROUND)];
    console.log("\nQueries per ranking page (its data; the page adds the session's and the round header's, the same for every round):");
    console.log(`  ${large.total.toLocaleString("en-GB").padStart(5)} applications: ${large.queries} queries (${large.rows} rows shown)`);
    console.log(`  ${small.total.toLocaleString("en-GB").padStart(5)} applications: ${small.queries} queries (${small.rows} rows shown)`);
    console.log(`  ${large.queries === small.queries ? "the same: the count does not grow with the applications" : "DIFFERENT: the count grows with the applications"}`);
  } else {
    console.log("\nSet DATABASE_URL to the site's database to count the queries per ranking too.");
  }

  const results = await runLoad(
    base,
    [
      { name: "ranking, page 1", path: path(BENCH_LARGE_ROUND), headers: { cookie } },
      { name: "ranking, page 10", path: path(BENCH_LARGE_ROUND, 10), headers: { cookie } },
    ],
    { seconds: Number(values.seconds), rounds: Number(values.rounds) },
  );
  const staticRps = results[0]!.rps;
  console.log(`\nShare of the static file's requests per second (target ≥ ${TARGET}):`);
  for (const r of results.slice(1)) console.log(`  ${r.name.padEnd(18)} ${(r.rps / staticRps).toFixed(3)} ${r.rps / staticRps >= TARGET ? "(meets the target)" : "(below the target)"}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
