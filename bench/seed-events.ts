// Seeds public events for the events benchmarks: a programme of fora, workshops and other
// events from 2016 to two years ahead, across Europe's cities, some timed, some known only
// by month, a few cancelled, each with a few registrations.
//
//   DATABASE_URL=postgresql://… npm run bench:seed-events -- --count 500
//
// With the embedded database, start the site (`npm start`) and use the DATABASE_URL it prints.
// Replaceable: every run first removes the events of an earlier run (id prefix "bench-event-";
// their applications go with them). The same --seed gives the same events.
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import type { EventKind, Participation } from "@/lib/generated/prisma/enums";
import { seededRandom } from "./lib/random";

if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the database to seed (`npm start` prints the embedded one's).");
  process.exit(2);
}

const { values } = parseArgs({ options: { count: { type: "string", default: "500" }, seed: { type: "string", default: "1" } } });
const COUNT = Number(values.count);
const PREFIX = "bench-event-";
const DAY = 86_400_000;

// Seeded, so that two runs seed the same events.
const random = seededRandom(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const CITIES = [
  ["Lisbon", "PT", "Europe/Lisbon", 38.72, -9.14], ["Madrid", "ES", "Europe/Madrid", 40.42, -3.7], ["Barcelona", "ES", "Europe/Madrid", 41.39, 2.17],
  ["Paris", "FR", "Europe/Paris", 48.86, 2.35], ["Brussels", "BE", "Europe/Brussels", 50.85, 4.35], ["Amsterdam", "NL", "Europe/Amsterdam", 52.37, 4.9],
  ["Berlin", "DE", "Europe/Berlin", 52.52, 13.4], ["Vienna", "AT", "Europe/Vienna", 48.21, 16.37], ["Prague", "CZ", "Europe/Prague", 50.08, 14.44],
  ["Warsaw", "PL", "Europe/Warsaw", 52.23, 21.01], ["Belgrade", "RS", "Europe/Belgrade", 44.79, 20.45], ["Athens", "GR", "Europe/Athens", 37.98, 23.73],
  ["Edinburgh", "GB", "Europe/London", 55.95, -3.19], ["Dublin", "IE", "Europe/Dublin", 53.35, -6.26], ["Tallinn", "EE", "Europe/Tallinn", 59.44, 24.75],
  ["Helsinki", "FI", "Europe/Helsinki", 60.17, 24.94], ["Ljubljana", "SI", "Europe/Ljubljana", 46.06, 14.51], ["Rome", "IT", "Europe/Rome", 41.9, 12.5],
  ["Sofia", "BG", "Europe/Sofia", 42.7, 23.32], ["Bucharest", "RO", "Europe/Bucharest", 44.43, 26.1], ["Kyiv", "UA", "Europe/Kyiv", 50.45, 30.52],
  ["Tbilisi", "GE", "Asia/Tbilisi", 41.72, 44.79], ["Reykjavík", "IS", "Atlantic/Reykjavik", 64.15, -21.94], ["Valletta", "MT", "Europe/Malta", 35.9, 14.51],
] as const;
const THEMES = ["Growth and innovation", "Hubs and their cities", "Funding a creative hub", "Telling your hub's story", "Working across borders", "Community and care", "Spaces that change"];
const KINDS: EventKind[] = ["forum", "workshop", "workshop", "workshop", "other", "other"];
const PARTICIPATION: Participation[] = ["application", "application", "registration", "information"];
const PROGRAMME = "## Day one\n\n- Welcome and introductions\n- Talks from three hubs\n- **Working groups**\n\n## Day two\n\n- Visits to local hubs\n- A plan to take home\n\nBring a laptop.";

const dateOnly = (ms: number) => {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

async function main() {
  if (!Number.isInteger(COUNT) || COUNT < 1) throw new Error("--count takes a whole number above 0");
  const started = Date.now();
  const removed = await db.event.deleteMany({ where: { id: { startsWith: PREFIX } } });
  if (removed.count) console.log(`Removed ${removed.count} bench events of an earlier run.`);

  const from = Date.UTC(2016, 0, 1);
  const to = Date.now() + 2 * 365 * DAY;
  const events = Array.from({ length: COUNT }, (_, i) => {
    const [city, countryCode, timeZone, lat, lng] = pick(CITIES);
    const kind = pick(KINDS);
    const participation = pick(PARTICIPATION);
    const month = random() < 0.08;
    const startsOn = dateOnly(from + random() * (to - from));
    const days = kind === "forum" ? 3 : kind === "workshop" ? 2 : 1;
    const monthStart = new Date(Date.UTC(startsOn.getUTCFullYear(), startsOn.getUTCMonth(), 1));
    const timed = !month && random() < 0.5;
    const title = `${kind === "forum" ? "Creative Hubs Forum" : kind === "workshop" ? "Skills Workshop" : "Meet-up"} ${city} ${i + 1}`;
    return {
      id: `${PREFIX}${i}`,
      slug: `bench-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
      kind,
      title,
      theme: pick(THEMES),
      summary: `A ${kind === "forum" ? "forum" : kind === "workshop" ? "workshop" : "meet-up"} in ${city} for people who run creative hubs, with talks, visits and time to work together.`,
      programme: PROGRAMME,
      startsOn: month ? monthStart : startsOn,
      endsOn: month ? new Date(Date.UTC(startsOn.getUTCFullYear(), startsOn.getUTCMonth() + 1, 0)) : new Date(startsOn.getTime() + (days - 1) * DAY),
      datePrecision: month ? ("month" as const) : ("day" as const),
      startTime: timed ? "09:30" : null,
      endTime: timed ? "17:00" : null,
      timeZone,
      city,
      countryCode,
      venueName: random() < 0.8 ? `${pick(["Factory", "Depot", "Hall", "Studios", "Lab"])} ${city}` : null,
      venueAddress: random() < 0.6 ? `${1 + Math.floor(random() * 200)} Market Street` : null,
      latitude: random() < 0.7 ? lat + (random() - 0.5) * 0.05 : null,
      longitude: random() < 0.7 ? lng + (random() - 0.5) * 0.08 : null,
      capacity: participation === "information" ? null : pick([20, 24, 40, 100]),
      participation,
      applicationsOpenOn: participation === "information" ? null : new Date(startsOn.getTime() - 60 * DAY),
      applicationsCloseOn: participation === "information" ? null : new Date(startsOn.getTime() - 14 * DAY),
      ...(random() < 0.05
        ? { status: "cancelled" as const, cancelMessage: "The venue is no longer available. We are sorry for the change of plans." }
        : { status: "published" as const, cancelMessage: null }),
      curators: ["Ana Ribeiro", "Tomás Lindqvist"],
      publishedAt: new Date(startsOn.getTime() - 90 * DAY),
    };
  });
  await db.event.createMany({ data: events });
  // A few registrations on each event that takes them, from the demo accounts that exist.
  const users = await db.user.findMany({ select: { id: true }, take: 4, orderBy: { createdAt: "asc" } });
  const applications = events
    .filter((e) => e.participation !== "information")
    .flatMap((e) => users.map((u) => ({ eventId: e.id, userId: u.id, status: "registered" as const, role: "Hub manager", bring: "Our experience", takeAway: "New contacts" })));
  if (applications.length) await db.eventApplication.createMany({ data: applications });
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Event"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "EventApplication"`);
  console.log(`Seeded ${events.length} events and ${applications.length} registrations in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (e) => {
    console.error("Seeding the bench events failed:", e);
    await db.$disconnect();
    process.exit(1);
  });
