/** The public address of the site, used in emails and metadata. */
export function siteUrl(path = "/"): string {
  const base = process.env.SITE_URL ?? process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}

export const SITE_NAME = "European Creative Hubs Network";

