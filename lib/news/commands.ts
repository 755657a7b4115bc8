import "server-only";
import { db } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { UserError } from "@/lib/errors";
import type { ArticleLinks } from "@/lib/articles/commands";
import type { NewsArticleForm } from "@/lib/news/schema";

// The news editor names hubs and events by their addresses and staff authors by their accounts:
// each is checked here (a published hub, a public event, a staff member), beside its field.

/** The form's links as ids, refused beside the field that names something that is not there. */
export async function resolveArticleLinks(actor: Actor<"role"> | null, form: Pick<NewsArticleForm, "hubs" | "events" | "bylineStaff" | "bylineGuests">): Promise<ArticleLinks> {
  assertStaff(actor);
  const [hubs, events, staff] = await Promise.all([
    form.hubs.length ? db.hub.findMany({ where: { slug: { in: form.hubs }, status: "published" }, select: { id: true, slug: true } }) : [],
    form.events.length ? db.event.findMany({ where: { slug: { in: form.events }, status: { in: ["published", "cancelled"] } }, select: { id: true, slug: true } }) : [],
    form.bylineStaff.length ? db.user.findMany({ where: { id: { in: form.bylineStaff }, role: { in: ["staff", "admin"] } }, select: { id: true, name: true } }) : [],
  ]);
  const missingHub = form.hubs.find((slug) => !hubs.some((h) => h.slug === slug));
  if (missingHub) throw new UserError("staff.articles.errors.hubs", "hubs", { slug: missingHub });
  const missingEvent = form.events.find((slug) => !events.some((e) => e.slug === slug));
  if (missingEvent) throw new UserError("staff.articles.errors.events", "events", { slug: missingEvent });
  if (staff.length !== form.bylineStaff.length) throw new UserError("staff.articles.errors.bylineStaff", "bylineStaff");
  return {
    hubIds: form.hubs.map((slug) => hubs.find((h) => h.slug === slug)!.id),
    eventIds: form.events.map((slug) => events.find((e) => e.slug === slug)!.id),
    bylines: [
      ...form.bylineStaff.map((id) => ({ userId: id, name: staff.find((s) => s.id === id)!.name })),
      ...form.bylineGuests.map((name) => ({ userId: null, name })),
    ],
  };
}
