import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import bcrypt from "bcryptjs";
import type { BrowserContext, Page } from "@playwright/test";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, FROM_THIS_MACHINE, expect as baseExpect, expectNoAxeViolations, test as baseTest, signInByPost, visitorIp } from "./support";
import { createAccount, createHub, createManagementRequest } from "./support/hub-moderation";
import { fillAboutTheHub, insertHub, shortId, typeLocation } from "./support/hub-form";
import { hubTag, insertPublishedHubs, ljubljanaAndVienna } from "./support/map-hubs";
import { insertCancelledEvent } from "./support/public-events";
import { insertApplication, insertEvent } from "./support/event-admin";
import { articleIdOf, insertReturnedStory } from "./support/news";
import { insertSuggestions, userIdOf } from "./support/tool-suggestions";
import { insertBrokenLinkResource } from "./support/tools-admin";
import { demoRound, hubIdOf, insertP2PHub, roundIdOf } from "./support/p2p";

// Everyone can use every page: no WCAG 2.1 A/AA violation that axe can find, no sideways
// scrolling on a 360 px phone, and a skip link that keyboard users reach first. Every page
// outside the staff area is checked in English and again in German, whose long words are the
// likeliest to break a layout.

// Each form post runs a server action (and often bcrypt): allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

/** Each check's own client address (the app counts rate limits by it), and the headers it adds. */
let ownAddress: Record<string, string> = {};

/**
 * One browser page per worker, for all the checks it runs: a check only reads pages, so it
 * needs no context of its own, and a warm cache spares every check loading the site's scripts
 * and fonts again (the checks are most of the suite's time). Each check starts with no
 * cookies, the default viewport and a client address of its own.
 */
const test = baseTest.extend<{ page: Page }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ workerPage }, use) => {
    await workerPage.context().clearCookies();
    await workerPage.setViewportSize({ width: 1280, height: 720 });
    ownAddress = { "x-forwarded-for": visitorIp() };
    await workerPage.setExtraHTTPHeaders(ownAddress);
    await use(workerPage);
    await workerPage.goto("about:blank");
  },
});

// Each check makes its own data, so the checks share out over the workers.
test.describe.configure({ mode: "parallel" });

type Who = "visitor" | "member" | "staff";
type Member = Awaited<ReturnType<typeof createMember>>;
type Check = {
  /** The route as app/ spells it, route groups dropped; null for another state of a page, or the 404 page. */
  route: string | null;
  name: string;
  who: Who;
  /** The address to open; a function when it needs data first (of the member the check made, if any). */
  path: string | ((member?: Member) => Promise<string>);
  /** A member: this demo account (prisma/seed/demo-p2p.ts) rather than one of our own, for pages that only read its data. */
  as?: `member${"" | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}@echn.test` | `reviewer${1 | 2 | 3}@echn.test`;
  status?: number;
  /** Brings the page into the state to check, once it is open. */
  prepare?: (page: Page) => Promise<void>;
  /** Headers for the page's requests after signing in. */
  headers?: Record<string, string>;
  /** Checked in this language (its address prefixed): German, besides English. */
  german?: boolean;
  /** Another state of a page (route null) with words of its own: checked in German too. */
  alsoInGerman?: boolean;
};

const GERMAN = JSON.parse(readFileSync(new URL("../../messages/de/common.json", import.meta.url), "utf8")) as { skipToContent: string; error: { heading: string } };

/** A phone's width: axe then runs on the page as a phone shows it. */
const phone = (page: Page) => page.setViewportSize({ width: 390, height: 844 });

/** A confirmed member of our own, with a token of the given purpose when asked. */
async function createMember(tokenPurpose?: "verify-email" | "reset-password") {
  const id = `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`;
  const email = `a11y-${randomUUID().slice(0, 8)}@example.org`;
  const password = "Member-password-42";
  await db.query(
    `INSERT INTO "User" ("id", "name", "email", "emailVerified", "passwordHash", "role", "updatedAt") VALUES ($1, $2, $3, $4, $5, 'member', now())`,
    [id, "Alan Turing", email, tokenPurpose === "verify-email" ? null : new Date(), await bcrypt.hash(password, 4)],
  );
  let token: string | undefined;
  if (tokenPurpose) {
    // What issueToken() stores: the SHA-256 of the secret that the email carries.
    token = randomBytes(32).toString("base64url");
    await db.query(`INSERT INTO "VerificationToken" ("identifier", "token", "expires") VALUES ($1, $2, now() + interval '1 hour')`, [
      `${tokenPurpose}:${id}`,
      createHash("sha256").update(token).digest("hex"),
    ]);
  }
  return { id, email, password, token };
}

/** A published hub owned by a new member, with an open invitation; returns the emailed secret. */
async function createHubInvite() {
  const owner = await createMember();
  const id = `e2ehub${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  await db.query(
    `INSERT INTO "Hub" ("id", "slug", "name", "nameKey", "kind", "format", "disciplines", "services", "summary", "story", "socialLinks",
       "contactEmail", "city", "cityKey", "countryCode", "latitude", "longitude", "status", "updatedAt")
     VALUES ($1, $1, 'Canal Studios', $1, 'studio', 'static', '{design}', '{}', 'A shared studio by the canal.', '', '{}',
       'studio@example.org', 'Utrecht', 'utrecht', 'NL', 52.09, 5.12, 'published', now())`,
    [id],
  );
  await db.query(`INSERT INTO "HubOwner" ("hubId", "userId") VALUES ($1, $2)`, [id, owner.id]);
  const token = randomBytes(32).toString("base64url");
  await db.query(`INSERT INTO "HubInvite" ("id", "hubId", "email", "tokenHash", "invitedById", "expires") VALUES ($1, $1, $2, $3, $4, now() + interval '14 days')`, [
    id,
    `invited-${randomUUID().slice(0, 8)}@example.org`,
    createHash("sha256").update(token).digest("hex"),
    owner.id,
  ]);
  return token;
}

/** A published resource with everything a page shows (a file, a link, a licence, a translation of another); returns its slug. */
async function insertResource(): Promise<string> {
  const tag = randomUUID().replace(/-/g, "").slice(0, 12);
  const insert = (id: string, title: string, extra: string, values: unknown[]) =>
    db.query(
      `INSERT INTO "Resource" ("id", "slug", "title", "summary", "description", "type", "topics", "audience", "level", "languages", "status", "publishedAt", "updatedAt"${extra ? `, ${extra}` : ""})
       VALUES ($1, $1, $2, 'A practical guide for the people who run a creative hub.', '## What is in it\n\n- Budgets\n- **Rent** and residencies', 'guide',
         '{leading,funding}', '{hub_leaders,hub_teams}', 'introductory', '{en,es}', 'published', now(), now()${values.map((_, i) => `, $${i + 3}`).join("")})`,
      [id, title, ...values],
    );
  const original = `a11y-resource-${tag}`;
  const translation = `a11y-resource-${tag}-es`;
  await insert(original, `Running a hub ${tag}`, `"licence", "format", "durationMinutes", "author", "year", "url", "fileKey", "fileName", "fileType", "fileBytes"`, [
    "cc_by_sa", "pdf", 90, "A hub network", 2020, "https://example.org/guide", `tools/${tag}.pdf`, "running-a-hub.pdf", "application/pdf", 2_400_000,
  ]);
  await insert(translation, `Gestionar un hub ${tag}`, "", []);
  await db.query(`INSERT INTO "ResourceRelation" ("fromId", "toId", "kind") VALUES ($1, $2, 'translation_of')`, [translation, original]);
  return original;
}

/** Fills and sends the apply form that is open; returns the new application's id, from its withdraw link. */
async function sendApplication(page: Page, button: "Apply" | "Register"): Promise<string> {
  const main = page.getByRole("main");
  await main.getByLabel("Your role").fill("Studio manager");
  await main.getByLabel("What you want to bring").fill("Stories from our open days.");
  await main.getByLabel("What you want to take away").fill("Ideas for our newsletter.");
  await main.getByRole("button", { name: button }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your applications" })).toBeVisible();
  const href = await main.getByRole("link", { name: /^Withdraw/ }).getAttribute("href");
  return /\/account\/applications\/([^/]+)\/withdraw/.exec(href ?? "")![1]!;
}

const CHECKS: Check[] = [
  // Both served from a cached copy (lib/cached-pages.ts).
  { route: "/home/[copy]", name: "home", who: "visitor", path: "/" },
  {
    route: null,
    name: "home, after signing out",
    who: "visitor",
    path: "/?notice=signed-out",
    prepare: async (page) => {
      await expect(page.getByRole("main").getByRole("status")).toHaveText("You have signed out.");
    },
  },
  { route: "/about/[copy]", name: "about", who: "visitor", path: "/about" },
  // Public events (issue 4)
  { route: "/events", name: "events, filtered by year", who: "visitor", path: "/events?year=2017" },
  // The unfiltered list is served from its cached twin (lib/cached-pages.ts).
  { route: "/events/all/[page]", name: "events", who: "visitor", path: "/events" },
  { route: null, name: "events, workshops only", who: "visitor", path: "/events?kind=workshop" },
  { route: null, name: "events, nothing found", who: "visitor", path: "/events?kind=forum&country=RS&year=2099" },
  { route: "/events/[slug]", name: "event page, applications open", who: "visitor", path: "/events/demo-workshop-telling-your-hubs-story" },
  { route: null, name: "event page, registration, signed in", who: "member", path: "/events/demo-meetup-hosting-a-p2p-exchange" },
  { route: null, name: "event page, past", who: "visitor", path: "/events/forum-athens-2017" },
  { route: null, name: "event page, dates not published, no programme", who: "visitor", path: "/events/forum-madrid-2017" },
  { route: null, name: "event page, cancelled", who: "visitor", path: async () => `/events/${(await insertCancelledEvent()).slug}` },
  // Served from a cached copy (lib/cached-pages.ts).
  { route: "/p2p/[copy]", name: "P2P exchanges", who: "visitor", path: "/p2p" },
  // The unfiltered library is served from its cached twin (lib/cached-pages.ts).
  { route: "/tools/all/[page]", name: "tools", who: "visitor", path: "/tools" },
  { route: "/tools", name: "tools, searched and filtered, with counts", who: "visitor", path: "/tools?q=hub&type=toolkit&topic=leading&level=introductory&sort=title" },
  { route: null, name: "tools, nothing matches", who: "visitor", path: "/tools?q=no-resource-is-called-this", alsoInGerman: true },
  { route: null, name: "tools, an unknown type and language", who: "visitor", path: "/tools?type=bogus&language=xx" },
  { route: "/tools/[slug]", name: "a resource, with a file, a link and relations", who: "visitor", path: async () => `/tools/${await insertResource()}` },
  { route: "/news/all/[page]", name: "news", who: "visitor", path: "/news" },
  { route: "/news", name: "news, filtered by kind", who: "visitor", path: "/news?kind=news&language=en-GB" },
  { route: null, name: "news, an unknown kind and language", who: "visitor", path: "/news?kind=bogus&language=xx" },
  { route: "/news/[slug]", name: "a news article", who: "visitor", path: "/news/belgrade-forum-and-the-launch-of-p2p-exchanges" },
  { route: "/news/tags/[tag]", name: "a news tag", who: "visitor", path: "/news/tags/forum" },
  { route: "/account/stories", name: "your stories", who: "member", as: "member3@echn.test", path: "/account/stories" },
  { route: null, name: "your stories, with no hub to write about", who: "member", path: "/account/stories", alsoInGerman: true },
  { route: "/account/stories/[id]", name: "your story, sent back by the editors", who: "member", as: "member3@echn.test", path: () => insertReturnedStory("member3@echn.test").then((id) => `/account/stories/${id}`) },
  { route: "/tools/suggest", name: "suggest a resource", who: "member", path: "/tools/suggest" },
  {
    route: null,
    name: "suggest a resource, sent empty: errors beside the fields",
    who: "member",
    path: "/tools/suggest",
    prepare: async (page) => {
      await page.locator("main form button[type=submit]").click();
      await page.locator("main [aria-invalid=true]").first().waitFor();
    },
    alsoInGerman: true,
  },
  { route: "/account/suggestions", name: "your suggestions: waiting, accepted and declined", who: "member", path: (member) => insertSuggestions(member!.id).then(() => "/account/suggestions") },
  { route: null, name: "your suggestions, none yet", who: "member", path: "/account/suggestions", alsoInGerman: true },
  // The unfiltered map is served from its cached twin (lib/cached-pages.ts).
  { route: "/map/all/[page]", name: "map", who: "visitor", path: "/map" },
  { route: "/hubs/all/[sort]/[page]", name: "hub directory", who: "visitor", path: "/hubs" },
  { route: "/hubs", name: "hub directory, in one country", who: "visitor", path: "/hubs?country=RS" },
  { route: null, name: "hub directory, filtered, with stale hubs", who: "visitor", path: "/hubs?stale=1&open=1&sort=recent" },
  { route: null, name: "hub directory, nothing found", who: "visitor", path: "/hubs?q=no-hub-is-called-this" },
  { route: "/hubs/[slug]", name: "hub page", who: "visitor", path: "/hubs/kvart-collective" },
  { route: null, name: "hub page, not confirmed recently", who: "visitor", path: "/hubs/deptford-fabrication-yard" },
  {
    route: null,
    name: "hub page, a member asking to manage it",
    who: "member",
    // A hub of its own: a cached page of a demo hub may come from an earlier run's database.
    path: async () => `/hubs/${(await createHub({ ownerIds: [], status: "published" })).slug}`,
    prepare: (page) => page.getByRole("button", { name: "This is my hub — ask to manage it" }).click(),
  },
  { route: null, name: "directory, an unknown country in the address", who: "visitor", path: "/hubs?country=XX&kind=bogus" },
  {
    route: null,
    name: "hub page, contact form sent empty",
    who: "visitor",
    path: "/hubs/dunavski-lab",
    prepare: async (page) => {
      const form = page.getByRole("region", { name: "Write to Dunavski Lab" }).locator("form");
      await form.getByRole("button", { name: "Send message" }).click();
      await expect(form.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
    },
  },
  {
    route: "/map",
    name: "map with hubs, a popup open",
    who: "visitor",
    path: async () => {
      const tag = hubTag();
      await insertPublishedHubs(ljubljanaAndVienna(tag));
      return `/map?q=${tag}`;
    },
    prepare: async (page) => {
      const map = page.getByRole("region", { name: "Map of the hubs" });
      await map.getByRole("button", { name: "2 hubs here: zoom in", exact: true }).click();
      await map.getByRole("button", { name: /Danube Lab$/ }).click();
      await expect(map.getByRole("link", { name: /Danube Lab$/ })).toBeVisible();
    },
  },
  {
    route: "/embed/map",
    name: "embeddable map",
    who: "visitor",
    path: async () => {
      const tag = hubTag();
      await insertPublishedHubs(ljubljanaAndVienna(tag));
      return `/embed/map?q=${tag}`;
    },
    prepare: async (page) => {
      await expect(page.getByRole("button", { name: "3 hubs here: zoom in", exact: true })).toBeVisible();
    },
  },
  { route: "/contact", name: "contact", who: "visitor", path: "/contact" },
  { route: "/accessibility", name: "accessibility statement", who: "visitor", path: "/accessibility" },
  { route: "/privacy", name: "privacy notice", who: "visitor", path: "/privacy" },
  { route: null, name: "page not found", who: "visitor", path: "/no-such-page", status: 404 },
  { route: null, name: "address outside the pages, not found", who: "visitor", path: "/no-such-file.txt", status: 404 },
  { route: "/sign-in", name: "sign in", who: "visitor", path: "/sign-in" },
  {
    route: null,
    name: "sign in, refused",
    who: "visitor",
    path: "/sign-in",
    prepare: async (page) => {
      const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Sign in", exact: true }) });
      await form.getByLabel("Email address").fill(`nobody-${randomUUID().slice(0, 8)}@example.org`);
      await form.getByLabel("Password").fill("Not-a-password-1");
      await form.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(form.getByRole("alert")).toBeVisible();
    },
  },
  { route: "/sign-up", name: "sign up", who: "visitor", path: "/sign-up" },
  {
    route: null,
    name: "sign up, submitted empty",
    who: "visitor",
    path: "/sign-up",
    prepare: async (page) => {
      const form = page.getByRole("main").locator("form");
      await form.getByRole("button", { name: "Create account" }).click();
      await expect(form.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
      await expect(form.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
    },
  },
  { route: "/sign-up/check-email", name: "check your email", who: "visitor", path: "/sign-up/check-email?email=someone%40example.org" },
  { route: "/forgot-password", name: "forgotten password", who: "visitor", path: "/forgot-password" },
  { route: "/reset-password", name: "reset password, no token", who: "visitor", path: "/reset-password" },
  {
    route: null,
    name: "reset password, valid token",
    who: "visitor",
    path: async () => `/reset-password?token=${(await createMember("reset-password")).token}`,
    prepare: async (page) => {
      await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    },
  },
  { route: "/verify-email", name: "confirm email, no token", who: "visitor", path: "/verify-email" },
  {
    route: null,
    name: "confirm email, with token",
    who: "visitor",
    path: async () => `/verify-email?token=${(await createMember("verify-email")).token}`,
    prepare: async (page) => {
      await expect(page.getByRole("button", { name: "Confirm my email address" })).toBeVisible();
    },
  },
  { route: "/account", name: "account", who: "member", path: "/account" },
  { route: "/account/hubs", name: "your hubs, none yet", who: "member", path: "/account/hubs" },
  { route: "/account/hubs/invite", name: "hub invitation, no token", who: "visitor", path: "/account/hubs/invite" },
  {
    route: null,
    name: "hub invitation, valid link",
    who: "visitor",
    path: async () => `/account/hubs/invite?token=${await createHubInvite()}`,
    prepare: async (page) => {
      await expect(page.getByRole("link", { name: "Sign in to accept" })).toBeVisible();
    },
  },
  { route: "/admin", name: "staff overview", who: "staff", path: "/admin" },
  { route: "/admin/users", name: "staff: people", who: "staff", path: "/admin/users" },
  { route: "/admin/audit", name: "staff: audit log", who: "staff", path: "/admin/audit" },
  { route: null, name: "staff: page not found", who: "staff", path: "/admin/no-such-page", status: 404 },
  // On a phone the tables scroll sideways inside a region the keyboard can reach (axe: scrollable-region-focusable).
  { route: null, name: "staff: people at 390 px", who: "staff", path: "/admin/users", prepare: phone },
  {
    route: null,
    name: "staff: audit log at 390 px",
    who: "staff",
    path: async () => {
      const hub = await createHub({ ownerIds: [] });
      await db.query(`INSERT INTO "AuditEvent" ("id", "action", "targetType", "targetId", "data") VALUES ($1, 'hub.updated', 'hub', $2, $3)`, [
        `e2eaudit${randomUUID().replace(/-/g, "").slice(0, 17)}`,
        hub.id,
        JSON.stringify({ changes: [{ field: "summary", before: "An old summary of the hub that is long enough to need room", after: "A new one" }] }),
      ]);
      return "/admin/audit";
    },
    prepare: phone,
  },
  { route: "/admin/messages", name: "staff: messages", who: "staff", path: "/admin/messages" },
  { route: "/admin/jobs", name: "staff: jobs", who: "staff", path: "/admin/jobs" },
  {
    route: null,
    name: "staff: jobs with a failed run",
    who: "staff",
    path: async () => {
      await db.query(`INSERT INTO "Job" ("name", "nextRunAt") VALUES ('data-retention', now()) ON CONFLICT DO NOTHING`);
      await db.query(`INSERT INTO "JobRun" ("id", "jobName", "startedAt", "finishedAt", "outcome", "error") VALUES ($1, 'data-retention', now(), now(), 'failed', $2)`, [
        `e2ejobrun${randomUUID()}`,
        "Connection terminated unexpectedly while deleting expired verification tokens from the database",
      ]);
      return "/admin/jobs";
    },
    prepare: phone,
  },
  {
    route: "/admin/hubs",
    name: "staff: hubs queue",
    who: "staff",
    path: async () => {
      // A pending hub and a request to manage another, so that both lists have something in them.
      const owner = await createAccount("Queue Owner");
      const hub = await createHub({ ownerIds: [owner.id] });
      await createManagementRequest((await createHub({ ownerIds: [owner.id], status: "published" })).id, (await createAccount("Asking Person")).id, "It is my hub.");
      return `/admin/hubs?q=${encodeURIComponent(hub.name.split(" ")[0]!)}`;
    },
  },
  { route: null, name: "staff: published hubs", who: "staff", path: "/admin/hubs?show=published" },
  {
    route: "/admin/hubs/[id]",
    name: "staff: review a resubmitted hub",
    who: "staff",
    path: async () => {
      const owner = await createAccount("Review Owner");
      const hub = await createHub({ ownerIds: [owner.id], reviewed: { summary: "What the hub said before the changes were asked for.", foundedYear: null } });
      await createManagementRequest(hub.id, (await createAccount("Asking Person")).id, "I manage this hub too.");
      return `/admin/hubs/${hub.id}`;
    },
    prepare: async (page) => {
      await expect(page.getByText("2 fields changed since the last review.")).toBeVisible();
      await page.getByText(/fields unchanged/).click();
    },
  },
  {
    route: null,
    name: "staff: review a new hub, refused decision",
    who: "staff",
    path: async () => `/admin/hubs/${(await createHub({ ownerIds: [(await createAccount("New Owner")).id] })).id}`,
    prepare: async (page) => {
      const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Reject" }) });
      await form.getByRole("button", { name: "Reject" }).click();
      await expect(form.getByLabel("Reason for rejecting")).toHaveAttribute("aria-invalid", "true");
    },
  },
  { route: "/dev/outbox", name: "development outbox", who: "staff", path: "/dev/outbox", headers: FROM_THIS_MACHINE },
  { route: "/hubs/new", name: "add your hub", who: "member", path: "/hubs/new" },
  {
    route: null,
    name: "add your hub, sent empty",
    who: "member",
    path: "/hubs/new",
    prepare: async (page) => {
      await page.getByRole("button", { name: "Preview", exact: true }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please correct the highlighted fields.");
    },
  },
  {
    route: null,
    name: "add your hub, preview",
    who: "member",
    path: "/hubs/new",
    prepare: async (page) => {
      await fillAboutTheHub(page, `Axe Hub ${shortId()}`);
      await typeLocation(page, { city: "Tartu", country: "Estonia", latitude: "58.3776", longitude: "26.729" });
      await page.getByRole("button", { name: "Preview", exact: true }).click();
      await expect(page.getByRole("heading", { name: "Preview: your hub as visitors will see it" })).toBeVisible();
    },
  },
  {
    // Reached by submitting the form: the page belongs to the hub's owner alone.
    route: "/hubs/new/submitted",
    name: "hub submitted",
    who: "member",
    path: "/hubs/new",
    prepare: async (page) => {
      await fillAboutTheHub(page, `Axe Hub ${shortId()}`);
      await typeLocation(page, { city: "Narva", country: "Estonia", latitude: "59.377", longitude: "28.19" });
      await page.getByRole("button", { name: "Submit for review" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Thank you: your hub is waiting for review" })).toBeVisible();
    },
  },
  {
    route: "/account/hubs/[id]/edit",
    name: "edit a hub",
    who: "staff",
    path: async () => `/account/hubs/${(await insertHub({ name: `Axe Edit Hub ${shortId()}`, city: "Pärnu", countryCode: "EE", latitude: 58.385, longitude: 24.497 })).id}/edit`,
  },
  // Applying to events (issue 4): the member's own pages are reached through the form.
  { route: "/events/[slug]/apply", name: "apply to an event", who: "member", path: "/events/demo-workshop-telling-your-hubs-story/apply" },
  {
    route: null,
    name: "apply to an event, sent empty",
    who: "member",
    path: "/events/demo-workshop-telling-your-hubs-story/apply",
    prepare: async (page) => {
      await page.getByRole("main").getByRole("button", { name: "Apply" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please correct the highlighted fields.");
    },
  },
  { route: "/account/applications", name: "your applications, none yet", who: "member", path: "/account/applications" },
  {
    route: null,
    name: "your applications, a seat offered",
    who: "member",
    path: "/events/demo-meetup-hosting-a-p2p-exchange/apply",
    prepare: async (page) => {
      const id = await sendApplication(page, "Register");
      // The seat stays held (registered → offered), so the offer's buttons show.
      await db.query(`UPDATE "EventApplication" SET "status" = 'offered', "offerExpiresAt" = now() + interval '72 hours' WHERE "id" = $1`, [id]);
      await page.reload();
      await expect(page.getByRole("button", { name: /^Take the seat/ })).toBeVisible();
    },
  },
  {
    route: "/account/applications/[id]/edit",
    name: "change an application",
    who: "member",
    path: "/events/demo-workshop-telling-your-hubs-story/apply",
    prepare: async (page) => {
      await sendApplication(page, "Apply");
      await page.getByRole("link", { name: /^Change your answers/ }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Change your application" })).toBeVisible();
    },
  },
  {
    route: "/account/applications/[id]/withdraw",
    name: "withdraw an application",
    who: "member",
    path: "/events/demo-workshop-telling-your-hubs-story/apply",
    prepare: async (page) => {
      await sendApplication(page, "Apply");
      await page.getByRole("link", { name: /^Withdraw/ }).click();
      await expect(page.getByRole("button", { name: "Yes, withdraw" })).toBeVisible();
    },
  },
  // Staff events (issue 4): the list, the form (empty and refused), edit, preview, review and the bulk confirmation.
  { route: "/admin/events", name: "staff: events", who: "staff", path: "/admin/events" },
  { route: null, name: "staff: draft events", who: "staff", path: "/admin/events?show=drafts" },
  { route: "/admin/events/new", name: "staff: new event", who: "staff", path: "/admin/events/new" },
  {
    route: null,
    name: "staff: new event, sent empty",
    who: "staff",
    path: "/admin/events/new",
    prepare: async (page) => {
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(page.getByRole("main").getByRole("alert").first()).toHaveText("Please correct the highlighted fields.");
      await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    },
  },
  { route: "/admin/events/[id]/edit", name: "staff: edit an event", who: "staff", path: async () => `/admin/events/${(await insertEvent({ status: "draft" })).id}/edit` },
  { route: "/admin/events/[id]/preview", name: "staff: preview a draft event", who: "staff", path: async () => `/admin/events/${(await insertEvent({ status: "draft" })).id}/preview` },
  {
    route: "/admin/events/[id]/applications",
    name: "staff: review applications",
    who: "staff",
    path: async () => {
      const event = await insertEvent();
      for (const name of ["Review Person", "Second Person"]) await insertApplication(event.id, (await createAccount(name)).id);
      return `/admin/events/${event.id}/applications`;
    },
  },
  {
    route: null,
    name: "staff: review applications, bulk confirmation",
    who: "staff",
    path: async () => {
      const event = await insertEvent();
      for (const name of ["Bulk One", "Bulk Two"]) await insertApplication(event.id, (await createAccount(name)).id);
      return `/admin/events/${event.id}/applications`;
    },
    prepare: async (page) => {
      await page.getByRole("button", { name: "Choose all on this page" }).click();
      await page.getByRole("button", { name: "Continue…" }).click();
      await expect(page.getByRole("heading", { name: "Accept 2 applications?" })).toBeFocused();
    },
  },
  // P2P exchanges (issue 12). Pages that only read data show the demo accounts' (prisma/seed/demo-p2p.ts);
  // a check that needs a hub of its own makes one, so that none changes what another reads.
  { route: "/p2p/apply", name: "P2P eligibility check, signed out", who: "visitor", path: "/p2p/apply" },
  {
    route: null,
    name: "P2P eligibility check, two steps refused",
    who: "member",
    // A host in the hub's own country, and no role: the summary links both steps, each says why.
    path: async (member) => {
      const hub = await insertP2PHub(member!.id, { countryCode: "PT", city: "Porto" });
      const { from, until } = await demoRound();
      return `/p2p/apply?hub=${hub.id}&role=&host=${await hubIdOf("alfama-tile-workshop")}&from=${from}&until=${until}&people=1`;
    },
    prepare: async (page) => {
      await expect(page.getByRole("main").getByRole("alert")).toContainText("2 steps need a change");
    },
  },
  {
    route: null,
    name: "P2P eligibility check, every step passed",
    who: "member",
    path: async (member) => {
      const hub = await insertP2PHub(member!.id, { countryCode: "DE", city: "Leipzig" });
      const { from, until } = await demoRound();
      return `/p2p/apply?hub=${hub.id}&role=Studio+manager&host=${await hubIdOf("alfama-tile-workshop")}&from=${from}&until=${until}&people=1`;
    },
    prepare: async (page) => {
      await expect(page.getByRole("button", { name: "Continue to the application" })).toBeVisible();
    },
  },
  // An application Kvart accepted, for two people.
  { route: "/account/p2p", name: "your P2P exchanges", who: "member", as: "member4@echn.test", path: "/account/p2p" },
  { route: "/account/p2p/applications/[id]", name: "a P2P application, draft", who: "member", as: "member5@echn.test", path: "/account/p2p/applications/demo-p2p-draft" },
  { route: null, name: "a P2P application, declined: choose another host", who: "member", as: "member6@echn.test", path: "/account/p2p/applications/demo-p2p-declined" },
  {
    route: null,
    name: "a P2P application, asked to confirm withdrawing",
    who: "member",
    as: "member3@echn.test",
    // Without the link's #withdraw: the check's first Tab must start at the top of the page.
    path: "/account/p2p/applications/demo-p2p-submitted?withdraw=confirm",
    prepare: async (page) => {
      await expect(page.getByRole("button", { name: "Withdraw the application" })).toBeVisible();
    },
  },
  // Alfama hosts, with a request open.
  { route: "/account/p2p/hosting", name: "hosting in P2P rounds", who: "member", as: "member2@echn.test", path: "/account/p2p/hosting" },
  {
    route: null,
    name: "hosting in P2P rounds, a hub not hosting yet",
    who: "member",
    path: async (member) => {
      await insertP2PHub(member!.id, { countryCode: "BE", city: "Ghent", member: false });
      return "/account/p2p/hosting";
    },
  },
  {
    route: "/account/p2p/membership",
    name: "network membership, the request form",
    who: "member",
    path: async (member) => {
      await insertP2PHub(member!.id, { countryCode: "BE", city: "Ghent", member: false });
      return "/account/p2p/membership";
    },
  },
  { route: "/account/p2p/requests", name: "requests to host", who: "member", as: "member2@echn.test", path: "/account/p2p/requests" },
  { route: "/account/p2p/requests/[id]", name: "a request to host, open", who: "member", as: "member2@echn.test", path: "/account/p2p/requests/demo-p2p-submitted-request" },
  {
    route: null,
    name: "a request to host, declined without a reason",
    who: "member",
    as: "member2@echn.test",
    // Refused by the server, so the demo request stays open.
    path: "/account/p2p/requests/demo-p2p-submitted-request?answer=decline",
    prepare: async (page) => {
      const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Decline the request" }) });
      await form.getByRole("button", { name: "Decline the request" }).click();
      await expect(form.getByLabel("Why you decline")).toHaveAttribute("aria-invalid", "true");
    },
  },
  { route: null, name: "a request to host, accepted", who: "member", as: "member6@echn.test", path: "/account/p2p/requests/demo-p2p-accepted-request" },
  // P2P part 2 (issue 13): the demo's round in review and round whose results are out (prisma/seed/demo-p2p-review.ts, demo-p2p-results.ts).
  { route: "/review", name: "a reviewer's queue", who: "member", as: "reviewer1@echn.test", path: "/review" },
  { route: null, name: "a review's conflict step", who: "member", as: "reviewer1@echn.test", path: "/review/demo-p2p-review-croix-rousse-reviewer1", alsoInGerman: true },
  { route: "/review/[assignmentId]", name: "a review, scored, with the other reviewer's", who: "member", as: "reviewer1@echn.test", path: "/review/demo-p2p-review-podil-reviewer1" },
  { route: "/p2p/stories/[slug]", name: "a P2P story", who: "visitor", path: "/p2p/stories/demo-story-kyiv-lisbon" },
  { route: null, name: "a P2P application, selected: the grant agreement", who: "member", as: "member@echn.test", path: "/account/p2p/applications/demo-p2p-released-selected", alsoInGerman: true },
  { route: null, name: "a P2P application, the exchange over: the report", who: "member", as: "member4@echn.test", path: "/account/p2p/applications/demo-p2p-released-signed", alsoInGerman: true },
  { route: null, name: "a request to host, the exchange agreed: the host's note", who: "member", as: "member2@echn.test", path: "/account/p2p/requests/demo-p2p-released-signed-request", alsoInGerman: true },
  // Staff P2P pages.
  { route: "/admin/p2p", name: "staff: P2P rounds", who: "staff", path: "/admin/p2p" },
  { route: "/admin/p2p/rounds/new", name: "staff: new P2P round", who: "staff", path: "/admin/p2p/rounds/new" },
  {
    route: null,
    name: "staff: new P2P round, sent empty",
    who: "staff",
    path: "/admin/p2p/rounds/new",
    prepare: async (page) => {
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
    },
  },
  { route: "/admin/p2p/rounds/[id]", name: "staff: a P2P round", who: "staff", path: async () => `/admin/p2p/rounds/${(await demoRound()).id}` },
  { route: "/admin/p2p/rounds/[id]/preview", name: "staff: a P2P round's preview", who: "staff", path: async () => `/admin/p2p/rounds/${(await demoRound()).id}/preview` },
  {
    route: "/admin/p2p/members",
    name: "staff: network members, their forms open",
    who: "staff",
    // Alfama is no member: it is found to be marked as one.
    path: "/admin/p2p/members?q=Alfama",
    prepare: async (page) => {
      for (const summary of await page.getByRole("main").locator("details > summary").all()) await summary.click();
    },
  },
  { route: "/admin/p2p/applications", name: "staff: P2P applications", who: "staff", path: "/admin/p2p/applications" },
  { route: null, name: "staff: P2P applications at 390 px", who: "staff", path: "/admin/p2p/applications", prepare: phone },
  { route: "/admin/p2p/applications/[id]", name: "staff: a P2P application", who: "staff", path: "/admin/p2p/applications/demo-p2p-submitted" },
  { route: "/admin/p2p/rounds/[id]/panel", name: "staff: a round's review panel", who: "staff", path: async () => `/admin/p2p/rounds/${await roundIdOf("demo-round-review")}/panel` },
  { route: "/admin/p2p/rounds/[id]/panel/rubric", name: "staff: a round's rubric", who: "staff", path: async () => `/admin/p2p/rounds/${await roundIdOf("demo-round-review")}/panel/rubric` },
  { route: "/admin/p2p/rounds/[id]/ranking", name: "staff: a round's ranking", who: "staff", path: async () => `/admin/p2p/rounds/${await roundIdOf("demo-round-review")}/ranking` },
  { route: "/admin/p2p/rounds/[id]/ranking/swap", name: "staff: a round's swap", who: "staff", path: async () => `/admin/p2p/rounds/${await roundIdOf("demo-round-review")}/ranking/swap` },
  { route: "/admin/p2p/rounds/[id]/outbox", name: "staff: a round's results' emails", who: "staff", path: async () => `/admin/p2p/rounds/${await roundIdOf("demo-round-review")}/outbox` },
  { route: "/admin/p2p/reports", name: "staff: P2P reports and payments", who: "staff", path: "/admin/p2p/reports" },
  { route: null, name: "staff: a P2P application, its report to read", who: "staff", path: "/admin/p2p/applications/demo-p2p-released-report-submitted" },
  { route: "/admin/p2p/stories", name: "staff: P2P stories", who: "staff", path: "/admin/p2p/stories" },
  { route: "/admin/p2p/stories/[id]", name: "staff: a P2P story", who: "staff", path: "/admin/p2p/stories/demo-story-kyiv-lisbon" },
  { route: "/admin/p2p/stories/[id]/preview", name: "staff: a P2P story's preview", who: "staff", path: "/admin/p2p/stories/demo-story-kyiv-lisbon/preview" },
  { route: "/admin/news", name: "staff: news and stories", who: "staff", path: "/admin/news" },
  { route: "/admin/news/new", name: "staff: a new article", who: "staff", path: "/admin/news/new" },
  { route: "/admin/news/[id]", name: "staff: an article", who: "staff", path: async () => `/admin/news/${await articleIdOf("p2p-round-2-open-call")}` },
  { route: "/admin/news/[id]/preview", name: "staff: an article's preview", who: "staff", path: async () => `/admin/news/${await articleIdOf("p2p-round-2-open-call")}/preview` },
  { route: "/admin/news/[id]/history", name: "staff: an article's history", who: "staff", path: async () => `/admin/news/${await articleIdOf("p2p-round-2-open-call")}/history` },
  { route: "/admin/tools", name: "staff: the library", who: "staff", path: "/admin/tools" },
  { route: null, name: "staff: the library, searched", who: "staff", path: "/admin/tools?q=hub&status=published" },
  { route: "/admin/tools/new", name: "staff: a new resource", who: "staff", path: "/admin/tools/new" },
  { route: "/admin/tools/[id]", name: "staff: a resource, its link broken", who: "staff", path: () => insertBrokenLinkResource().then((id) => `/admin/tools/${id}`) },
  // Without the "#file" the upload route adds (it scrolls to the field): Tab would start from there, not from the skip link.
  { route: null, name: "staff: a resource, its file refused", who: "staff", path: () => insertBrokenLinkResource().then((id) => `/admin/tools/${id}?fileError=wrong-type`) },
  { route: "/admin/tools/links", name: "staff: broken links in the library", who: "staff", path: () => insertBrokenLinkResource().then(() => "/admin/tools/links") },
  { route: "/admin/tools/suggestions", name: "staff: suggested resources", who: "staff", path: () => userIdOf("member2@echn.test").then(insertSuggestions).then(() => "/admin/tools/suggestions") },
];

/**
 * Each page outside the staff area again, in German, once, in the same test as in English (the
 * same member and session): the other states of a page share its words and layout, but for those
 * marked alsoInGerman; in the state it opens in (the steps that bring a page into another state
 * click English labels), at its /de address.
 */
const inGermanToo = (c: Check) => (c.route !== null || c.alsoInGerman) && c.who !== "staff" && !c.route?.startsWith("/dev") && (!c.prepare || c.prepare === phone);
const inGerman = (path: string) => (path === "/" ? "/de" : `/de${path}`);
const GERMAN_404: Check = { route: null, name: "page not found, in German", who: "visitor", path: "/de/no-such-page", status: 404, german: true };

const APP_DIR = fileURLToPath(new URL("../../app", import.meta.url));

/** Every route that has a page.tsx under app/, route groups and parallel slots left out. */
function appRoutes(dir = APP_DIR): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) routes.push(...appRoutes(full));
    else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) {
      const segments = relative(APP_DIR, dir)
        .split(sep)
        .filter((s) => s && s !== "[locale]" && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
      // Any address no page has: the not-found page, checked below.
      if (segments.includes("[...rest]")) continue;
      routes.push(`/${segments.join("/")}`);
    }
  }
  return routes.sort();
}

test("every page in app/ is in this spec", () => {
  const checked = new Set(CHECKS.map((c) => c.route));
  const missing = appRoutes().filter((route) => !checked.has(route));
  expect(missing, "pages with no accessibility check: add them to CHECKS").toEqual([]);
});

/**
 * The demo accounts' session cookies, once per worker: the checks only read as them, so one
 * sign-in through the form (with its password hash) serves every check that worker runs.
 */
const demoSessions = new Map<string, Awaited<ReturnType<BrowserContext["cookies"]>>>();

async function signInToDemo(page: Page, email: string) {
  const saved = demoSessions.get(email);
  if (saved) return page.context().addCookies(saved);
  await signInByPost(page, email, DEMO_PASSWORD, ownAddress);
  demoSessions.set(email, (await page.context().cookies()).filter((cookie) => !cookie.name.startsWith("echn-language")));
}

/** One page in one language: the four checks, soft so that one failure does not hide the next; axe last. */
async function checkPage(page: Page, check: Check, path: string, german: boolean) {
  await page.setViewportSize({ width: 1280, height: 720 });
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(check.status ?? 200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: german ? GERMAN.error.heading : "Something went wrong" })).toHaveCount(0);
  if (german) await expect(page.locator("html")).toHaveAttribute("lang", "de");

  await test.step(`${path}: Tab reaches the skip link first, and it moves focus to main`, async () => {
    // Nothing is focused yet: the page was just opened, as a keyboard user arrives.
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: german ? GERMAN.skipToContent : "Skip to main content" });
    await expect.soft(skip).toBeFocused();
    await expect.soft(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect.soft(page.getByRole("main")).toBeFocused();
  });

  await check.prepare?.(page);

  await test.step(`${path}: ids are unique`, async () => {
    // WCAG 2.1 4.1.1: a repeated id sends a label, or an aria-describedby error, to another
    // element. axe no longer checks this, so we do. (That every form field has a name, axe's
    // "label" and "select-name" rules check.)
    const repeated = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `#${id} ×${n}`);
    });
    expect.soft(repeated, `repeated ids on ${path}`).toEqual([]);
  });

  await test.step(`${path}: no horizontal scrolling at 360 px`, async () => {
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 360, height: 780 });
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    expect.soft(overflow, `${path} scrolls sideways at 360 px by this many pixels`).toBeLessThanOrEqual(0);
    if (viewport) await page.setViewportSize(viewport);
  });

  await test.step(`${path}: axe finds no WCAG 2.1 A/AA violation`, async () => {
    await expectNoAxeViolations(page);
  });
}

for (const check of [...CHECKS, GERMAN_404]) {
  const german = inGermanToo(check);
  test(`${check.name} (${check.who})${german ? ", and in German" : ""}: no axe violation, unique ids, fits 360 px, skip link first`, async ({ page }) => {
    // Signing in, then four checks, in one language or two: more than a single page load.
    test.setTimeout(german ? 150_000 : 90_000);

    let member: Member | undefined;
    if (check.who === "member" && check.as) {
      await signInToDemo(page, check.as);
    } else if (check.who === "member") {
      member = await createMember();
      await signInByPost(page, member.email, member.password, ownAddress);
    } else if (check.who === "staff") {
      await signInToDemo(page, DEMO_ACCOUNTS.staff);
    }
    const path = typeof check.path === "function" ? await check.path(member) : check.path;
    if (check.headers) await page.setExtraHTTPHeaders({ ...ownAddress, ...check.headers });

    await checkPage(page, check, path, check.german === true);
    if (german) await checkPage(page, check, inGerman(path), true);
  });
}
