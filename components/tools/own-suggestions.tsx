import { getFormatter, getTranslations } from "next-intl/server";
import { linkTo } from "@/components/i18n/rich-text";
import type { OwnSuggestion } from "@/lib/resources/suggestions/queries";

// A member's suggestions for the library, each with where it stands: waiting, accepted (and,
// once published, a link to it), or declined with the team's message.

export async function OwnSuggestions({ suggestions }: { suggestions: OwnSuggestion[] }) {
  const [t, format] = await Promise.all([getTranslations("toolSuggestions.mine"), getFormatter()]);
  if (!suggestions.length) return <p className="mt-4 text-stone-700">{t("empty")}</p>;
  return (
    <ul className="mt-4 space-y-3">
      {suggestions.map((s) => (
        <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="text-lg font-semibold text-stone-950">{s.title}</h2>
          <p className="mt-1 text-sm break-all text-stone-700">
            <a href={s.url} rel="nofollow noopener noreferrer">{s.url}</a>
          </p>
          <p className="mt-1 text-sm text-stone-700">
            <strong>{t("status", { status: s.status })}</strong> · {t("sentOn", { date: format.dateTime(s.createdAt, { dateStyle: "long" }) })}
          </p>
          {s.status === "accepted" ? (
            <p className="mt-2 text-stone-800">
              {s.resource?.status === "published" ? t.rich("published", { link: linkTo(`/tools/${s.resource.slug}`) }) : t("accepted")}
            </p>
          ) : null}
          {s.status === "declined" && s.message ? (
            <div className="mt-2">
              <p className="text-stone-800">{t("declined")}</p>
              <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 whitespace-pre-line text-stone-800">{s.message}</blockquote>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
