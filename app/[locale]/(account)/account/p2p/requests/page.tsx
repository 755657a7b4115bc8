import { getTranslations, setRequestLocale } from "next-intl/server";
import { linkTo } from "@/components/i18n/rich-text";
import { RequestCard } from "@/components/p2p/host-requests/request-card";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { requireUser } from "@/lib/auth/session";
import { hostRequestsFor } from "@/lib/p2p/agreement/queries";
import { userSearchSchema } from "@/lib/users/schema";

type Params = { params: Promise<{ locale: string }> };

const HERE = "/account/p2p/requests";

export const generateMetadata = pageMetadata({ title: "p2pHostRequests.list.title", path: HERE, personal: true });

export default async function HostRequestsPage({ params, searchParams }: Params & { searchParams: Promise<{ page?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const { page } = userSearchSchema.parse(await searchParams);
  const now = new Date();
  const [t, { pending, answered, answeredTotal, pages }] = await Promise.all([getTranslations("p2pHostRequests.list"), hostRequestsFor(actor, { page })]);
  const nothing = pending.length === 0 && answeredTotal === 0;
  return (
    <PageContainer narrow>
      <PageIntro title={t("title")} back={{ href: "/account/p2p", label: t("back") }}>
        <p>{t("intro")}</p>
      </PageIntro>
      {nothing ? (
        <div className="mt-8">
          <EmptyState title={t("empty.title")}>
            <p>{t.rich("empty.text", { link: linkTo("/p2p") })}</p>
          </EmptyState>
        </div>
      ) : page > pages ? (
        <NoSuchPage page={page} pages={pages} firstPage={HERE} />
      ) : (
        <>
          {page === 1 ? (
            <section aria-labelledby="pending" className="mt-10">
              <h2 id="pending" className="text-2xl font-bold">
                {t("pending.heading")}
              </h2>
              <p className="mt-2 text-stone-700">{t("pending.count", { count: pending.length })}</p>
              {pending.length ? (
                <ul className="mt-4 space-y-6">
                  {pending.map((request) => (
                    <li key={request.id}>
                      <RequestCard request={request} now={now} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ) : null}
          {answeredTotal ? (
            <section aria-labelledby="answered" className="mt-12">
              <h2 id="answered" className="text-2xl font-bold">
                {t("answered.heading")}
              </h2>
              <p className="mt-2 text-stone-700">{t("answered.count", { count: answeredTotal })}</p>
              <ul className="mt-4 space-y-6">
                {answered.map((request) => (
                  <li key={request.id}>
                    <RequestCard request={request} now={now} />
                  </li>
                ))}
              </ul>
              <Pagination page={page} pages={pages} href={(p) => pageHref(HERE, {}, p)} label={t("answered.pages")} />
            </section>
          ) : null}
        </>
      )}
    </PageContainer>
  );
}
