import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site";

// The site's address comes from the environment at run time, not at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/account", "/api/", "/dev"] },
    sitemap: siteUrl("/sitemap.xml"),
  };
}
