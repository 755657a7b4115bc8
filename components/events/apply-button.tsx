import { useTranslations } from "next-intl";
import { Text } from "@/components/ui/text";
import { Link } from "@/i18n/navigation";
import { windowMessage, type Participation } from "@/lib/events/applications/rules";
import type { ApplyState } from "@/lib/events/rules";

const button = "inline-block rounded-md bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800";
const status = "inline-block rounded-md border border-stone-400 bg-stone-100 px-5 py-3 font-semibold text-stone-900";

/**
 * The application or registration button in the state applyState gives: a link to the form
 * while the window is open (to the waiting list once every seat is taken), else what stops it.
 */
export function ApplyButton({ slug, participation, apply }: { slug: string; participation: Participation; apply: ApplyState }) {
  const t = useTranslations("eventApplications.button");
  const reason = <Text msg={windowMessage(apply, participation)} />;
  switch (apply.state) {
    case "open":
      return (
        <div className="space-y-3">
          <p>
            <Link href={`/events/${slug}/apply`} className={button}>
              {apply.full ? t("full") : t("open", { participation, date: apply.closesOn })}
            </Link>
          </p>
          <p className="text-stone-700">{reason}</p>
        </div>
      );
    case "not-open":
      return (
        <p>
          <span className={status}>{t("notOpen", { participation, date: apply.opensOn })}</span>
        </p>
      );
    case "closed":
      return (
        <div className="space-y-3">
          <p>
            <span className={status}>{t("closed")}</span>
          </p>
          <p className="text-stone-700">{reason}</p>
        </div>
      );
    case "cancelled":
      return (
        <p>
          <span className="inline-block rounded-md border border-red-800 bg-red-50 px-5 py-3 font-semibold text-red-900">{t("cancelled")}</span>
        </p>
      );
    default:
      return <p className="text-stone-700">{reason}</p>;
  }
}
