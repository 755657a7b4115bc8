import { useTranslations } from "next-intl";
import { RoundFacts } from "@/components/p2p/public/round-facts";
import { EmptyState, Section } from "@/components/site/page";
import { Markdown } from "@/components/ui/markdown";
import type { PastRound } from "@/lib/p2p/rounds/public-queries";

/** The rounds before the current one, with what their sources give and "not published" for the rest. */
export function PastRounds({ rounds }: { rounds: PastRound[] }) {
  const t = useTranslations("p2p.past");
  return (
    <Section title={t("title")} id="past">
      {rounds.length ? (
        <ul className="space-y-6">
          {rounds.map((round) => (
            <li key={round.id}>
              <article className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
                <h3 className="text-xl font-semibold text-stone-950">{round.name}</h3>
                {round.summary.trim() ? (
                  <div className="mt-3">
                    <Markdown text={round.summary} />
                  </div>
                ) : null}
                <div className="mt-4">
                  <RoundFacts round={round} past />
                </div>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("empty")} />
      )}
    </Section>
  );
}
