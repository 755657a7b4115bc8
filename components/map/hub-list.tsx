import { HubListItem } from "@/components/map/hub-list-item";
import type { HubEntry } from "@/components/map/hub-points";
import type { HubLabels } from "@/lib/hubs/map-data";

/** Hubs in a plain list: what the map shows, for keyboards, screen readers and browsers without JavaScript. */
export function HubList({ hubs, labels, linkTarget }: { hubs: HubEntry[]; labels: HubLabels; linkTarget?: "_blank" }) {
  return (
    <ul className="mt-2">
      {hubs.map((hub) => (
        <HubListItem key={hub.slug} hub={hub} labels={labels} linkTarget={linkTarget} />
      ))}
    </ul>
  );
}
