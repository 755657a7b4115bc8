import type { PublicHub } from "@/lib/hubs/queries";
import { countryName } from "@/lib/countries";
import { siteUrl } from "@/lib/site";
import { mediaUrl } from "@/lib/storage/urls";

/** schema.org data about the hub for search engines: an Organization at a Place with coordinates. */
// A data block, never executed: the Content-Security-Policy does not apply to it.
export function HubJsonLd({ hub }: { hub: PublicHub }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": siteUrl(`/hubs/${hub.slug}`),
    name: hub.name,
    description: hub.summary,
    url: hub.website ?? siteUrl(`/hubs/${hub.slug}`),
    ...(hub.imageKey ? { image: siteUrl(mediaUrl(hub.imageKey)) } : {}),
    ...(hub.foundedYear ? { foundingDate: String(hub.foundedYear) } : {}),
    ...(hub.socialLinks.length || hub.website ? { sameAs: [hub.website, ...hub.socialLinks].filter(Boolean) } : {}),
    location: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        ...(hub.address ? { streetAddress: hub.address } : {}),
        addressLocality: hub.city,
        addressCountry: hub.countryCode,
      },
      geo: { "@type": "GeoCoordinates", latitude: hub.latitude, longitude: hub.longitude },
    },
    // Data, not interface text: the English name, whatever the language of the page.
    areaServed: countryName(hub.countryCode),
  };
  // "<" escaped, so that no text typed into the hub can close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
