import { useFormatter, useTranslations } from "next-intl";
import { hidden } from "@/components/i18n/rich-text";
import { StatusBadge } from "@/components/p2p/account/status-badge";
import { Timeline } from "@/components/p2p/account/timeline";
import { Text } from "@/components/ui/text";
import { Link } from "@/i18n/navigation";
import type { OwnP2PApplication } from "@/lib/p2p/applications/queries";
import { nextStep } from "@/lib/p2p/applications/timeline";

/** One of the person's applications on /account/p2p: who visits whom and when, every step so far, what comes next. */
export function ApplicationSummary({ application, now }: { application: OwnP2PApplication; now: Date }) {
  const t = useTranslations("p2pAccount");
  const format = useFormatter();
  const h = (part: string) => `p2p-${application.id}-${part}`;
  return (
    <article aria-labelledby={h("title")} className="rounded-xl border border-stone-200 bg-white p-5 sm:p-6">
      <p className="text-sm font-semibold text-brand-800">{application.round.name}</p>
      <h3 id={h("title")} className="mt-1 text-xl font-semibold break-words">
        {t("summary.title", { from: application.visitingHub.name, host: application.hostHub.name })}
      </h3>
      <p className="mt-1 text-stone-700">
        {t("summary.stay", { stay: format.dateTimeRange(application.startsOn, application.endsOn, { dateStyle: "long", timeZone: "UTC" }), people: application.people })}
      </p>
      <p className="mt-3">
        <StatusBadge status={application.status} />
      </p>
      <h4 id={h("steps")} className="mt-4 font-semibold">
        {t("summary.steps")}
      </h4>
      <div className="mt-2">
        <Timeline application={application} headingId={h("steps")} />
      </div>
      <p className="mt-4 rounded-md bg-stone-50 px-4 py-3">
        <Text msg={nextStep(application, application.round, now)} />
      </p>
      <p className="mt-4">
        <Link href={`/account/p2p/applications/${application.id}`}>{t.rich("summary.open", { host: application.hostHub.name, hidden })}</Link>
      </p>
    </article>
  );
}
