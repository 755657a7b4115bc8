// Small shared helpers for integration tests. Every test file runs in parallel against one
// database, so each helper makes its data unique instead of cleaning tables.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/user";
import type { Role } from "@/lib/generated/prisma/enums";

export const STRONG_PASSWORD = "correct-horse-42";

const suffix = () => randomBytes(6).toString("hex");

/** An address no other test uses; `.invalid` can never receive mail. */
export const uniqueEmail = (label = "user") => `${label}-${suffix()}@test.invalid`;

/** A fake client address, so per-IP rate limits of one test do not touch another's. */
export const uniqueIp = () => `test-ip-${suffix()}`;

/** A published hub written directly with Prisma, by default in Utrecht with a name no other test uses, owned by `ownerId` if given. */
export function createPublishedHub(opts: { ownerId?: string; name?: string; city?: string; countryCode?: string } = {}) {
  const name = opts.name ?? `Canal Studios ${suffix()}`;
  const city = opts.city ?? "Utrecht";
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return db.hub.create({
    data: {
      slug: `${key}-${suffix()}`, name, nameKey: key, kind: "studio", format: "static", disciplines: ["design"], services: [],
      summary: "A shared studio by the canal.", story: "", contactEmail: `hub-${suffix()}@test.invalid`,
      city, cityKey: city.toLowerCase(), countryCode: opts.countryCode ?? "NL", latitude: 52.09, longitude: 5.12, status: "published",
      ...(opts.ownerId ? { owners: { create: [{ userId: opts.ownerId }] } } : {}),
    },
  });
}

/** A user written directly with Prisma (no sign-up flow), with the acting-user shape commands take. */
export async function createUser(opts: { role?: Role; verified?: boolean; password?: string; name?: string; email?: string; locale?: string } = {}) {
  const password = opts.password ?? STRONG_PASSWORD;
  const user = await db.user.create({
    data: {
      name: opts.name ?? `Test ${opts.role ?? "member"} ${suffix()}`,
      email: opts.email ?? uniqueEmail(opts.role ?? "member"),
      passwordHash: await hashPassword(password),
      role: opts.role ?? "member",
      emailVerified: opts.verified === false ? null : new Date(),
      locale: opts.locale ?? null,
    },
    select: { id: true, name: true, email: true, role: true, locale: true },
  });
  const actor: CurrentUser = { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale };
  return { ...user, password, actor };
}

/**
 * The newest email queued for an address, or null; with `about`, the newest whose subject names
 * it. Staff accounts hear of every file's hubs and requests: test files run side by side.
 */
export function latestEmailTo(to: string, about?: string) {
  return db.outboxEmail.findFirst({ where: { to, ...(about ? { subject: { contains: about } } : {}) }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

export const countEmailsTo = (to: string) => db.outboxEmail.count({ where: { to } });

/** The first link in an email's text. */
export function linkIn(text: string): URL {
  const match = /https?:\/\/\S+/.exec(text);
  if (!match) throw new Error(`No link in email:\n${text}`);
  return new URL(match[0]);
}

/** The secret carried by the `token` parameter of the first link in an email. */
export function secretIn(text: string): string {
  const token = linkIn(text).searchParams.get("token");
  if (!token) throw new Error(`The link in this email has no token:\n${text}`);
  return token;
}

/** The secret of the newest email to an address that carries a link to `path`. */
export async function latestSecretTo(to: string, path: "/verify-email" | "/reset-password"): Promise<string> {
  const email = await latestEmailTo(to);
  if (!email) throw new Error(`No email queued for ${to}`);
  const link = linkIn(email.text);
  if (link.pathname !== path) throw new Error(`The newest email to ${to} links to ${link.pathname}, not ${path}`);
  return secretIn(email.text);
}
