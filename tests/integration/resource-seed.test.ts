// The library's seed: the programme's real resources, always, with only the facts the sources
// give; in demo mode, made-up resources enough to page and filter, a few with a PDF stored
// through lib/storage. Both idempotent; a resource staff have edited is left as they made it.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fileStorage } from "@/lib/storage";
import { RESOURCE_LEVELS, RESOURCE_TYPES, TOPICS } from "@/lib/resources/taxonomy";
import { ARCHIVE_RESOURCES, demoResources, seedArchiveResources, seedDemoResources } from "@/prisma/seed/resources";
import { onTemporaryUploads } from "./p2p-seed-support";
import { createUser } from "./helpers";

onTemporaryUploads();

const realSlugs = ARCHIVE_RESOURCES.map((r) => r.slug);
const demoSlugs = demoResources().map((r) => r.slug);

afterAll(async () => {
  // Other files count the library's resources: the demo ones leave with this file.
  await db.resource.deleteMany({ where: { slug: { in: demoSlugs } } });
});

describe("the programme's real resources", () => {
  it("are published from the archive, once however often the seed runs, keeping their first date", async () => {
    await seedArchiveResources(db);
    const first = await db.resource.findMany({ where: { slug: { in: realSlugs } }, select: { slug: true, publishedAt: true }, orderBy: { slug: "asc" } });
    await seedArchiveResources(db, new Date(Date.now() + 86_400_000));
    const again = await db.resource.findMany({ where: { slug: { in: realSlugs } }, select: { slug: true, publishedAt: true, status: true, fromArchive: true }, orderBy: { slug: "asc" } });
    expect(again).toHaveLength(4);
    expect(again.map(({ slug, publishedAt }) => ({ slug, publishedAt }))).toEqual(first);
    expect(again.every((r) => r.status === "published" && r.fromArchive && r.publishedAt)).toBe(true);
  });

  it("say only what the sources say: the rest is null or empty", async () => {
    await seedArchiveResources(db);
    const bySlug = Object.fromEntries((await db.resource.findMany({ where: { slug: { in: realSlugs } } })).map((r) => [r.slug, r]));
    expect(bySlug["creative-hub-leaders-toolkit"]).toMatchObject({ author: "Nesta, Hivos and the British Council", year: 2020, type: "toolkit", topics: ["leading", "connecting", "building"], licence: null, level: null });
    expect(bySlug["diy-toolkit"]).toMatchObject({ author: "Nesta", year: null, url: "https://diytoolkit.org/", languages: ["en"], licence: null });
    expect(bySlug["diy-toolkit"]!.description).toContain("five languages");
    expect(bySlug["creative-enterprise-toolkit"]).toMatchObject({ author: "Nesta", year: null, languages: ["en"] });
    expect(bySlug["creative-enterprise-toolkit"]!.description).toContain("twelve languages");
    expect(bySlug["europes-creative-hubs"]).toMatchObject({ author: "", year: 2015, type: "report", licence: null, level: null });
    expect(bySlug["europes-creative-hubs"]!.description).toContain("22 %");
    for (const r of Object.values(bySlug)) expect(r.url).toMatch(/^https:\/\/(nesta\.org\.uk|diytoolkit\.org|www\.slideshare\.net)\//);
  });

  it("leaves a resource staff have edited as they made it", async () => {
    await seedArchiveResources(db);
    const staff = await createUser({ role: "staff" });
    const toolkit = await db.resource.update({ where: { slug: "creative-enterprise-toolkit" }, data: { summary: "Edited by staff." } });
    await db.auditEvent.create({ data: { actorId: staff.id, action: "resource.updated", targetType: "resource", targetId: toolkit.id, data: {} } });
    await seedArchiveResources(db);
    expect((await db.resource.findUniqueOrThrow({ where: { slug: "creative-enterprise-toolkit" } })).summary).toBe("Edited by staff.");
  });
});

describe("the demo library", () => {
  it("is made up, covers every type, topic and level in several languages, and pages", async () => {
    await seedDemoResources(db);
    await seedDemoResources(db);
    const demo = await db.resource.findMany({ where: { slug: { in: demoSlugs } } });
    expect(demo).toHaveLength(demoSlugs.length);
    const published = demo.filter((r) => r.status === "published");
    expect(published.length).toBeGreaterThan(24);
    expect(demo.every((r) => r.title.startsWith("Demo: ") && r.author === "ECHN demo" && !r.fromArchive)).toBe(true);
    expect(demo.every((r) => r.url === null || r.url.startsWith("https://example.org/"))).toBe(true);
    expect(new Set(published.map((r) => r.type))).toEqual(new Set(RESOURCE_TYPES));
    expect(new Set(published.flatMap((r) => r.topics))).toEqual(new Set(TOPICS));
    expect(new Set(published.map((r) => r.level).filter(Boolean))).toEqual(new Set(RESOURCE_LEVELS));
    expect(new Set(published.flatMap((r) => r.languages)).size).toBeGreaterThanOrEqual(5);
  });

  it("stores a few small, valid PDFs through lib/storage", async () => {
    await seedDemoResources(db);
    const withFiles = await db.resource.findMany({ where: { slug: { in: demoSlugs }, fileKey: { not: null } } });
    expect(withFiles.length).toBeGreaterThanOrEqual(3);
    for (const r of withFiles) {
      const stored = await fileStorage().get(r.fileKey!);
      expect(stored?.contentType).toBe("application/pdf");
      const text = stored!.bytes.toString("latin1");
      expect(text.startsWith("%PDF-1.4")).toBe(true);
      expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
      expect(r).toMatchObject({ fileType: "application/pdf", fileBytes: stored!.bytes.length, format: "pdf" });
      // The cross-reference table points at each object.
      const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
      expect(text.slice(xref, xref + 4)).toBe("xref");
      const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
      offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
    }
  });
});
