import { getTranslations, setRequestLocale } from "next-intl/server";
import { linkTo } from "@/components/i18n/rich-text";
import { ApplicationSummary } from "@/components/p2p/account/application-summary";
import { SchemeLinks } from "@/components/p2p/account/scheme-links";
import { EmptyState, PageContainer, PageIntro, Section } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { requireUser } from "@/lib/auth/session";
import { countWaitingHostRequests } from "@/lib/p2p/agreement/queries";
import { listOwnP2PApplications } from "@/lib/p2p/applications/queries";

type Params = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "p2pAccount.meta.title", path: "/account/p2p", personal: true });

/** The person's P2P exchanges: their applications with every step, and the scheme's pages for their hubs. */
export default async function OwnP2PPage({ params }: Params) {
  setRequestLocale((await params).locale as Locale);
  const actor = await requireUser();
  const [t, applications, waitingRequests] = await Promise.all([getTranslations("p2pAccount"), listOwnP2PApplications(actor), countWaitingHostRequests(actor)]);
  const now = new Date();
  return (
    <PageContainer narrow>
      <PageIntro title={t("title")}>
        <p>{t("intro")}</p>
      </PageIntro>
      <Section id="applications" title={t("applications.title")}>
        {applications.length === 0 ? (
          <EmptyState title={t("applications.empty.title")}>
            <p>{t.rich("applications.empty.text", { link: linkTo("/p2p") })}</p>
          </EmptyState>
        ) : (
          <ul className="space-y-6">
            {applications.map((application) => (
              <li key={application.id}>
                <ApplicationSummary application={application} now={now} />
              </li>
            ))}
          </ul>
        )}
        <p className="mt-6">{t.rich("applications.start", { link: linkTo("/p2p/apply") })}</p>
      </Section>
      <Section id="hubs" title={t("hubs.title")}>
        <SchemeLinks waitingRequests={waitingRequests} />
      </Section>
    </PageContainer>
  );
}
