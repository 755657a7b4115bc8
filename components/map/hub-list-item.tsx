import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { describeHub, type HubEntry } from "@/components/map/hub-points";
import type { HubLabels } from "@/lib/hubs/map-data";

/** One hub in a list beside a map: its name (a link to its page), kind and place, and an optional action. */
export function HubListItem({ hub, labels, linkTarget, children }: { hub: HubEntry; labels: HubLabels; linkTarget?: "_blank"; children?: React.ReactNode }) {
  const t = useTranslations("map.list");
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 border-b border-stone-200 py-3 last:border-b-0">
      <div className="min-w-0">
        {/* No prefetch: a list of fifty hubs would ask the server for fifty pages nobody opened. */}
        <Link href={`/hubs/${hub.slug}`} prefetch={false} target={linkTarget} rel={linkTarget ? "noopener" : undefined} className="font-semibold break-words">
          {hub.name}
        </Link>
        <p className="text-sm text-stone-700">
          {describeHub(hub, labels)}
        </p>
        {hub.open || hub.stale ? (
          <p className="mt-1 flex flex-wrap gap-2 text-xs font-medium">
            {hub.open ? <span className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-800">{t("open")}</span> : null}
            {hub.stale ? <span className="rounded-full bg-amber-50 px-2 py-0.5 text-amber-900">{t("stale")}</span> : null}
          </p>
        ) : null}
      </div>
      {children}
    </li>
  );
}
