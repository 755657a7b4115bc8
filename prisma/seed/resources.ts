// The Tools & Learning library's seed. The programme's real resources (from
// /work/shared/seed/library-and-news.md), described in our words with only the facts the sources
// give: what they do not say (a licence, a level, a year, an author) stays null or empty, and the
// page says it is not stated. Demo resources, in demo mode only: clearly made up ("Demo: …", by
// "ECHN demo", at example.org), spread over every type, topic, level and several languages,
// enough to page and filter, a few with a small PDF stored through lib/storage. Idempotent:
// upserted on the slug; a resource staff have changed since (any audit row by someone) is left
// as they made it, and one seeded before keeps the date it was first published.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ResourceFormat, ResourceLevel, ResourceLicence, ResourceType } from "@/lib/generated/prisma/enums";
import { fileStorage } from "@/lib/storage";
import type { Audience, ResourceLanguage, Topic } from "@/lib/resources/taxonomy";

type SeedResource = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  type: ResourceType;
  topics: Topic[];
  audience: Audience[];
  languages: ResourceLanguage[];
  author: string;
  year: number | null;
  url: string | null;
  format: ResourceFormat | null;
  level?: ResourceLevel | null;
  licence?: ResourceLicence | null;
  durationMinutes?: number | null;
  status?: "draft" | "published";
  /** A small PDF made here and stored under tools/<slug>.pdf. */
  pdf?: boolean;
};

export const ARCHIVE_RESOURCES: readonly SeedResource[] = [
  {
    slug: "creative-hub-leaders-toolkit",
    title: "Creative Hub Leader's Toolkit",
    summary: "Fifteen tools for the people who lead creative hubs, in three sections: Leading, Connecting and Building.",
    description: [
      "A toolkit made for the people who run creative hubs, published in 2020 by Nesta, Hivos and the British Council.",
      "It gathers fifteen tools in three sections: **Leading**, **Connecting** and **Building**.",
      "The tools were co-designed with more than 100 hub leaders. Local adaptations of the toolkit were later made in Indonesia, under “hack the toolkit” grants.",
    ].join("\n\n"),
    type: "toolkit",
    topics: ["leading", "connecting", "building"],
    audience: ["hub_leaders"],
    languages: ["en"],
    author: "Nesta, Hivos and the British Council",
    year: 2020,
    url: "https://nesta.org.uk/",
    format: "web",
  },
  {
    slug: "diy-toolkit",
    title: "DIY Toolkit (Development Impact & You)",
    summary: "Thirty practical, free tools, chosen by Nesta from about 700 that it reviewed.",
    description: [
      "DIY stands for Development Impact & You. To make it, Nesta reviewed about 700 tools and narrowed them down to 30 practical ones that are free to use.",
      "It has been translated into five languages, and it comes with case studies from people who have used it.",
      "Nesta's blog tells [how the toolkit was made](https://nesta.org.uk/blog/making-the-diy-toolkit).",
    ].join("\n\n"),
    type: "toolkit",
    topics: [],
    audience: [],
    languages: ["en"],
    author: "Nesta",
    year: null,
    url: "https://diytoolkit.org/",
    format: "web",
  },
  {
    slug: "creative-enterprise-toolkit",
    title: "Creative Enterprise Toolkit",
    summary: "Nesta's toolkit for creative enterprises, available in twelve languages.",
    description: "Nesta's Creative Enterprise Toolkit is available in twelve languages. Only English is listed here: our sources do not name the other eleven.",
    type: "toolkit",
    topics: [],
    audience: [],
    languages: ["en"],
    author: "Nesta",
    year: null,
    url: "https://nesta.org.uk/",
    format: "web",
  },
  {
    slug: "europes-creative-hubs",
    title: "Europe's creative hubs",
    summary: "A 2015 survey report on Europe's creative hubs: more than 100 hubs took part and about 200 were analysed.",
    description: [
      "A report from 2015 on the creative hubs of Europe. More than 100 hubs answered its survey, and about 200 hubs were analysed in all.",
      "One finding: 22 % of the hub managers asked for support with management.",
      "The report was published on SlideShare. Its authors are not stated in our sources.",
    ].join("\n\n"),
    type: "report",
    topics: [],
    audience: [],
    languages: ["en"],
    author: "",
    year: 2015,
    url: "https://www.slideshare.net/",
    format: "web",
  },
];

// ---------------------------------------------------------------- demo content

const TOPIC_ROTATION: Topic[][] = [["leading"], ["connecting"], ["building"], ["funding", "business_models"], ["community"], ["space"], ["programming"], ["evaluation"], ["leading", "evaluation"], ["connecting", "community"]];
const LANGUAGE_ROTATION: ResourceLanguage[][] = [["en"], ["en", "de"], ["es"], ["el", "en"], ["pt"], ["sr", "en"], ["de"], ["en", "fr"]];
const LEVELS: (ResourceLevel | null)[] = ["introductory", "intermediate", "advanced", null];
const LICENCES: (ResourceLicence | null)[] = ["cc_by", "cc_by_sa", "cc_by_nc", "all_rights_reserved", null, "cc0"];
const AUDIENCE_ROTATION: Audience[][] = [["hub_leaders"], ["hub_teams"], ["creative_entrepreneurs"], ["policy_makers"], ["researchers"], ["hub_leaders", "hub_teams"]];

const DEMO_SUBJECTS: { type: ResourceType; name: string; what: string }[] = [
  { type: "toolkit", name: "Starting a hub in ten steps", what: "worksheets for the first months of a new hub" },
  { type: "guide", name: "Writing a membership policy", what: "a walk-through of the rules a hub agrees with its members" },
  { type: "template", name: "Annual budget spreadsheet", what: "a budget layout with rent, staff and programme lines" },
  { type: "video", name: "Hosting an open studio day", what: "a short film on planning a public open day" },
  { type: "course", name: "Community management basics", what: "six lessons on welcoming and keeping a community" },
  { type: "report", name: "Hubs and their neighbourhoods", what: "an imaginary study of how hubs work with their street" },
  { type: "case_study", name: "A hub moves into an old bakery", what: "the made-up story of a hub converting a building" },
  { type: "toolkit", name: "Partnership canvas", what: "a one-page canvas for planning a partnership" },
  { type: "guide", name: "Applying for a first grant", what: "what a first grant application usually asks for" },
  { type: "template", name: "Event checklist", what: "a checklist for talks, workshops and fairs" },
  { type: "video", name: "Pricing desks and studios", what: "a talk on setting fair prices for space" },
  { type: "course", name: "Measuring what a hub changes", what: "a course on simple evaluation methods" },
  { type: "report", name: "Hub finances at a glance", what: "made-up figures on how hubs earn and spend" },
  { type: "case_study", name: "Two hubs share a programme", what: "the invented story of two hubs running one programme" },
  { type: "toolkit", name: "Residency planner", what: "cards for planning an artist or maker residency" },
  { type: "guide", name: "Running a hub's board", what: "how a small board can support the people who run a hub" },
  { type: "template", name: "Member welcome pack", what: "a welcome pack layout for new members" },
  { type: "video", name: "Designing a shared workshop", what: "a tour of an imaginary shared workshop's layout" },
  { type: "course", name: "Storytelling for hubs", what: "lessons on telling what a hub does, to funders and neighbours" },
  { type: "report", name: "Coworking and culture", what: "an invented survey of coworking spaces with cultural programmes" },
  { type: "case_study", name: "A festival grows out of a hub", what: "the made-up story of a festival started by members" },
  { type: "toolkit", name: "Feedback cards", what: "printable cards for gathering members' feedback" },
  { type: "guide", name: "Sharing tools and machines safely", what: "rules and training for shared equipment" },
  { type: "template", name: "Partnership agreement", what: "a plain-language agreement between two organisations" },
  { type: "video", name: "Opening hours that work", what: "a talk on choosing when a hub is open" },
  { type: "course", name: "Fundraising from many sources", what: "a course on mixing grants, rent, services and sponsors" },
  { type: "report", name: "What members ask for", what: "invented results of a members' survey" },
  { type: "case_study", name: "A rural hub online", what: "the made-up story of a hub that meets mostly online" },
  { type: "guide", name: "Accessible events", what: "how to make a hub's events open to everyone" },
  { type: "template", name: "Programme calendar", what: "a calendar layout for a season of events" },
];

/** About thirty made-up resources: every type, topic, level and licence, several languages; some link out, a few carry a PDF, two are drafts. */
export function demoResources(): SeedResource[] {
  return DEMO_SUBJECTS.map((subject, i) => {
    const slug = `demo-${subject.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/-+$/, "")}`;
    const pdf = i % 7 === 2;
    const timed = subject.type === "video" || subject.type === "course";
    return {
      slug,
      title: `Demo: ${subject.name}`,
      summary: `A demo resource: ${subject.what}. Made up to show the library; not real content.`,
      description: [
        `This is **demo content**: ${subject.what}. It does not exist outside this demo site.`,
        "## What it covers",
        "- Why it matters for a hub",
        "- How to start",
        "- What to look out for",
      ].join("\n\n"),
      type: subject.type,
      topics: TOPIC_ROTATION[i % TOPIC_ROTATION.length]!,
      audience: AUDIENCE_ROTATION[i % AUDIENCE_ROTATION.length]!,
      languages: LANGUAGE_ROTATION[i % LANGUAGE_ROTATION.length]!,
      level: LEVELS[i % LEVELS.length]!,
      licence: LICENCES[i % LICENCES.length]!,
      author: "ECHN demo",
      year: 2021 + (i % 6),
      url: pdf ? null : `https://example.org/echn-demo/${slug}`,
      format: pdf ? "pdf" : subject.type === "video" ? "video" : "web",
      durationMinutes: timed ? 15 + ((i * 25) % 240) : null,
      status: i === 28 || i === 29 ? "draft" : "published",
      pdf,
    };
  });
}

/** A one-page PDF saying `text`, valid (its cross-reference table points at each object). */
export function tinyPdf(text: string): Buffer {
  const safe = text.replace(/[^\x20-\x7e]/g, "?").replace(/([\\()])/g, "\\$1");
  const stream = `BT /F1 18 Tf 72 720 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Staff changed it since it was seeded: an audit row by someone is about it. */
const editedByStaff = async (db: PrismaClient, slug: string) => {
  const existing = await db.resource.findUnique({ where: { slug }, select: { id: true } });
  return existing ? (await db.auditEvent.count({ where: { targetType: "resource", targetId: existing.id, actorId: { not: null } } })) > 0 : false;
};

async function upsertResources(db: PrismaClient, resources: readonly SeedResource[], fromArchive: boolean, now: Date, daysApart: boolean) {
  for (const [i, { pdf, status = "published", ...resource }] of resources.entries()) {
    if (await editedByStaff(db, resource.slug)) continue;
    const file = pdf ? await storePdf(resource.slug, resource.title) : null;
    const data = {
      ...resource,
      level: resource.level ?? null,
      licence: resource.licence ?? null,
      durationMinutes: resource.durationMinutes ?? null,
      fromArchive,
      status,
      ...(file ?? { fileKey: null, fileName: null, fileType: null, fileBytes: null }),
    } satisfies Omit<Prisma.ResourceCreateInput, "slug">;
    // Demo resources a day apart, the first newest, so that "newest" has an order to show.
    const publishedAt = status === "published" ? new Date(now.getTime() - (daysApart ? i * 86_400_000 : 0)) : null;
    await db.resource.upsert({ where: { slug: resource.slug }, create: { ...data, publishedAt }, update: status === "published" ? data : { ...data, publishedAt: null } });
    if (status === "published") await db.resource.updateMany({ where: { slug: resource.slug, publishedAt: null }, data: { publishedAt } });
  }
}

async function storePdf(slug: string, title: string) {
  const key = `tools/${slug}.pdf`;
  const bytes = tinyPdf(`${title} - ECHN demo content`);
  const storage = fileStorage();
  if (!(await storage.get(key))) await storage.put(key, bytes, "application/pdf");
  return { fileKey: key, fileName: `${slug}.pdf`, fileType: "application/pdf", fileBytes: bytes.length };
}

/** The programme's real resources, published, always. */
export async function seedArchiveResources(db: PrismaClient, now = new Date()) {
  await upsertResources(db, ARCHIVE_RESOURCES, true, now, false);
}

/** The demo library, in demo mode only. */
export async function seedDemoResources(db: PrismaClient, now = new Date()) {
  await upsertResources(db, demoResources(), false, now, true);
}
