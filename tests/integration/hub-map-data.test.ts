// The map data: which hubs it holds (published and recently confirmed, matching the filters),
// what it says of each (and never what is private), and its version (ETag) from the database.
import { randomBytes } from "node:crypto";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/hubs/geojson/route";
import { hubPointSlug } from "@/components/map/hub-points";
import { db, type Prisma } from "@/lib/db";
import type { HubStatus } from "@/lib/generated/prisma/enums";
import { cachedHubMapViews, hubMapFor, hubMapVersion, listMapHubs, mapDataEncoding, matchesVersion, renderHubMap, type HubPointCollection } from "@/lib/hubs/map-data";
import { upgradesSettled } from "@/lib/hubs/map-bodies";
import { COUNTRY_CODES } from "@/lib/countries";
import { matchKey } from "@/lib/hubs/rules";
import { slugify } from "@/lib/slugs";
import type { HubFilters } from "@/lib/hubs/schema";
import nextConfig from "@/next.config";

// Other test files write hubs at the same time: each test searches for a word of its own.
const word = () => `maptest${randomBytes(4).toString("hex")}`;
const MONTH = 30 * 86_400_000;

/** A hub written directly, published and just confirmed unless told otherwise. */
async function createHub(tag: string, over: Partial<Prisma.HubUncheckedCreateInput> & { status?: HubStatus } = {}) {
  const name = over.name ?? `${tag} ${randomBytes(3).toString("hex")} Studio`;
  const city = over.city ?? "Ljubljana";
  return db.hub.create({
    data: {
      slug: slugify(name),
      nameKey: matchKey(name),
      kind: "studio",
      format: "static",
      disciplines: ["design"],
      services: ["desks"],
      summary: `A place for ${tag} people to work together.`,
      story: "A private-looking story that the map does not carry.",
      contactEmail: `${tag}-${randomBytes(3).toString("hex")}@hubs.test.invalid`,
      cityKey: matchKey(city),
      countryCode: "SI",
      latitude: 46.0569465,
      longitude: 14.5057515,
      status: "published",
      publishedAt: new Date(),
      confirmedAt: new Date(),
      moderatorMessage: "A note between the moderator and the owners.",
      ...over,
      name,
      city,
    },
  });
}

async function mapData(filters: HubFilters): Promise<HubPointCollection> {
  const rendered = await renderHubMap(await hubMapVersion(filters), { upgrade: false });
  return JSON.parse(Buffer.from(rendered.body.json).toString("utf8"));
}

const names = (data: HubPointCollection) => data.features.map((f) => f.properties.n).sort();

describe("the map data", () => {
  it("is a GeoJSON FeatureCollection of points with short properties, rounded coordinates and the slug to read back", async () => {
    const tag = word();
    const plain = await createHub(tag, { name: `${tag} Plain Lab`, kind: "lab", openToExchanges: true });
    const numbered = await createHub(tag, { name: `${tag} Numbered Lab`, slug: `${slugify(`${tag} Numbered Lab`)}-2` });
    const renamed = await createHub(tag, { name: `${tag} Renamed Lab`, slug: `${tag}-old-name` });

    const data = await mapData({ q: tag });
    expect(data.type).toBe("FeatureCollection");
    expect(data.features).toHaveLength(3);
    for (const f of data.features) {
      expect(f.type).toBe("Feature");
      expect(f.geometry).toEqual({ type: "Point", coordinates: [14.5058, 46.0569] });
    }
    const byName = new Map(data.features.map((f) => [f.properties.n, f.properties]));
    expect(byName.get(plain.name)).toEqual({ n: plain.name, k: "lab", c: "Ljubljana", cc: "SI", o: 1 });
    expect(byName.get(numbered.name)).toMatchObject({ s: "-2" });
    expect(byName.get(renamed.name)).toMatchObject({ s: `${tag}-old-name` });
    for (const hub of [plain, numbered, renamed]) expect(hubPointSlug(byName.get(hub.name)!)).toBe(hub.slug);
  });

  it("holds published hubs confirmed in the last 18 months, unless asked for the others too", async () => {
    const tag = word();
    const fresh = await createHub(tag);
    const stale = await createHub(tag, { confirmedAt: new Date(Date.now() - 19 * MONTH) });
    for (const status of ["pending", "changes_requested", "rejected", "archived"] as const) await createHub(tag, { status });

    expect(names(await mapData({ q: tag }))).toEqual([fresh.name]);
    const all = await mapData({ q: tag, stale: "1" });
    expect(names(all)).toEqual([fresh.name, stale.name].sort());
    expect(all.features.find((f) => f.properties.n === stale.name)!.properties.st).toBe(1);
    expect(all.features.find((f) => f.properties.n === fresh.name)!.properties.st).toBeUndefined();

    const list = await listMapHubs({ q: tag, stale: "1" }, 1);
    expect(list.total).toBe(2);
    expect(list.hubs.map((h) => [h.name, h.stale]).sort()).toEqual([[fresh.name, false], [stale.name, true]].sort());
  });

  it("never carries private fields", async () => {
    const tag = word();
    const hub = await createHub(tag);
    const text = Buffer.from((await renderHubMap(await hubMapVersion({ q: tag }), { upgrade: false })).body.json).toString("utf8");
    expect(text).toContain(hub.name);
    for (const secret of [hub.contactEmail, hub.story, hub.moderatorMessage!, hub.id, "contactEmail", "ownerId"]) expect(text).not.toContain(secret);
  });

  it("applies each filter", async () => {
    const tag = word();
    const base = await createHub(tag, { name: `${tag} Base`, city: "Ljubljana" });
    const other = {
      country: await createHub(tag, { name: `${tag} Country`, countryCode: "AT", city: "Graz" }),
      kind: await createHub(tag, { name: `${tag} Kind`, kind: "makerspace" }),
      format: await createHub(tag, { name: `${tag} Format`, format: "mobile" }),
      discipline: await createHub(tag, { name: `${tag} Discipline`, disciplines: ["music", "games"] }),
      service: await createHub(tag, { name: `${tag} Service`, services: ["residencies"] }),
      open: await createHub(tag, { name: `${tag} Open`, openToExchanges: true }),
      city: await createHub(tag, { name: `${tag} City`, city: `Maribor${tag}` }),
    };
    const only = async (filters: HubFilters) => names(await mapData({ q: tag, ...filters }));

    expect(await only({})).toHaveLength(8);
    expect(await only({ country: "AT" })).toEqual([other.country.name]);
    expect(await only({ kind: "makerspace" })).toEqual([other.kind.name]);
    expect(await only({ format: "mobile" })).toEqual([other.format.name]);
    expect(await only({ discipline: "games" })).toEqual([other.discipline.name]);
    expect(await only({ service: "residencies" })).toEqual([other.service.name]);
    expect(await only({ open: "1" })).toEqual([other.open.name]);
    expect(await only({ country: "SI", kind: "studio", format: "static" })).toEqual(
      [base, other.discipline, other.service, other.open, other.city].map((h) => h.name).sort(),
    );
    // Free text finds names and towns, whatever their case.
    expect(names(await mapData({ q: `${tag} BASE` }))).toEqual([base.name]);
    expect(names(await mapData({ q: `MARIBOR${tag}` }))).toEqual([other.city.name]);
  });
});

describe("the map data's version", () => {
  it("changes when a hub changes, and names the same data on every call until then", async () => {
    const tag = word();
    const hub = await createHub(tag);
    const before = await hubMapVersion({ q: tag });
    expect(before.etag).toMatch(/^W\/"[\w-]{24}"$/);
    expect(matchesVersion(before.etag, before.etag)).toBe(true);
    expect(matchesVersion(`"other", ${before.etag.slice(2)}`, before.etag)).toBe(true);
    expect(matchesVersion(null, before.etag)).toBe(false);

    await db.hub.update({ where: { id: hub.id }, data: { name: `${hub.name} Renamed` } });
    const after = await hubMapVersion({ q: tag });
    expect(after.etag).not.toBe(before.etag);
    expect(matchesVersion(before.etag, after.etag)).toBe(false);

    // Unpublishing moves it too, though the hub leaves the published set.
    await db.hub.update({ where: { id: hub.id }, data: { status: "archived" } });
    expect((await hubMapVersion({ q: tag })).etag).not.toBe(after.etag);
    // Other filters, other data, another version.
    expect((await hubMapVersion({ q: tag, kind: "lab" })).etag).not.toBe((await hubMapVersion({ q: tag })).etag);
  });

  it("is answered by the route: 200 with the compressed body and its validators, 304 when the client has it, 200 again after a change", async () => {
    const tag = word();
    const hub = await createHub(tag);
    const request = (headers: Record<string, string> = {}) => GET(new NextRequest(`http://localhost/api/hubs/geojson?q=${tag}`, { headers }));

    const first = await request({ "accept-encoding": "gzip, deflate, br" });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-encoding")).toBe("br");
    expect(first.headers.get("content-type")).toBe("application/geo+json");
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(first.headers.get("vary")).toBe("Accept-Encoding");
    expect(new Date(first.headers.get("last-modified")!).getTime()).not.toBeNaN();
    const body = JSON.parse(brotliDecompressSync(Buffer.from(await first.arrayBuffer())).toString("utf8")) as HubPointCollection;
    expect(names(body)).toEqual([hub.name]);
    const gzipped = await request({ "accept-encoding": "gzip" });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(JSON.parse(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString("utf8"))).toEqual(body);
    const plain = await request();
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect((await plain.json()) as HubPointCollection).toEqual(body);

    // Other test files change hubs at the same time, which moves the version between two
    // calls now and then: the client would simply get the new data. Try again when it did.
    let revalidated: Response | undefined;
    for (let attempt = 0; attempt < 3 && revalidated?.status !== 304; attempt++) {
      const etag = (await request()).headers.get("etag")!;
      revalidated = await request({ "if-none-match": etag });
    }
    expect(revalidated!.status).toBe(304);
    expect(await revalidated!.text()).toBe("");

    const etag = revalidated!.headers.get("etag")!;
    await db.hub.update({ where: { id: hub.id }, data: { openToExchanges: true } });
    const changed = await request({ "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as HubPointCollection).features[0]!.properties.o).toBe(1);
  });

  it("is sent in brotli when the client takes it, else gzip, else plain, and next.config.ts labels it the same", async () => {
    const rules = (await nextConfig.headers!()).filter((r) => r.source === "/api/hubs/geojson");
    /** The Content-Encoding Next would set: of the rules whose condition matches (as ^value$), the last. */
    const labelled = (header: string) =>
      rules
        .filter((r) => r.has!.some((h) => h.type === "header" && h.key === "accept-encoding" && new RegExp(`^${h.value}$`).test(header)))
        .map((r) => r.headers.find((h) => h.key === "Content-Encoding")!.value)
        .at(-1) ?? null;
    const cases = [
      ["gzip, deflate, br, zstd", "br"],
      ["br;q=1.0, gzip;q=0.8", "br"],
      ["br", "br"],
      ["gzip, deflate", "gzip"],
      ["x-gzip-ish, deflate", null],
      ["identity", null],
      ["deflate", null],
      ["", null],
    ] as const;
    for (const [header, coding] of cases) {
      expect(mapDataEncoding(header), header).toBe(coding);
      expect(labelled(header), header).toBe(coding);
    }
  });
});

describe("the map data this process keeps", () => {
  it("keeps no search: a visitor's free text never adds to the cache nor evicts what everyone shares", async () => {
    const shared = await hubMapVersion({ kind: "network", stale: "1" });
    const kept = hubMapFor(shared);
    const views = cachedHubMapViews();
    for (let i = 0; i < 40; i++) {
      const searched = await hubMapFor(await hubMapVersion({ q: word() }));
      expect(searched.count).toBe(0);
    }
    expect(cachedHubMapViews()).toBe(views);
    // Requests for the shared view still get the render they shared.
    expect(hubMapFor(shared)).toBe(kept);
  });

  it("keeps a bounded number of the filters' views, each at its latest version", async () => {
    for (const country of COUNTRY_CODES.slice(0, 30)) await hubMapFor(await hubMapVersion({ country }));
    expect(cachedHubMapViews()).toBeLessThanOrEqual(24);
  });

  it("sends a view at once, then its smaller encoding made in the background", async () => {
    const tag = word();
    for (let i = 0; i < 40; i++) await createHub(tag, { countryCode: "MT", city: `Valletta ${tag}`, kind: "network" });
    const version = await hubMapVersion({ country: "MT", kind: "network" });
    const { body } = await hubMapFor(version);
    const first = await body.encoded("br");
    await upgradesSettled();
    const later = await body.encoded("br");
    expect(later.length).toBeLessThan(first.length);
    expect(brotliDecompressSync(later).equals(brotliDecompressSync(first))).toBe(true);
    expect(JSON.parse(brotliDecompressSync(later).toString("utf8")).features.length).toBeGreaterThanOrEqual(40);
  });
});
