import { getTranslations, setRequestLocale } from "next-intl/server";
import { OwnDrafts, OwnRequests } from "@/components/account/hubs/own-lists";
import { OwnHubCard } from "@/components/account/hubs/own-hub-card";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { PageNotice } from "@/components/site/page-notice";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { listOwnDrafts, listOwnHubs, listOwnManagementRequests } from "@/lib/hubs/ownership/queries";
import { userSearchSchema } from "@/lib/users/schema";
import { linkTo } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string }>;
type Search = { page?: string; archive?: string };

/** What the owners' forms on this page say, and what their actions answer. */
const FORM_MESSAGES = ["hubManagement.ownerForms", "hubManagement.ownership.errors", "hubManagement.ownership.inviteSent", "hubManagement.ownership.confirmed"];

export const generateMetadata = pageMetadata({ title: "hubManagement.ownHubs.title", path: "/account/hubs", personal: true });

export default async function OwnHubsPage({ params, searchParams }: { params: Params; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const t = await getTranslations("hubManagement.ownHubs");
  const search = await searchParams;
  const { page } = userSearchSchema.parse(search);
  const now = new Date();
  const [{ hubs, total, pages }, drafts, requests] = await Promise.all([
    listOwnHubs(actor, { page }, now),
    listOwnDrafts(actor),
    listOwnManagementRequests(actor),
  ]);
  const here = (p: number) => pageHref("/account/hubs", {}, p);
  return (
    <PageContainer narrow>
      <PageIntro title={t("title")}>
        <p>{t("intro")}</p>
      </PageIntro>
      <PageNotice page="accountHubs" className="mt-6" />
      <p className="mt-6">
        <Link href="/hubs/new" className="inline-flex rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800">{t("add")}</Link>
      </p>

      <ClientMessages only={FORM_MESSAGES}>
        <section aria-labelledby="managed" className="mt-10">
          <h2 id="managed" className="text-2xl font-bold">{t("managed")}</h2>
          {total === 0 ? (
            <div className="mt-4">
              <EmptyState title={t("emptyTitle")}>
                <p>{t.rich("empty", { add: linkTo("/hubs/new") })}</p>
              </EmptyState>
            </div>
          ) : (
            <>
              <p className="mt-2 text-stone-700">{t("count", { count: total })}</p>
              <ul className="mt-4 space-y-6">
                {hubs.map((hub) => (
                  <li key={hub.id}>
                    <OwnHubCard
                      hub={hub}
                      me={actor.id}
                      now={now}
                      confirmArchive={search.archive === hub.id}
                      archiveHref={`${pageHref("/account/hubs", { archive: hub.id }, page)}#confirm-archive`}
                    />
                  </li>
                ))}
              </ul>
              <Pagination page={page} pages={pages} href={here} label={t("pages")} />
            </>
          )}
        </section>

        <OwnDrafts drafts={drafts} />
        <OwnRequests requests={requests} />
      </ClientMessages>
    </PageContainer>
  );
}
