import type { PublicEvent } from "@/lib/events/queries";
import { isoDate } from "@/lib/calendar";
import { zonedDateTime } from "@/lib/events/times";
import { SITE_NAME, siteUrl } from "@/lib/site";
import { mediaUrl } from "@/lib/storage/urls";

/**
 * schema.org data about the event for search engines. A data block, not a script: browsers
 * never run it, so it needs no CSP nonce (and the page reads no request headers for one).
 */
export function EventJsonLd({ event }: { event: PublicEvent }) {
  // schema.org requires a start date; with none published there is nothing true to give.
  if (event.datePrecision === "unknown") return null;
  const start = event.startTime ? zonedDateTime(event.startsOn, event.startTime, event.timeZone).toISOString() : isoDate(event.startsOn);
  const end = event.endTime ? zonedDateTime(event.endsOn, event.endTime, event.timeZone).toISOString() : isoDate(event.endsOn);
  const data = {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": siteUrl(`/events/${event.slug}`),
    url: siteUrl(`/events/${event.slug}`),
    name: event.title,
    description: event.summary,
    startDate: event.datePrecision === "month" ? isoDate(event.startsOn).slice(0, 7) : start,
    endDate: event.datePrecision === "month" ? isoDate(event.endsOn).slice(0, 7) : end,
    eventStatus: event.status === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    ...(event.coverImageKey ? { image: siteUrl(mediaUrl(event.coverImageKey)) } : {}),
    organizer: { "@type": "Organization", name: SITE_NAME, url: siteUrl("/") },
    location: {
      "@type": "Place",
      name: event.venueName ?? event.city,
      address: {
        "@type": "PostalAddress",
        ...(event.venueAddress ? { streetAddress: event.venueAddress } : {}),
        addressLocality: event.city,
        addressCountry: event.countryCode,
      },
      ...(event.latitude !== null && event.longitude !== null ? { geo: { "@type": "GeoCoordinates", latitude: event.latitude, longitude: event.longitude } } : {}),
    },
    ...(event.hub ? { contributor: { "@type": "Organization", name: event.hub.name, url: siteUrl(`/hubs/${event.hub.slug}`) } } : {}),
    inLanguage: "en-GB",
  };
  // "<" escaped, so that no text typed into the event can close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
