import "server-only";
import { stringify } from "csv-stringify/sync";
import { db, type Prisma } from "@/lib/db";
import { publicHubSelect, publishedHubWhere } from "@/lib/hubs/filters";
import { parseHubFilters, type HubFilters } from "@/lib/hubs/schema";
import { countryName } from "@/lib/countries";
import { siteUrl } from "@/lib/site";
import { mediaUrl } from "@/lib/storage/urls";

// Open data: every public field of the published hubs that match the filters, as CSV or
// GeoJSON. Rows are read in batches and streamed, so 5,000 hubs never sit in memory at once.

const BATCH = 500;

type ExportHub = Prisma.HubGetPayload<{ select: typeof publicHubSelect }>;

/** Published hubs matching `filters`, by name, one batch at a time (keyset on name and id). */
async function* publishedHubBatches(filters: HubFilters, now: Date): AsyncGenerator<ExportHub[]> {
  const where = publishedHubWhere(filters, now);
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const rows: ExportHub[] = await db.hub.findMany({
      where: after ? { AND: [where, { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] }] } : where,
      select: publicHubSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: BATCH,
    });
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1]!;
    after = { name: last.name, id: last.id };
  }
}

/** The fields of one hub as open data: codes as stored, plus its page and image as full URLs. */
function hubRecord(hub: ExportHub) {
  return {
    slug: hub.slug,
    name: hub.name,
    url: siteUrl(`/hubs/${hub.slug}`),
    kind: hub.kind,
    format: hub.format,
    disciplines: hub.disciplines,
    services: hub.services,
    summary: hub.summary,
    story: hub.story,
    website: hub.website,
    social_links: hub.socialLinks,
    address: hub.address,
    city: hub.city,
    country_code: hub.countryCode,
    country: countryName(hub.countryCode),
    latitude: hub.latitude,
    longitude: hub.longitude,
    founded_year: hub.foundedYear,
    team_size: hub.teamSize,
    members_count: hub.membersCount,
    open_to_exchanges: hub.openToExchanges,
    image_url: hub.imageKey ? siteUrl(mediaUrl(hub.imageKey)) : null,
    image_alt: hub.imageAlt,
    published_at: hub.publishedAt?.toISOString() ?? null,
    confirmed_at: hub.confirmedAt.toISOString(),
    updated_at: hub.updatedAt.toISOString(),
  };
}

type HubRecord = ReturnType<typeof hubRecord>;

/** The CSV's columns, in order: every field of hubRecord. */
export const CSV_COLUMNS = [
  "slug", "name", "url", "kind", "format", "disciplines", "services", "summary", "story", "website", "social_links", "address",
  "city", "country_code", "country", "latitude", "longitude", "founded_year", "team_size", "members_count", "open_to_exchanges",
  "image_url", "image_alt", "published_at", "confirmed_at", "updated_at",
] as const satisfies readonly (keyof HubRecord)[];

const csvRow = (r: HubRecord) => ({ ...r, disciplines: r.disciplines.join(";"), services: r.services.join(";"), social_links: r.social_links.join(" ") });

function streamOf(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * CSV with a header row. Lists are joined with ";" (links with spaces). Text that a
 * spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
export function hubsCsvStream(filters: HubFilters, now = new Date()): ReadableStream<Uint8Array> {
  const options = { columns: [...CSV_COLUMNS], escape_formulas: true, cast: { boolean: (v: boolean) => String(v) } };
  async function* chunks() {
    yield stringify([], { ...options, header: true });
    for await (const rows of publishedHubBatches(filters, now)) yield stringify(rows.map((h) => csvRow(hubRecord(h))), options);
  }
  return streamOf(chunks());
}

/** A GeoJSON FeatureCollection of points ([longitude, latitude]), every public field in `properties`. */
export function hubsGeoJsonStream(filters: HubFilters, now = new Date()): ReadableStream<Uint8Array> {
  async function* chunks() {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const rows of publishedHubBatches(filters, now)) {
      const features = rows.map((h) => {
        const { latitude, longitude, ...properties } = hubRecord(h);
        const feature: GeoJSON.Feature<GeoJSON.Point> = { type: "Feature", geometry: { type: "Point", coordinates: [longitude, latitude] }, properties };
        return JSON.stringify(feature);
      });
      yield (first ? "" : ",") + features.join(",");
      first = false;
    }
    yield "]}";
  }
  return streamOf(chunks());
}

/** "echn-hubs-2026-11-24.csv" */
const exportFilename = (extension: "csv" | "geojson", now = new Date()) => `echn-hubs-${now.toISOString().slice(0, 10)}.${extension}`;

const FORMATS = {
  csv: { contentType: "text/csv; charset=utf-8", stream: hubsCsvStream },
  geojson: { contentType: "application/geo+json; charset=utf-8", stream: hubsGeoJsonStream },
};

/** The download of the published hubs matching the request's filters (?country=…&kind=…). */
export function hubsExportResponse(format: keyof typeof FORMATS, request: Request): Response {
  const filters = parseHubFilters(new URL(request.url).searchParams);
  return new Response(FORMATS[format].stream(filters), {
    headers: {
      "content-type": FORMATS[format].contentType,
      "content-disposition": `attachment; filename="${exportFilename(format)}"`,
      "cache-control": "public, max-age=300",
    },
  });
}
