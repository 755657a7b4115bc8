// Seeds published articles for the news benchmarks: news, stories and P2P stories over the
// last years, in the site's six languages, each with a few of a dozen tags and a body of a few
// hundred words, all with the archive's drawn cover.
//
//   DATABASE_URL=postgresql://… npm run bench:seed-news -- --count 1000
//
// With the embedded database, start the site (`npm start`) and use the DATABASE_URL it prints.
// Replaceable: every run first removes the articles of an earlier run (slug prefix "bench-article-").
// The same --seed gives the same articles.
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { seededRandom } from "./lib/random";

if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the database to seed (`npm start` prints the embedded one's).");
  process.exit(2);
}

const { values } = parseArgs({ options: { count: { type: "string", default: "1000" }, seed: { type: "string", default: "1" } } });
const COUNT = Number(values.count);
const PREFIX = "bench-article-";
const DAY = 86_400_000;
const random = seededRandom(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const KINDS: ArticleKind[] = ["news", "news", "story", "story", "p2p_story"];
const LANGUAGES = ["en-GB", "en-GB", "en-GB", "de", "el", "pt-PT", "es", "sr-Latn"];
const TAGS = ["forum", "workshop", "p2p", "funding", "community", "space", "programming", "evaluation", "belgrade", "athens", "madrid", "call"];
const PARAGRAPH =
  "Hub managers from across Europe compared how they run their spaces, share their tools and keep their communities together. They talked about rent and residencies, about the people who come for a week and stay for years, and about what a hub owes the street it stands on.";

async function main() {
  if (!Number.isInteger(COUNT) || COUNT < 1) throw new Error("--count takes a whole number above 0");
  await db.article.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  const now = Date.now();
  const rows = Array.from({ length: COUNT }, (_, i) => {
    const kind = pick(KINDS);
    const tags = [...new Set([pick(TAGS), pick(TAGS), pick(TAGS)])];
    return {
      slug: `${PREFIX}${i + 1}`,
      kind,
      title: `${kind === "news" ? "News" : "A story"} from the network, number ${i + 1}`,
      standfirst: "What hubs learned from each other, told in a few lines for the list.",
      body: [`## What happened`, PARAGRAPH, PARAGRAPH, `## What comes next`, PARAGRAPH, `- one\n- two\n- **three**`].join("\n\n"),
      language: pick(LANGUAGES),
      tags,
      status: "published" as const,
      publishedAt: new Date(now - Math.floor(random() * 6 * 365) * DAY),
      coverKey: "news/archive-network.webp",
      coverAlt: "Drawing: orange dots joined by thin lines on a dark blue ground.",
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.article.createMany({ data: rows.slice(i, i + 500) });
  console.log(`Seeded ${COUNT} published articles (slugs ${PREFIX}1…${COUNT}).`);
  await db.$disconnect();
}

main().catch(async (e) => {
  console.error(e);
  await db.$disconnect();
  process.exit(1);
});
