import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationCard } from "@/components/account/applications/application-card";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Confirmation } from "@/components/site/notice";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { languageAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import type { ApplicationNotice } from "@/lib/events/applications/actions";
import { listOwnApplications } from "@/lib/events/applications/queries";
import { userSearchSchema } from "@/lib/users/schema";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "eventApplications.mine" });
  return { title: t("title"), robots: { index: false }, alternates: languageAlternates(locale as Locale, "/account/applications") };
}

/** The confirmation shown after each change, named by the `notice` the actions redirect with. */
const NOTICES = {
  pending: "pending",
  registered: "registered",
  waitlisted: "waitlisted",
  updated: "updated",
  withdrawn: "withdrawn",
  "seat-taken": "seatTaken",
  "seat-released": "seatReleased",
} as const satisfies Record<ApplicationNotice, string>;

const isNotice = (notice: string | undefined): notice is ApplicationNotice => notice !== undefined && Object.hasOwn(NOTICES, notice);

export default async function OwnApplicationsPage({ params, searchParams }: Params & { searchParams: Promise<{ page?: string; notice?: string }> }) {
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
      {isNotice(query.notice) ? <Confirmation className="mt-6">{t(`notices.${NOTICES[query.notice]}`)}</Confirmation> : null}
      {total === 0 ? (
        <div className="mt-8">
          <EmptyState title={t("empty.title")}>
            <p>{t.rich("empty.text", { link: (chunks) => <Link href="/events">{chunks}</Link> })}</p>
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
