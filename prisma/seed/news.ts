// The programme's news, from its archive (/work/shared/seed: the programme text and the P2P
// facts), retold in our words: only what the sources say, each dated by the event or call it
// reports. The network's launch has only a year in the sources: it is dated by the year alone
// (publishedPrecision "unknown"), and pages say the day is not recorded. Each has the same
// drawn cover (shapes, no photograph), described in words. Idempotent: upserted on the slug;
// an article staff have changed since (a revision by someone) is left as they made it.
import sharp from "sharp";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { fileStorage } from "@/lib/storage";

const ARCHIVE_COVER = {
  key: "news/archive-network.webp",
  alt: "Drawing: orange dots joined by thin lines on a dark blue ground, like hubs linked across a map.",
};

/** Dots joined across the picture: the network, drawn. */
function networkDrawing(): string {
  const points = [
    [180, 420], [320, 250], [470, 360], [560, 170], [640, 470], [760, 300], [880, 520], [960, 210], [1050, 380], [260, 560], [720, 120],
  ];
  const lines = [
    [0, 1], [1, 2], [2, 3], [2, 4], [3, 5], [4, 5], [5, 7], [5, 6], [7, 8], [6, 8], [0, 9], [9, 4], [3, 10], [10, 7],
  ]
    .map(([a, b]) => `<line x1="${points[a!]![0]}" y1="${points[a!]![1]}" x2="${points[b!]![0]}" y2="${points[b!]![1]}" stroke="#f4c28b" stroke-width="3" stroke-opacity="0.6"/>`)
    .join("");
  const dots = points.map(([x, y], i) => `<circle cx="${x}" cy="${y}" r="${i % 3 === 0 ? 22 : 14}" fill="#f08a24"/>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="#16324f"/>${lines}${dots}</svg>`;
}

async function storeArchiveCover() {
  const storage = fileStorage();
  if (await storage.get(ARCHIVE_COVER.key)) return;
  await storage.put(ARCHIVE_COVER.key, await sharp(Buffer.from(networkDrawing())).webp({ quality: 82 }).toBuffer(), "image/webp");
}

const utc = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date, 9));

type ArchiveArticle = {
  slug: string;
  kind: "news";
  title: string;
  standfirst: string;
  body: string;
  tags: string[];
  publishedAt: Date;
  publishedPrecision?: "day" | "unknown";
  events?: string[];
};

export const ARCHIVE_ARTICLES: readonly ArchiveArticle[] = [
  {
    slug: "the-european-creative-hubs-network-begins",
    kind: "news",
    title: "The European Creative Hubs Network begins",
    standfirst: "A two-year programme to help creative hubs across Europe meet, learn from each other and work together.",
    body: [
      "Creative hubs are where artists, musicians, designers, filmmakers, app developers and young companies work side by side. Some are collectives or co-operatives, others labs or incubators; some have a building, some travel, some live online.",
      "In 2016 the European Creative Hubs Network began as a two-year project, co-funded by the European Commission through the cross-sectoral strand of Creative Europe and led by the British Council. Six hubs are its partners: Bios in Greece, Addict in Portugal, betahaus in Germany, Kulturni Kod / Nova Iskra in Serbia, Creative Edinburgh in the United Kingdom and Factoría Cultural in Spain, together with the European Business and Innovation Network (EBN).",
      "## What the network will do",
      "- **Three Creative Hubs Fora**, each shaped by a steering group, bringing hub managers together around shared challenges.",
      "- **Three Skills Workshops** in 2017, with support and tools made for the people who lead hubs.",
      "- **A peer-to-peer exchange scheme**, so that hub staff can spend time working in another hub abroad.",
      "- **This platform**: a map of creative hubs you can add your own to, tools and learning, and news from the sector.",
      "The programme's sources give the year of the launch, not the day.",
    ].join("\n\n"),
    tags: ["network", "programme"],
    publishedAt: utc(2016, 1, 1),
    publishedPrecision: "unknown",
  },
  {
    slug: "belgrade-forum-and-the-launch-of-p2p-exchanges",
    kind: "news",
    title: "Belgrade hosts the first Creative Hubs Forum, and the P2P exchanges begin",
    standfirst: "Hub managers met in Belgrade to ask how collaborative spaces really work, and the network opened its peer-to-peer exchange scheme.",
    body: [
      "The first of the network's three fora took place in Belgrade from 22 to 24 September 2016, on the theme “Collaborative spaces and organisations — How work works?”: how hubs are run, and how work actually gets done in them.",
      "## Peer-to-peer exchanges",
      "The forum was also where the network launched its peer-to-peer (P2P) exchange scheme: a mobility programme in which someone from one creative hub spends a working stay in another hub abroad, to share what they know or to start a project together. Its first round ran from September 2016 to January 2017.",
      "Read more about [the P2P scheme](/p2p) and [the forum](/events/forum-belgrade-2016).",
    ].join("\n\n"),
    tags: ["forum", "belgrade", "p2p"],
    publishedAt: utc(2016, 9, 22),
    events: ["forum-belgrade-2016"],
  },
  {
    slug: "athens-forum-growth-and-innovation",
    kind: "news",
    title: "Athens forum: growth and innovation, considered together",
    standfirst: "The second Creative Hubs Forum brought hub managers to Athens for three days on how hubs grow and innovate.",
    body: [
      "The second Creative Hubs Forum met in Athens from 26 to 28 January 2017. Its theme, “Growth and Innovation — SYN-acting, considered together”, asked how creative hubs grow, how they innovate, and what they can do when they act together.",
      "Like every forum, it was curated with a steering group and brought hub managers from across Europe together to compare challenges and ideas.",
      "See [the forum's page](/events/forum-athens-2017).",
    ].join("\n\n"),
    tags: ["forum", "athens"],
    publishedAt: utc(2017, 1, 26),
    events: ["forum-athens-2017"],
  },
  {
    slug: "madrid-skills-workshop-call",
    kind: "news",
    title: "Call: “How to start me up”, a skills workshop in Madrid",
    standfirst: "Two days at Factoría Cultural for people setting up a creative hub. Applications were due by 26 February 2017.",
    body: [
      "The first of the network's Skills Workshops, “How to start me up: building my creative hub”, took place at Factoría Cultural in Madrid on 22 and 23 March 2017.",
      "It was meant for people setting up a hub: from a first idea to a space, a community and a way of working that lasts. Applications had to be in before 26 February 2017.",
      "See [the workshop's page](/events/workshop-madrid-2017).",
    ].join("\n\n"),
    tags: ["workshop", "madrid", "call"],
    publishedAt: utc(2017, 2, 1),
    publishedPrecision: "unknown",
    events: ["workshop-madrid-2017"],
  },
  {
    slug: "p2p-round-2-open-call",
    kind: "news",
    title: "P2P exchanges: the second round is open",
    standfirst: "From 27 March to 23 April 2017, hubs in Creative Europe countries could apply for a working stay in another hub, with a grant.",
    body: [
      "The second round of the peer-to-peer exchange scheme opened on 27 March 2017, with a deadline of 23 April 2017. Exchanges were to take place between 1 May and 17 September 2017.",
      "## Who could apply",
      "Staff of creative hubs in countries taking part in the Creative Europe programme, whose hub belonged to the network as a regular or associate member. Applicants chose their host first, using the network's map.",
      "## The grant",
      "- For the visiting hub: up to €1,175 an exchange — €350 for travel per participant, and €165 a day for up to five days.",
      "- For the host hub: €500 towards a closing public event.",
      "Read more about [the P2P scheme](/p2p).",
    ].join("\n\n"),
    tags: ["p2p", "call"],
    publishedAt: utc(2017, 3, 27),
  },
];

/** The archive's articles, published, with their cover and the events they report. */
export async function seedArchiveNews(db: PrismaClient) {
  await storeArchiveCover();
  for (const { slug, events = [], publishedPrecision = "day", ...article } of ARCHIVE_ARTICLES) {
    const edited = await db.article.findFirst({ where: { slug, revisions: { some: { editorId: { not: null } } } }, select: { id: true } });
    if (edited) continue;
    const data = {
      ...article,
      publishedPrecision,
      language: "en-GB",
      status: "published",
      fromArchive: true,
      coverKey: ARCHIVE_COVER.key,
      coverAlt: ARCHIVE_COVER.alt,
    } satisfies Omit<Prisma.ArticleCreateInput, "slug">;
    await db.$transaction(async (tx) => {
      const saved = await tx.article.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
      const eventIds = (await tx.event.findMany({ where: { slug: { in: events } }, select: { id: true } })).map((e) => e.id);
      await tx.articleEvent.deleteMany({ where: { articleId: saved.id } });
      if (eventIds.length) await tx.articleEvent.createMany({ data: eventIds.map((eventId) => ({ articleId: saved.id, eventId })) });
    });
  }
}
