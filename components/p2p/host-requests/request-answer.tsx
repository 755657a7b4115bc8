import { useFormatter, useTranslations } from "next-intl";
import type { HostRequest } from "@/lib/p2p/agreement/queries";
import { dueFormat } from "@/lib/p2p/agreement/rules";
import { RequestStatus } from "./request-status";

/**
 * Where the request stands: by when to answer while it is open; once answered, who answered,
 * when, and with what words; a lapse or a withdrawal, said plainly.
 */
export function RequestAnswer({ request, open }: { request: HostRequest; open: boolean }) {
  const t = useTranslations("p2pHostRequests.answer");
  const format = useFormatter();
  const due = dueFormat(request.application.round.timeZone);
  const values = {
    applicant: request.application.applicant.name,
    hub: request.hostHub.name,
    deadline: format.dateTime(request.dueAt, due),
    name: request.answeredBy?.name ?? t("someone"),
    date: request.answeredAt ? format.dateTime(request.answeredAt, due) : "",
  };
  const said = request.status === "pending" ? (open ? t("due", values) : t("overdue", values)) : t(request.status, values);
  return (
    <div className="rounded-md border border-stone-300 bg-stone-50 p-5">
      <RequestStatus status={request.status} />
      <p className="mt-3">{said}</p>
      {request.message ? (
        <div className="mt-3 border-l-4 border-brand-700 pl-4">
          <p className="font-semibold">{t(request.status === "accepted" ? "note" : "reason")}</p>
          <p className="mt-1 whitespace-pre-wrap break-words">{request.message}</p>
        </div>
      ) : null}
    </div>
  );
}
