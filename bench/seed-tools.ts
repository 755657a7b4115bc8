// Seeds published resources for the library's benchmarks: every type, topics, languages and
// levels in varied mixes, a summary and a description of a few hundred words each, some with a
// file, some with a link, some translations of others.
//
//   DATABASE_URL=postgresql://… npm run bench:seed-tools -- --count 2000
//
// With the embedded database, start the site (`npm start`) and use the DATABASE_URL it prints.
// Replaceable: every run first removes the resources of an earlier run (slug prefix "bench-resource-").
// The same --seed gives the same resources.
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { RESOURCE_FORMATS, RESOURCE_LEVELS, RESOURCE_LICENCES, RESOURCE_TYPES, AUDIENCES, TOPICS } from "@/lib/resources/taxonomy";
import { seededRandom } from "./lib/random";

if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the database to seed (`npm start` prints the embedded one's).");
  process.exit(2);
}

const { values } = parseArgs({ options: { count: { type: "string", default: "2000" }, seed: { type: "string", default: "1" } } });
const COUNT = Number(values.count);
const PREFIX = "bench-resource-";
const DAY = 86_400_000;
const random = seededRandom(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const some = <T>(list: readonly T[], most: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pick(list)))];

const LANGUAGES = ["en", "en", "en", "de", "el", "pt", "es", "sr", "fr", "it", "id"];
const SUBJECTS = ["running a hub", "funding a hub", "hub business models", "community building", "shared space", "programming events", "measuring impact", "hub leadership", "connecting hubs", "open calls"];
const PARAGRAPH =
  "Hub leaders from across Europe shared how they plan their year, price their desks and studios, find funding beyond grants, and keep a community together when people come and go. The tools here come from that work: worksheets to fill in with a team, questions to ask before signing a lease, and examples from hubs in cities large and small.";

async function main() {
  if (!Number.isInteger(COUNT) || COUNT < 1) throw new Error("--count takes a whole number above 0");
  await db.resource.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  const now = Date.now();
  const rows = Array.from({ length: COUNT }, (_, i) => {
    const type = pick(RESOURCE_TYPES);
    const subject = pick(SUBJECTS);
    const withFile = random() < 0.4;
    return {
      slug: `${PREFIX}${i + 1}`,
      title: `A ${type.replace("_", " ")} on ${subject}, number ${i + 1}`,
      summary: `What a hub team needs to know about ${subject}, in a ${type.replace("_", " ")} they can use this week.`,
      description: [`## What is in it`, PARAGRAPH, PARAGRAPH, `## How to use it`, PARAGRAPH, `- one\n- two\n- **three**`].join("\n\n"),
      type,
      topics: some(TOPICS, 3),
      audience: some(AUDIENCES, 2),
      level: random() < 0.2 ? null : pick(RESOURCE_LEVELS),
      languages: some(LANGUAGES, 2),
      licence: random() < 0.2 ? null : pick(RESOURCE_LICENCES),
      format: withFile ? pick(RESOURCE_FORMATS.filter((f) => f !== "web")) : ("web" as const),
      durationMinutes: type === "video" || type === "course" ? 10 + Math.floor(random() * 600) : null,
      author: random() < 0.2 ? "" : pick(["A hub network", "A creative hub", "A foundation", "A university"]),
      year: random() < 0.2 ? null : 2010 + Math.floor(random() * 16),
      url: withFile ? null : `https://example.org/resources/${i + 1}`,
      fileKey: withFile ? `tools/bench-${i + 1}.pdf` : null,
      fileName: withFile ? `resource-${i + 1}.pdf` : null,
      fileType: withFile ? "application/pdf" : null,
      fileBytes: withFile ? 50_000 + Math.floor(random() * 5_000_000) : null,
      status: "published" as const,
      publishedAt: new Date(now - Math.floor(random() * 4 * 365) * DAY),
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.resource.createMany({ data: rows.slice(i, i + 500) });
  // One resource in twenty a translation of the one before it.
  const seeded = await db.resource.findMany({ where: { slug: { startsWith: PREFIX } }, select: { id: true, slug: true } });
  const bySlug = new Map(seeded.map((r) => [r.slug, r.id]));
  const relations = Array.from({ length: Math.floor(COUNT / 20) }, (_, k) => ({ fromId: bySlug.get(`${PREFIX}${20 * k + 2}`), toId: bySlug.get(`${PREFIX}${20 * k + 1}`) }))
    .filter((r): r is { fromId: string; toId: string } => Boolean(r.fromId && r.toId))
    .map((r) => ({ ...r, kind: "translation_of" as const }));
  if (relations.length) await db.resourceRelation.createMany({ data: relations });
  // Fresh statistics and visibility map, as a database that has lived a while would have: without
  // them the planner guesses a handful of rows and tests every resource's words one by one.
  for (const table of ["Resource", "ResourceRelation"]) await db.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
  console.log(`Seeded ${COUNT} published resources (slugs ${PREFIX}1…${COUNT}), ${relations.length} of them translations.`);
  await db.$disconnect();
}

main().catch(async (e) => {
  console.error(e);
  await db.$disconnect();
  process.exit(1);
});
