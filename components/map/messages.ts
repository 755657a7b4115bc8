// The parts of the catalogue the map's browser code shows (its server pages pass them to
// ClientMessages). Not in the client files: a server page reads a client file's exports as
// references, not values.

/** The map page: filters, the explorer, the list and Leaflet's own controls. */
export const MAP_CLIENT_MESSAGES = ["map.filters", "map.explorer", "map.list", "map.leaflet"] as const;

/** The embeddable map: the link back to the site and Leaflet's controls. */
export const EMBED_CLIENT_MESSAGES = ["common.siteName", "map.embed", "map.leaflet"] as const;
