import { useLocale, useTranslations } from "next-intl";
import { RoundFacts } from "@/components/p2p/public/round-facts";
import { Section } from "@/components/site/page";
import { Markdown } from "@/components/ui/markdown";
import { Link } from "@/i18n/navigation";
import { calendarDay } from "@/lib/calendar";
import { countryName } from "@/lib/countries";
import type { PublicRound } from "@/lib/p2p/rounds/public-queries";
import { roundWindow } from "@/lib/p2p/rounds/rules";

/** The round open now, or the next announced: where it stands, what it says, its figures, who may take part. */
export function CurrentRound({ round, now }: { round: PublicRound; now: Date }) {
  const t = useTranslations("p2p.round");
  const locale = useLocale();
  const window = roundWindow(round, now);
  const countries = round.countries.map((code) => countryName(code, locale)).sort((a, b) => a.localeCompare(b, locale));
  return (
    <Section title={t("title")} id="round">
      <h3 className="text-xl font-semibold text-stone-950">{round.name}</h3>
      <p className="mt-2 text-lg font-medium text-stone-900">
        {window.state === "open" ? t("open", { closesOn: calendarDay(window.closesOn) }) : window.state === "not-open" ? t("notOpen", { opensOn: calendarDay(window.opensOn) }) : null}
      </p>
      {round.summary.trim() ? (
        <div className="mt-4">
          <Markdown text={round.summary} />
        </div>
      ) : null}
      {window.state === "open" ? (
        <p className="mt-6">
          <Link href="/p2p/apply" className="inline-flex rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800">
            {t("apply")}
          </Link>
        </p>
      ) : null}

      <h3 className="mt-10 text-xl font-semibold text-stone-950">{t("facts")}</h3>
      <div className="mt-4">
        <RoundFacts round={round} />
      </div>
      <dl className="mt-4 space-y-4">
        <div>
          <dt className="font-semibold text-stone-950">{t("membership")}</dt>
          <dd className="text-stone-800">{t(round.membershipRequired ? "membersOnly" : "anyHub")}</dd>
        </div>
        <div>
          <dt className="font-semibold text-stone-950">{t("countries")}</dt>
          <dd className="text-stone-800">
            <p>{t("countriesCount", { count: countries.length })}</p>
            <ul className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3 lg:grid-cols-4">
              {countries.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>

    </Section>
  );
}

/** The round's rules as staff wrote them: a section of their own, whose headings (from h3) sit under it. */
export function RoundRules({ round }: { round: PublicRound }) {
  const t = useTranslations("p2p.round");
  if (!round.rules.trim()) return null;
  return (
    <Section title={t("rules")} id="rules">
      <Markdown text={round.rules} />
    </Section>
  );
}
