import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { PageNotice } from "@/components/site/page-notice";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { listReviewQueue, type ReviewQueue } from "@/lib/p2p/reviews/queries";

type Params = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "p2pReview.meta.title", path: "/review", personal: true });

const STATES = ["toConfirm", "toScore", "reviewed"] as const;

/** The applications a panelist is asked to review, by round: what is left to confirm, to score, and what is done. */
export default async function ReviewQueuePage({ params }: Params) {
  setRequestLocale((await params).locale as Locale);
  const actor = await requireUser();
  const [t, format, queue] = await Promise.all([getTranslations("p2pReview.queue"), getFormatter(), listReviewQueue(actor)]);
  const country = (code: string) => format.displayName(code, { type: "region" }) ?? code;
  const rounds = new Map<string, ReviewQueue["items"]>();
  for (const item of queue.items) rounds.set(item.round.id, [...(rounds.get(item.round.id) ?? []), item]);

  return (
    <PageContainer narrow>
      <PageIntro title={t("title")}>
        <p>{t("intro")}</p>
      </PageIntro>
      <PageNotice page="review" className="mt-6" />
      {queue.items.length === 0 ? (
        <div className="mt-8">
          <EmptyState title={t("empty.title")}>
            <p>{t("empty.text")}</p>
          </EmptyState>
        </div>
      ) : (
        <>
          <section aria-labelledby="counts" className="mt-8">
            <h2 id="counts" className="sr-only">
              {t("countsLabel")}
            </h2>
            <dl className="grid gap-3 sm:grid-cols-3">
              {STATES.map((state) => (
                <div key={state} className="rounded-lg border border-stone-200 bg-white px-4 py-3">
                  <dt className="text-sm text-stone-700">{t(`states.${state}`)}</dt>
                  <dd className="text-2xl font-bold tabular-nums text-stone-950">{queue.counts[state]}</dd>
                </div>
              ))}
            </dl>
          </section>
          {[...rounds.values()].map((items) => {
            const round = items[0]!.round;
            return (
              <section key={round.id} aria-labelledby={`round-${round.id}`} className="mt-10">
                <h2 id={`round-${round.id}`} className="text-2xl font-bold tracking-tight text-stone-950">
                  {round.name}
                </h2>
                {round.panelClosedAt ? <p className="mt-2 text-stone-700">{t("closed")}</p> : null}
                <ul className="mt-4 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
                  {items.map((item) => {
                    const { visitingHub, hostHub } = item.application;
                    return (
                      <li key={item.id} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
                        <div>
                          <p id={`exchange-${item.id}`} className="font-semibold text-stone-950">{t("exchange", { visiting: visitingHub.name, host: hostHub.name })}</p>
                          <p className="text-sm text-stone-700">{t("countries", { visiting: country(visitingHub.countryCode), host: country(hostHub.countryCode) })}</p>
                          <p className="mt-1 text-sm">
                            <span className="rounded-full bg-stone-100 px-2 py-0.5 text-stone-800">{t(`states.${item.state}`)}</span>
                            {item.review ? <span className="ml-2 text-stone-800">{t("yourTotal", { total: item.review.total })}</span> : null}
                          </p>
                        </div>
                        <Link href={`/review/${item.id}`} aria-describedby={`exchange-${item.id}`} className="font-semibold">
                          {t(`open.${item.state}`)}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </PageContainer>
  );
}
