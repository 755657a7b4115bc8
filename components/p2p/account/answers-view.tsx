import { useTranslations } from "next-intl";
import { isGreenTravel } from "@/lib/p2p/applications/answers";
import type { FullOwnP2PApplication } from "@/lib/p2p/applications/queries";

/**
 * What the view shows: reviewers' reads leave out the email address and the accessibility needs
 * (lib/p2p/reviews/queries.ts), and then they are not shown at all.
 */
type ShownAnswers = Pick<FullOwnP2PApplication, "role" | "people" | "partnerName" | "partnerRole" | "aim" | "plan" | "visitorGains" | "hostGains" | "sharing" | "travelMode"> &
  Partial<Pick<FullOwnP2PApplication, "partnerEmail" | "accessibilityNeeds">>;

/** The answers as they were sent: to the applicant once the host has answered and they can no longer change, and to a reviewer. */
export function AnswersView({ application, planDays }: { application: ShownAnswers; planDays: string[] }) {
  const t = useTranslations("p2pApply.form");
  const none = t("notGiven");
  const item = (label: string, value: string | null | undefined, note?: string | null) => (
    <div className="py-3">
      <dt className="font-semibold text-stone-900">{label}</dt>
      <dd className="mt-1 whitespace-pre-wrap break-words text-stone-800">
        {value?.trim() ? value : none}
        {note ? <span className="ml-2 rounded-full bg-green-50 px-2 py-0.5 text-sm text-green-900">{note}</span> : null}
      </dd>
    </div>
  );
  return (
    <dl className="divide-y divide-stone-200">
      {item(t("role.label"), application.role)}
      {application.people > 1 ? item(t("partner.legend"), [application.partnerName, application.partnerRole, application.partnerEmail].filter(Boolean).join(", ")) : null}
      {item(t("aim.legend"), application.aim ? t(`aim.options.${application.aim}`) : null)}
      {planDays.map((label, i) => item(label, application.plan[i]))}
      {item(t("visitorGains.label"), application.visitorGains)}
      {item(t("hostGains.label"), application.hostGains)}
      {item(t("sharing.label"), application.sharing)}
      {item(t("travelMode.legend"), application.travelMode ? t(`travelMode.options.${application.travelMode}`) : null, isGreenTravel(application.travelMode) ? t("travelMode.green") : null)}
      {application.accessibilityNeeds !== undefined ? item(t("accessibilityNeeds.label"), application.accessibilityNeeds) : null}
    </dl>
  );
}
