import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Everything public under /hubs or /events on this instance: the cached list pages and every
 * hub or event page. Next tags cached pages by their route file's path, route group
 * included, so "/hubs" alone would miss them. Other instances catch up within the pages'
 * `revalidate` period.
 */
export function revalidatePublicArea(area: "hubs" | "events") {
  revalidatePath(`/(site)/${area}`, "layout");
}
