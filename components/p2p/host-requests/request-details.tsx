import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatEuros } from "@/lib/money";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/countries";
import type { ApplicationDetails, HostRequest } from "@/lib/p2p/agreement/queries";
import { stayDays } from "@/lib/p2p/applications/grant";

/** Date-only values are stored as midnight UTC, so their day is read in UTC. */
const DAY = { dateStyle: "long", timeZone: "UTC" } as const;

type Application = HostRequest["application"];

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-stone-900">{term}</dt>
      <dd className="mt-1 break-words text-stone-800 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

/** The applicant's own words, kept as they wrote them (line breaks included), or "not given". */
function Words({ text }: { text: string | null | undefined }) {
  const t = useTranslations("p2pHostRequests.detail");
  return text?.trim() ? <p className="whitespace-pre-wrap">{text}</p> : <p className="text-stone-600">{t("notGiven")}</p>;
}

/**
 * Who would visit, from where, when, how many and how they would travel: without `details`
 * (a request the host is no longer party to) only who, from where, when and how many.
 */
export function VisitFacts({ application, details }: { application: Application; details: ApplicationDetails | null }) {
  const t = useTranslations("p2pHostRequests.detail");
  const format = useFormatter();
  const locale = useLocale();
  const { visitingHub } = application;
  const hub = visitingHub.status === "published" ? <Link href={`/hubs/${visitingHub.slug}`}>{visitingHub.name}</Link> : visitingHub.name;
  return (
    <dl className="divide-y divide-stone-200 border-y border-stone-200">
      <Fact term={t("applicant")}>{details ? t("person", { name: application.applicant.name, role: details.role }) : application.applicant.name}</Fact>
      {details && application.people > 1 && details.partnerName ? (
        <Fact term={t("partner")}>{t("person", { name: details.partnerName, role: details.partnerRole ?? "" })}</Fact>
      ) : null}
      <Fact term={t("visitingHub")}>
        {hub}
        <span className="block text-stone-700">{t("place", { city: visitingHub.city, country: countryName(visitingHub.countryCode, locale) })}</span>
      </Fact>
      <Fact term={t("dates")}>
        {t("stay", { dates: format.dateTimeRange(application.startsOn, application.endsOn, DAY), days: stayDays(application.startsOn, application.endsOn) })}
      </Fact>
      <Fact term={t("people")}>{t("peopleCount", { people: application.people })}</Fact>
      {details ? <Fact term={t("travel")}>{t("travelMode", { mode: details.travelMode ?? "none" })}</Fact> : null}
    </dl>
  );
}

/** Why they would come, day by day, what each side gains, and how the exchange would be shared. */
export function VisitPlan({ details }: { details: ApplicationDetails }) {
  const t = useTranslations("p2pHostRequests.detail");
  return (
    <dl className="divide-y divide-stone-200 border-y border-stone-200">
      <Fact term={t("aim")}>{t("aimValue", { aim: details.aim ?? "none" })}</Fact>
      <Fact term={t("plan")}>
        {details.plan.some((day) => day.trim()) ? (
          <ol className="space-y-2">
            {details.plan.map((day, i) => (
              <li key={i}>
                <span className="font-semibold">{t("day", { day: i + 1 })}</span>{" "}
                {day.trim() ? <span className="whitespace-pre-wrap">{day}</span> : <span className="text-stone-600">{t("notGiven")}</span>}
              </li>
            ))}
          </ol>
        ) : (
          <Words text={null} />
        )}
      </Fact>
      <Fact term={t("visitorGains")}>
        <Words text={details.visitorGains} />
      </Fact>
      <Fact term={t("hostGains")}>
        <Words text={details.hostGains} />
      </Fact>
      <Fact term={t("sharing")}>
        <Words text={details.sharing} />
      </Fact>
    </dl>
  );
}

/** What the round gives the host hub, as the application was made under it. */
export function HostGrant({ details, roundName, hostName }: { details: ApplicationDetails; roundName: string; hostName: string }) {
  const t = useTranslations("p2pHostRequests.detail");
  const locale = useLocale();
  return <p>{t("hostGrant", { hub: hostName, round: roundName, amount: formatEuros(details.hostGrantCents, locale) })}</p>;
}
