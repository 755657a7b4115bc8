// The public side of hubs: the directory, a hub's page and its neighbours, the open-data
// exports and the contact relay. Published hubs only, public fields only, never the hub's
// contact address. Other test files create hubs too, so each test tags its hubs with a
// word of its own and asks for that word (the `q` filter).
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as csvRoute } from "@/app/(data)/hubs/export.csv/route";
import { GET as geojsonRoute } from "@/app/(data)/hubs/export.geojson/route";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { CSV_COLUMNS, hubsCsvStream, hubsGeoJsonStream } from "@/lib/hubs/export";
import { HUB_CONTACT_LIMITS, sendHubMessage } from "@/lib/hubs/contact/commands";
import { hubMessageSchema } from "@/lib/hubs/contact/schema";
import { listUpcomingHubEvents } from "@/lib/events/queries";
import { countNetwork, getPublishedHub, HUBS_PER_PAGE, listNearbyHubs, listPublishedHubs, listPublishedHubSlugs } from "@/lib/hubs/queries";
import { matchKey } from "@/lib/hubs/rules";
import type { HubFilters } from "@/lib/hubs/schema";
import { uniqueEmail, uniqueIp } from "./helpers";

const tag = () => `zq${randomBytes(5).toString("hex")}`;
const DAY = 86_400_000;

let counter = 0;
/** A hub written directly, published and freshly confirmed unless told otherwise. */
async function createHub(label: string, over: Partial<Prisma.HubUncheckedCreateInput> = {}) {
  const n = ++counter;
  const name = over.name ?? `${label} hub ${n} ${randomBytes(3).toString("hex")}`;
  const city = over.city ?? "Ghent";
  return db.hub.create({
    data: {
      slug: `${matchKey(name)}-${randomBytes(4).toString("hex")}`,
      nameKey: matchKey(name),
      kind: "lab",
      format: "static",
      disciplines: ["design"],
      services: ["desks"],
      summary: `A hub made for the directory tests (${label}).`,
      story: "First paragraph.\n\nSecond paragraph.",
      contactEmail: uniqueEmail("hub-private"),
      cityKey: matchKey(city),
      countryCode: "BE",
      latitude: 51.05,
      longitude: 3.72,
      status: "published",
      publishedAt: new Date(),
      ...over,
      name,
      city,
    },
  });
}

const list = (filters: HubFilters, opts: { page?: number; sort?: "name" | "recent" } = {}) =>
  listPublishedHubs(filters, { page: opts.page ?? 1, sort: opts.sort ?? "name" });

const names = async (filters: HubFilters) => (await list(filters)).hubs.map((h) => h.name).sort();

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("the directory (listPublishedHubs)", () => {
  it("lists published hubs only — never pending, changes requested, rejected or archived ones", async () => {
    const t = tag();
    const published = await createHub(t);
    for (const status of ["pending", "changes_requested", "rejected", "archived"] as const) await createHub(t, { status });
    const { hubs, total, pages } = await list({ q: t });
    expect(hubs.map((h) => h.id)).toEqual([published.id]);
    expect(total).toBe(1);
    expect(pages).toBe(1);
  });

  it("applies each filter", async () => {
    const t = tag();
    const base = await createHub(t, { name: `${t} base` });
    await createHub(t, { name: `${t} country`, countryCode: "RS", city: "Belgrade" });
    await createHub(t, { name: `${t} kind`, kind: "makerspace" });
    await createHub(t, { name: `${t} format`, format: "online" });
    await createHub(t, { name: `${t} discipline`, disciplines: ["design", "music"] });
    await createHub(t, { name: `${t} service`, services: ["desks", "residencies"] });
    await createHub(t, { name: `${t} open`, openToExchanges: true });

    expect(await names({ q: t })).toHaveLength(7);
    expect(await names({ q: t, country: "RS" })).toEqual([`${t} country`]);
    expect(await names({ q: t, kind: "makerspace" })).toEqual([`${t} kind`]);
    expect(await names({ q: t, format: "online" })).toEqual([`${t} format`]);
    expect(await names({ q: t, discipline: "music" })).toEqual([`${t} discipline`]);
    expect(await names({ q: t, service: "residencies" })).toEqual([`${t} service`]);
    expect(await names({ q: t, open: "1" })).toEqual([`${t} open`]);
    expect(await names({ q: t, country: "RS", kind: "makerspace" })).toEqual([]);
    // The search looks at the name, the city and the summary, in any case.
    expect(await names({ q: `${t} BASE` })).toEqual([base.name]);
    const inCity = await createHub("city", { city: `Town ${t}` });
    const inSummary = await createHub("summary", { summary: `Described with ${t} in the middle.` });
    expect((await list({ q: t.toUpperCase() })).hubs.map((h) => h.id)).toEqual(expect.arrayContaining([inCity.id, inSummary.id]));
  });

  it("leaves out hubs not confirmed for 18 months, unless stale=1 asks for them", async () => {
    const t = tag();
    const fresh = await createHub(t, { confirmedAt: new Date(Date.now() - 17 * 30 * DAY) });
    const stale = await createHub(t, { confirmedAt: new Date(Date.now() - 19 * 31 * DAY) });
    expect((await list({ q: t })).hubs.map((h) => h.id)).toEqual([fresh.id]);
    expect((await list({ q: t, stale: "1" })).hubs.map((h) => h.id).sort()).toEqual([fresh.id, stale.id].sort());
  });

  it("pages 24 at a time, by name or by date of publication", async () => {
    const t = tag();
    const hubs = [];
    for (let i = 0; i < 30; i++) {
      hubs.push(await createHub(t, { name: `${t} ${String(i).padStart(2, "0")}`, publishedAt: new Date(Date.now() - i * DAY) }));
    }
    const first = await list({ q: t }, { page: 1 });
    const second = await list({ q: t }, { page: 2 });
    expect(first).toMatchObject({ total: 30, pages: 2 });
    expect(first.hubs).toHaveLength(HUBS_PER_PAGE);
    expect([...first.hubs, ...second.hubs].map((h) => h.name)).toEqual(hubs.map((h) => h.name));
    expect((await list({ q: t }, { page: 3 })).hubs).toEqual([]);

    const recent = await list({ q: t }, { sort: "recent" });
    expect(recent.hubs[0]!.name).toBe(`${t} 00`);
    expect(recent.hubs[1]!.name).toBe(`${t} 01`);
  });

  it("returns a card's fields only: no contact address, owners or moderation notes", async () => {
    const t = tag();
    const hub = await createHub(t, { moderatorMessage: "internal note" });
    const { hubs } = await list({ q: t });
    expect(Object.keys(hubs[0]!).sort()).toEqual(
      ["city", "confirmedAt", "countryCode", "disciplines", "format", "id", "kind", "name", "openToExchanges", "slug", "summary"].sort(),
    );
    expect(JSON.stringify(hubs)).not.toContain(hub.contactEmail);
  });
});

describe("a hub's page (getPublishedHub)", () => {
  it("finds a published hub by its slug, stale or not, without its contact address", async () => {
    const hub = await createHub("page");
    const page = await getPublishedHub(hub.slug);
    expect(page).toMatchObject({ id: hub.id, name: hub.name, story: hub.story });
    expect(page).not.toHaveProperty("contactEmail");
    expect(JSON.stringify(page)).not.toContain(hub.contactEmail);
    const stale = await createHub("page", { confirmedAt: new Date(Date.now() - 600 * DAY) });
    expect(await getPublishedHub(stale.slug)).toMatchObject({ id: stale.id });
  });

  it("finds nothing for a hub in any other state, or a slug that does not exist", async () => {
    for (const status of ["pending", "changes_requested", "rejected", "archived"] as const) {
      const hub = await createHub("hidden", { status });
      expect(await getPublishedHub(hub.slug)).toBeNull();
    }
    expect(await getPublishedHub("no-such-hub-anywhere")).toBeNull();
  });

  it("lists the nearest published hubs within 150 km, nearest first", async () => {
    // Far up in the Norwegian Sea, where no other test puts a hub.
    const at = { latitude: 70.4 + Math.random() * 0.5, longitude: 2 + Math.random() * 2 };
    const north = (km: number) => ({ latitude: at.latitude + km / 111.2, longitude: at.longitude });
    const centre = await createHub("centre", at);
    const near = await createHub("near", north(10));
    const further = await createHub("further", north(100));
    await createHub("too far", north(160));
    await createHub("pending", { ...north(5), status: "pending" });
    await createHub("stale", { ...north(6), confirmedAt: new Date(Date.now() - 600 * DAY) });

    const nearby = await listNearbyHubs(centre);
    expect(nearby.map((h) => h.slug)).toEqual([near.slug, further.slug]);
    expect(nearby[0]!.km).toBeCloseTo(10, 0);
    expect(nearby[1]!.km).toBeCloseTo(100, 0);
    expect(JSON.stringify(nearby)).not.toContain("@");
    expect((await listNearbyHubs(centre, { take: 1 })).map((h) => h.slug)).toEqual([near.slug]);
  });

  it("lists the published events it hosts that are not over, soonest first", async () => {
    const hub = await createHub("host");
    const day = (offset: number) => new Date(new Date(Date.now() + offset * DAY).toISOString().slice(0, 10));
    const event = (slug: string, startsIn: number, endsIn: number, status: "published" | "draft" | "cancelled" = "published") =>
      db.event.create({
        data: {
          slug: `${slug}-${randomBytes(4).toString("hex")}`, kind: "workshop", title: slug, summary: "A test event.", startsOn: day(startsIn), endsOn: day(endsIn),
          timeZone: "Europe/Brussels", city: "Ghent", countryCode: "BE", status, hubId: hub.id,
        },
      });
    const later = await event("later", 40, 41);
    const soon = await event("soon", 10, 12);
    await event("past", -10, -8);
    await event("draft", 20, 20, "draft");
    await event("cancelled", 30, 30, "cancelled");
    expect((await listUpcomingHubEvents(hub.id)).map((e) => e.id)).toEqual([soon.id, later.id]);
  });

  it("puts every published hub, and no other, in the sitemap's list", async () => {
    const published = await createHub("sitemap");
    const pending = await createHub("sitemap", { status: "pending" });
    const slugs = (await listPublishedHubSlugs()).map((h) => h.slug);
    expect(slugs).toContain(published.slug);
    expect(slugs).not.toContain(pending.slug);
  });
});

describe("open data (CSV and GeoJSON exports)", () => {
  it("exports every public field of the matching published hubs as CSV, and no email address", async () => {
    const t = tag();
    const hub = await createHub(t, {
      name: `${t} =HYPERLINK("x")`,
      disciplines: ["design", "music"],
      socialLinks: ["https://social.example/@a", "https://social.example/@b"],
      website: "https://hub.example",
      openToExchanges: true,
      foundedYear: 2012,
      summary: "A summary, with a comma and \"quotes\".",
      // On one line, so that one line of the file is one row.
      story: "A story on one line.",
    });
    const hidden = await createHub(t, { status: "pending" });
    const csv = await readAll(hubsCsvStream({ q: t }));
    const [header, ...rows] = csv.trimEnd().split("\n");
    expect(header).toBe(CSV_COLUMNS.join(","));
    expect(header).not.toMatch(/mail|owner|moderat|status/i);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toContain(hub.slug);
    // Not at the start of the cell: left as it is.
    expect(row).toContain(`"${t} =HYPERLINK(""x"")"`);
    expect(row).toContain("design;music");
    expect(row).toContain("https://social.example/@a https://social.example/@b");
    expect(row).toContain('"A summary, with a comma and ""quotes""."');
    expect(row).toContain(",true,");
    expect(row).toContain(",51.05,3.72,");
    expect(csv).not.toContain(hub.contactEmail);
    expect(csv).not.toContain(hidden.slug);
  });

  it("neutralises a cell a spreadsheet would run as a formula", async () => {
    const t = tag();
    await createHub(t, { summary: `=cmd|' /C calc'!A0 ${t}` });
    const csv = await readAll(hubsCsvStream({ q: t }));
    expect(csv).toContain(`'=cmd|`);
  });

  it("exports the same hubs as a GeoJSON FeatureCollection of points", async () => {
    const t = tag();
    const hub = await createHub(t, { latitude: 50.1, longitude: 8.6 });
    await createHub(t, { status: "archived" });
    const geojson = JSON.parse(await readAll(hubsGeoJsonStream({ q: t }))) as GeoJSON.FeatureCollection<GeoJSON.Point>;
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features).toHaveLength(1);
    const [feature] = geojson.features;
    expect(feature!.geometry).toEqual({ type: "Point", coordinates: [8.6, 50.1] });
    expect(feature!.properties).toMatchObject({ slug: hub.slug, name: hub.name, country_code: "BE", country: "Belgium" });
    expect(Object.keys(feature!.properties!).sort()).toEqual(CSV_COLUMNS.filter((c) => c !== "latitude" && c !== "longitude").sort());
    expect(JSON.stringify(geojson)).not.toContain(hub.contactEmail);
    expect(JSON.parse(await readAll(hubsGeoJsonStream({ q: `${t}-nothing` })))).toEqual({ type: "FeatureCollection", features: [] });
  });

  it("reads in batches without losing or repeating a hub", async () => {
    const t = tag();
    // More than one batch (500), with names that repeat so the keyset needs the id too.
    await db.hub.createMany({
      data: Array.from({ length: 520 }, (_, i) => {
        const name = `${t} same ${i % 3}`;
        return {
          slug: `${t}-${i}`, name, nameKey: `${matchKey(name)}${i}`, kind: "lab" as const, format: "static" as const, disciplines: ["design"], services: [],
          summary: "Batch.", story: "", contactEmail: uniqueEmail("batch"), city: "Ghent", cityKey: "ghent", countryCode: "BE",
          latitude: 51, longitude: 3.7, status: "published" as const,
        };
      }),
    });
    const geojson = JSON.parse(await readAll(hubsGeoJsonStream({ q: t }))) as GeoJSON.FeatureCollection;
    const slugs = geojson.features.map((f) => f.properties!.slug as string);
    expect(slugs).toHaveLength(520);
    expect(new Set(slugs).size).toBe(520);
    const csv = await readAll(hubsCsvStream({ q: t }));
    expect(csv.trimEnd().split("\n")).toHaveLength(521);
  });

  it("answers with a dated attachment, taking the filters from the query string", async () => {
    const t = tag();
    await createHub(t, { countryCode: "PT", city: "Porto", name: `${t} porto` });
    await createHub(t, { name: `${t} ghent` });
    const csv = await csvRoute(new Request(`http://localhost/hubs/export.csv?q=${t}&country=PT`));
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="echn-hubs-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = await csv.text();
    expect(body).toContain(`${t} porto`);
    expect(body).not.toContain(`${t} ghent`);

    const geo = await geojsonRoute(new Request(`http://localhost/hubs/export.geojson?q=${t}&country=nowhere`));
    expect(geo.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    expect(geo.headers.get("content-disposition")).toMatch(/^attachment; filename="echn-hubs-\d{4}-\d{2}-\d{2}\.geojson"$/);
    // An unknown filter value is dropped, not an error.
    expect((await geo.json()).features).toHaveLength(2);
  });
});

describe("the contact relay (sendHubMessage)", () => {
  const message = (hubId: string, over: Record<string, string> = {}) =>
    hubMessageSchema.parse({ hubId, name: "Ada Lovelace", email: uniqueEmail("sender"), message: "Could we visit your studio in May with a group of six?", ...over });

  const emailsTo = (to: string) => db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

  it("stores the message, emails it to the hub with the sender's address, and acknowledges it without the hub's address", async () => {
    const hub = await createHub("contact");
    const input = message(hub.id);
    const { id } = await sendHubMessage(input, uniqueIp(), "en-GB");

    expect(await db.hubMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ hubId: hub.id, name: "Ada Lovelace", email: input.email, message: input.message });
    const [toHub, ...moreToHub] = await emailsTo(hub.contactEmail);
    expect(moreToHub).toEqual([]);
    expect(toHub!.subject).toBe(`A message for ${hub.name} from Ada Lovelace`);
    expect(toHub!.text).toContain(input.message);
    expect(toHub!.text).toContain(`Reply to ${input.email}`);
    expect(toHub!.text).toContain(`/hubs/${hub.slug}`);

    const [ack, ...moreAcks] = await emailsTo(input.email);
    expect(moreAcks).toEqual([]);
    expect(ack!.subject).toBe(`Your message to ${hub.name} is on its way`);
    expect(ack!.text).not.toContain(hub.contactEmail);
    // It goes to whatever address was typed: it must not carry the text.
    expect(ack!.text).not.toContain(input.message);
    expect(ack!.text).not.toContain("Ada Lovelace");
  });

  it("writes both emails in the language of the page the sender wrote from", async () => {
    const hub = await createHub("contact-de");
    const input = message(hub.id);
    await sendHubMessage(input, uniqueIp(), "de");
    const [toHub] = await emailsTo(hub.contactEmail);
    expect(toHub!.subject).toBe(`Eine Nachricht an ${hub.name} von Ada Lovelace`);
    expect(toHub!.text).toContain(`/de/hubs/${hub.slug}`);
    const [ack] = await emailsTo(input.email);
    expect(ack!.subject).toBe(`Ihre Nachricht an ${hub.name} ist unterwegs`);
  });

  it("refuses a hub that is not published, storing and sending nothing", async () => {
    for (const status of ["pending", "rejected", "archived"] as const) {
      const hub = await createHub("closed", { status });
      await expect(sendHubMessage(message(hub.id), uniqueIp(), "en-GB")).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.hubMessage.count({ where: { hubId: hub.id } })).toBe(0);
      expect(await emailsTo(hub.contactEmail)).toEqual([]);
    }
    await expect(sendHubMessage(message("no-such-hub"), uniqueIp(), "en-GB")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("limits how many messages one address sends an hour", async () => {
    const ip = uniqueIp();
    const hubs = await Promise.all(Array.from({ length: HUB_CONTACT_LIMITS.perIp.max + 1 }, () => createHub("ip-limit")));
    for (const hub of hubs.slice(0, -1)) await sendHubMessage(message(hub.id), ip, "en-GB");
    const last = hubs.at(-1)!;
    await expect(sendHubMessage(message(last.id), ip, "en-GB")).rejects.toMatchObject({ text: { key: "forms.errors.waitMinutes" } });
    expect(await db.hubMessage.count({ where: { hubId: last.id } })).toBe(0);
    expect(await emailsTo(last.contactEmail)).toEqual([]);
    // Someone else can still write to that hub.
    await sendHubMessage(message(last.id), uniqueIp(), "en-GB");
  });

  it("limits how many messages one hub receives a day, from any number of senders", async () => {
    const hub = await createHub("hub-limit");
    for (let i = 0; i < HUB_CONTACT_LIMITS.perHub.max; i++) await sendHubMessage(message(hub.id), uniqueIp(), "en-GB");
    const refused = sendHubMessage(message(hub.id), uniqueIp(), "en-GB");
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toMatchObject({ text: { key: "hubManagement.contact.errors.hubBusy" } });
    expect(await db.hubMessage.count({ where: { hubId: hub.id } })).toBe(HUB_CONTACT_LIMITS.perHub.max);
    expect(await db.outboxEmail.count({ where: { to: hub.contactEmail } })).toBe(HUB_CONTACT_LIMITS.perHub.max);
  });

  it("checks what is typed", () => {
    const errors = (input: Record<string, unknown>) => {
      const r = hubMessageSchema.safeParse(input);
      return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    // The sender's name and address are the site contact form's fields (lib/contact/schema.ts).
    expect(errors({ hubId: "x" })).toEqual({ name: "contact.errors.nameMissing", email: "contact.errors.emailMissing", message: "hubManagement.contact.errors.messageMissing" });
    expect(errors({ hubId: "x", name: "A", email: "not-an-address", message: "short" })).toEqual({ email: "contact.errors.emailInvalid", message: "hubManagement.contact.errors.messageTooShort" });
    expect(errors({ hubId: "x", name: "A", email: "a@example.org", message: "x".repeat(3001) })).toEqual({ message: "hubManagement.contact.errors.messageTooLong" });
  });
});

describe("the home page's numbers", () => {
  it("count the public hubs, their countries and those open to P2P exchanges, and leave out stale and unpublished hubs", async () => {
    // Confirmed in a future no other test's hubs reach: only these count at that time.
    const at = new Date("2101-03-01T12:00:00Z");
    const confirmedAt = new Date("2101-02-01T12:00:00Z");
    await createHub("numbers", { confirmedAt, countryCode: "BE", openToExchanges: true });
    await createHub("numbers", { confirmedAt, countryCode: "BE" });
    await createHub("numbers", { confirmedAt, countryCode: "PT", openToExchanges: true });
    await createHub("numbers", { confirmedAt, countryCode: "RS", status: "pending", openToExchanges: true });
    await createHub("numbers", { confirmedAt: new Date("2099-01-01T00:00:00Z"), countryCode: "GR" });
    expect(await countNetwork(at)).toEqual({ hubs: 3, countries: 2, hosts: 2 });
  });
});

