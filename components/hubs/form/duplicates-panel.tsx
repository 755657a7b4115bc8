"use client";
// "Is your hub already on the map?": the listed hubs that look like the one being added,
// each with a way to ask to manage it, and a way to go on when none is the same hub.
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { AskToManage } from "@/components/hubs/ask-to-manage";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/countries";
import type { DuplicateView } from "@/lib/hubs/form-state";

export function DuplicatesPanel({ duplicates, formId, headingRef }: { duplicates: DuplicateView[]; formId: string; headingRef: React.Ref<HTMLHeadingElement> }) {
  const t = useTranslations("hubForms.duplicates");
  const locale = useLocale();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-lg border-2 border-amber-600 bg-amber-50 p-6">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-bold text-stone-950 focus:outline-none">
        {t("heading")}
      </h2>
      <p className="mt-2 text-stone-800">{t("intro", { count: duplicates.length })}</p>
      <ul className="mt-4 space-y-4">
        {duplicates.map((hub) => (
          <li key={hub.id} className="rounded-md border border-stone-300 bg-white p-4">
            <p className="font-semibold text-stone-950 [overflow-wrap:anywhere]">{hub.name}</p>
            <p className="text-stone-700">
              {hub.city}, {countryName(hub.countryCode, locale)} · {hub.reason === "website" ? t("sameWebsite") : t("similarName")}
              {hub.slug ? (
                <>
                  {" · "}
                  <Link href={`/hubs/${hub.slug}`} target="_blank" className="text-brand-800 underline">
                    {t("seePage")}
                    <span className="sr-only"> {t("seePageNewTab", { name: hub.name })}</span>
                  </Link>
                </>
              ) : (
                ` · ${t("waitingForReview")}`
              )}
            </p>
            <AskToManage hub={hub} />
          </li>
        ))}
      </ul>
      <div className="mt-6 border-t border-amber-600 pt-4">
        <p className="text-stone-800">{t("noneIsMine")}</p>
        <button
          type="submit"
          form={formId}
          name="notDuplicate"
          value="1"
          className="mt-2 rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {t("continue")}
        </button>
      </div>
    </section>
  );
}
