import { useFormatter, useTranslations } from "next-intl";
import { ButtonForm } from "@/components/ui/button-form";
import { EventPlace } from "@/components/events/apply/apply-header";
import { Link } from "@/i18n/navigation";
import { acceptOfferAction, declineOfferAction } from "@/lib/events/applications/actions";
import { withDeadline } from "@/lib/events/applications/dates";
import type { ListedOwnApplication } from "@/lib/events/applications/queries";
import { applicationDateLine, applicationOutlook, type OutlookCode } from "@/lib/events/applications/rules";
import type { Msg } from "@/lib/message";
import { hidden, strong } from "@/components/i18n/rich-text";

const STATUS_STYLE: Record<OutlookCode, string> = {
  "event-cancelled": "border-red-700 bg-red-50 text-red-900",
  "event-over": "border-stone-500 bg-stone-100 text-stone-800",
  "event-unpublished": "border-stone-500 bg-stone-100 text-stone-800",
  pending: "border-amber-700 bg-amber-50 text-amber-900",
  seat: "border-green-700 bg-green-50 text-green-900",
  "offer-open": "border-brand-700 bg-brand-50 text-stone-900",
  "offer-expired": "border-stone-500 bg-stone-100 text-stone-800",
  waitlisted: "border-amber-700 bg-amber-50 text-amber-900",
  declined: "border-red-700 bg-red-50 text-red-900",
  withdrawn: "border-stone-500 bg-stone-100 text-stone-800",
  lapsed: "border-stone-500 bg-stone-100 text-stone-800",
};

/**
 * One of the member's applications: the event, where it stands, what comes next, and what they
 * can do. Its buttons need eventApplications.errors in their ClientMessages.
 */
export function ApplicationCard({ application, now }: { application: ListedOwnApplication; now: Date }) {
  const t = useTranslations("eventApplications.mine");
  const all = useTranslations();
  const format = useFormatter();
  const say = (message: Msg) => {
    const { key, values } = withDeadline(message, format);
    return all(key, values as never);
  };
  const { event } = application;
  const h = (part: string) => `application-${application.id}-${part}`;
  const outlook = applicationOutlook(application, event, now);
  const { can } = outlook;
  const dateLine = applicationDateLine(application, event.participation);
  const isPublic = event.status !== "draft";
  return (
    <article aria-labelledby={h("title")} className="rounded-xl border border-stone-200 bg-white p-5 sm:p-6">
      <h3 id={h("title")} className="text-xl font-semibold break-words">
        {isPublic ? <Link href={`/events/${event.slug}`}>{event.title}</Link> : event.title}
      </h3>
      <p className="text-stone-700">
        <EventPlace event={event} />
      </p>
      <p className="mt-1 text-sm text-stone-700">{t(`dateLine.${dateLine.kind}`, { date: format.dateTime(dateLine.date, { dateStyle: "long" }) })}</p>
      <p className="mt-3">
        <span className={`inline-block rounded-md border px-3 py-1 font-semibold break-words ${STATUS_STYLE[outlook.code]}`}>{say(outlook.status)}</span>
      </p>
      <p className="mt-3">{say(outlook.next)}</p>
      {event.status === "cancelled" ? (
        <p className="mt-3 rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3">
          {t.rich("cancelled", { message: event.cancelMessage ?? "", strong: strong })}
        </p>
      ) : null}
      {application.decisionMessage ? (
        <div className="mt-3 rounded-md border-l-4 border-brand-700 bg-stone-50 px-4 py-3">
          <p className="font-semibold">{t("teamMessage")}</p>
          <p className="mt-1 whitespace-pre-wrap break-words">{application.decisionMessage}</p>
        </div>
      ) : null}
      {can.answerOffer ? (
        <div className="mt-4 flex flex-wrap items-start gap-4">
          <ButtonForm action={acceptOfferAction} fields={{ applicationId: application.id }} variant="primary" pendingLabel={t("takingSeat")}>
            {t.rich("takeSeat", { title: event.title, hidden })}
          </ButtonForm>
          <ButtonForm action={declineOfferAction} fields={{ applicationId: application.id }}>
            {t.rich("letGo", { title: event.title, hidden })}
          </ButtonForm>
        </div>
      ) : null}
      {can.edit || can.withdraw ? (
        <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2 border-t border-stone-200 pt-4">
          {can.edit ? (
            <li>
              <Link href={`/account/applications/${application.id}/edit`}>{t.rich("change", { title: event.title, hidden })}</Link>
            </li>
          ) : null}
          {can.withdraw ? (
            <li>
              <Link href={`/account/applications/${application.id}/withdraw`}>{t.rich("withdraw", { title: event.title, hidden })}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </article>
  );
}
