import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationCard } from "@/components/account/applications/application-card";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { requireUser } from "@/lib/auth/session";
import { listOwnApplications } from "@/lib/events/applications/queries";
import { userSearchSchema } from "@/lib/users/schema";
import { linkTo } from "@/components/i18n/rich-text";

type Params = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "eventApplications.mine.title", path: "/account/applications", personal: true });

export default async function OwnApplicationsPage({ params, searchParams }: Params & { searchParams: Promise<{ page?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const query = await searchParams;
  const { page } = userSearchSchema.parse(query);
  const now = new Date();
  const [t, { applications, total, pages }] = await Promise.all([getTranslations("eventApplications.mine"), listOwnApplications(actor, { page })]);
  return (
    <PageContainer narrow>
      <PageIntro title={t("title")}>
        <p>{t("intro")}</p>
      </PageIntro>
      <PageNotice page="accountApplications" className="mt-6" />
      {total === 0 ? (
        <div className="mt-8">
          <EmptyState title={t("empty.title")}>
            <p>{t.rich("empty.text", { link: linkTo("/events") })}</p>
          </EmptyState>
        </div>
      ) : (
        <section aria-labelledby="list" className="mt-8">
          <h2 id="list" className="sr-only">
            {t("listHeading")}
          </h2>
          <p className="text-stone-700">{t("count", { count: total })}</p>
          <ClientMessages only={["eventApplications.errors"]}>
            <ul className="mt-4 space-y-6">
              {applications.map((application) => (
                <li key={application.id}>
                  <ApplicationCard application={application} now={now} />
                </li>
              ))}
            </ul>
          </ClientMessages>
          <Pagination page={page} pages={pages} href={(p) => pageHref("/account/applications", {}, p)} label={t("pages")} />
        </section>
      )}
    </PageContainer>
  );
}
