import { useFormatter, useTranslations } from "next-intl";
import { timeline, type TimelineApplication } from "@/lib/p2p/applications/timeline";

/** Every step of an application with its date, oldest first, with the host's or staff's own words where they gave them. */
export function Timeline({ application, headingId, now }: { application: TimelineApplication; headingId?: string; now?: Date }) {
  const t = useTranslations("p2pAccount.timeline");
  const format = useFormatter();
  return (
    <ol aria-labelledby={headingId} className="space-y-3 border-l-2 border-stone-300 pl-4">
      {timeline(application, now).map((step, i) => (
        <li key={i}>
          <p className="text-sm text-stone-700">
            <time dateTime={step.at.toISOString()}>{format.dateTime(step.at, { dateStyle: "long" })}</time>
          </p>
          <p className="text-stone-900">{t(step.code, { host: step.host ?? "", status: step.status ?? "selected", due: step.due ?? step.at })}</p>
          {step.message ? (
            <blockquote className="mt-1 rounded-md border-l-4 border-brand-700 bg-stone-50 px-3 py-2 whitespace-pre-wrap break-words text-stone-800">
              {step.message}
            </blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
