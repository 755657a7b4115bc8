import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatTimestamp } from "@/lib/timestamps";
import type { HubKind, HubStatus } from "@/lib/generated/prisma/enums";
import type { SubmissionKind } from "@/lib/hubs/moderation/rules";
import { labelOf } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";

type ListedHub = {
  id: string;
  name: string;
  city: string;
  countryCode: string;
  kind: HubKind;
  status: HubStatus;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  submission: SubmissionKind;
  owners: { user: { name: string; email: string } }[];
};

const ownersText = (owners: ListedHub["owners"]) =>
  owners.length === 0 ? "no owner any more" : owners.map((o) => `${o.user.name} (${o.user.email})`).join(", ");

/** Hubs as cards: in the queue, when and by whom they came, and whether they are back after changes. */
export function HubList({ hubs }: { hubs: ListedHub[] }) {
  const words = useTranslations("hubs.taxonomy");
  const t = useTranslations("hubManagement.moderation.submission");
  return (
    <ol className="space-y-3">
      {hubs.map((hub) => (
        <li key={hub.id} className="rounded-xl border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-lg font-semibold">
              <Link href={`/admin/hubs/${hub.id}`}>{hub.name}</Link>
            </h3>
            {hub.status === "pending" ? (
              <span className={`rounded px-2 py-0.5 text-sm font-semibold ${hub.submission === "new" ? "bg-sky-100 text-sky-950" : "bg-amber-100 text-amber-950"}`}>
                {t(hub.submission)}
              </span>
            ) : null}
          </div>
          <p className="text-stone-700">
            {hub.city}, {countryName(hub.countryCode)} · {labelOf(words, "kinds", hub.kind)}
          </p>
          <p className="text-sm text-stone-700">
            {hub.status === "pending" ? `Submitted ${formatTimestamp(hub.submittedAt ?? hub.createdAt)}` : `Last changed ${formatTimestamp(hub.updatedAt)}`} by{" "}
            {ownersText(hub.owners)}
          </p>
        </li>
      ))}
    </ol>
  );
}
