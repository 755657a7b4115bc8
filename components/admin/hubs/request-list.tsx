import Link from "next/link";
import { useTranslations } from "next-intl";
import { RequestDecisionForms } from "@/components/admin/hubs/decision-forms";
import { formatTimestamp } from "@/lib/timestamps";
import { countryName } from "@/lib/countries";
import type { HubStatus } from "@/lib/generated/prisma/enums";

type PendingRequest = {
  id: string;
  message: string;
  createdAt: Date;
  user: { name: string; email: string };
  hub: { id: string; name: string; city: string; countryCode: string; status: HubStatus };
};

/** "This is my hub — ask to manage it" requests, each with its decision. */
export function RequestList({ requests }: { requests: PendingRequest[] }) {
  const status = useTranslations("hubs.status");
  return (
    <ol className="space-y-3">
      {requests.map((r) => (
        <li key={r.id}>
          <article aria-labelledby={`request-${r.id}`} className="rounded-xl border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
            <h3 id={`request-${r.id}`} className="text-lg font-semibold">
              {r.user.name} asks to manage <Link href={`/admin/hubs/${r.hub.id}`}>{r.hub.name}</Link>
            </h3>
            <p className="text-sm text-stone-700">
              <a href={`mailto:${r.user.email}`}>{r.user.email}</a> · asked {formatTimestamp(r.createdAt)} · the hub, in {r.hub.city},{" "}
              {countryName(r.hub.countryCode)}, is “{status(r.hub.status)}”
            </p>
            <blockquote className="mt-2 whitespace-pre-wrap border-l-4 border-stone-300 pl-3">{r.message}</blockquote>
            <div className="mt-4">
              <RequestDecisionForms requestId={r.id} from="queue" requester={r.user.name} />
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}
