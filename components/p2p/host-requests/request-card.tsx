import { useFormatter, useLocale, useTranslations } from "next-intl";
import { hidden } from "@/components/i18n/rich-text";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/countries";
import type { ListedHostRequest } from "@/lib/p2p/agreement/queries";
import { answerRefusal, dueFormat } from "@/lib/p2p/agreement/rules";
import { RequestStatus } from "./request-status";

/** Date-only values are stored as midnight UTC, so their day is read in UTC. */
const DAY = { dateStyle: "long", timeZone: "UTC" } as const;

/** One request in the host's list: who asks, from where, when, and where it stands (and by when to answer). */
export function RequestCard({ request, now }: { request: ListedHostRequest; now: Date }) {
  const t = useTranslations("p2pHostRequests.card");
  const format = useFormatter();
  const locale = useLocale();
  const { application } = request;
  const { visitingHub } = application;
  const h = `request-${request.id}`;
  const due = dueFormat(request.application.round.timeZone);
  const open = answerRefusal(request, now) === null;
  return (
    <article aria-labelledby={h} className="rounded-xl border border-stone-200 bg-white p-5 sm:p-6">
      <h3 id={h} className="text-xl font-semibold break-words">
        {t("from", { applicant: application.applicant.name, hub: visitingHub.name })}
      </h3>
      <p className="text-stone-700">{t("place", { city: visitingHub.city, country: countryName(visitingHub.countryCode, locale) })}</p>
      <p className="mt-1 text-sm text-stone-700">
        {t("stay", { dates: format.dateTimeRange(application.startsOn, application.endsOn, DAY), people: application.people })}
      </p>
      <p className="mt-1 text-sm text-stone-700">{t("forHub", { hub: request.hostHub.name, round: application.round.name })}</p>
      <div className="mt-3">
        <RequestStatus status={request.status} />
      </div>
      {request.status === "pending" ? (
        <p className="mt-3 font-medium">
          {open ? t("answerBy", { deadline: format.dateTime(request.dueAt, due) }) : t("overdue", { deadline: format.dateTime(request.dueAt, due) })}
        </p>
      ) : request.answeredAt ? (
        <p className="mt-3 text-sm text-stone-700">{t("answeredOn", { date: format.dateTime(request.answeredAt, due) })}</p>
      ) : null}
      <p className="mt-4 border-t border-stone-200 pt-4">
        <Link href={`/account/p2p/requests/${request.id}`}>{t.rich(open ? "answer" : "read", { applicant: application.applicant.name, hidden })}</Link>
      </p>
    </article>
  );
}
