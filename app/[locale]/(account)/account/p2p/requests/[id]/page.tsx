import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcceptRequestForm, DeclineRequestForm } from "@/components/p2p/host-requests/answer-forms";
import { HOST_ANSWER_MESSAGES } from "@/components/p2p/host-requests/messages";
import { RequestAnswer } from "@/components/p2p/host-requests/request-answer";
import { HostGrant, VisitFacts, VisitPlan } from "@/components/p2p/host-requests/request-details";
import { PageContainer, PageIntro, Section } from "@/components/site/page";
import { PageNotice } from "@/components/site/page-notice";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { hostRequestFor } from "@/lib/p2p/agreement/queries";
import { answerRefusal } from "@/lib/p2p/agreement/rules";

type Params = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = pageMetadata({ title: "p2pHostRequests.detail.metaTitle", path: ({ id }) => `/account/p2p/requests/${id}`, personal: true });

/** One request to host, for the host hub's owners: what they need to decide, and their two answers. */
export default async function HostRequestPage({ params }: Params) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const request = await hostRequestFor(actor, id);
  if (!request) notFound();
  const t = await getTranslations("p2pHostRequests.detail");
  const { application } = request;
  const applicant = application.applicant.name;
  const open = answerRefusal(request, new Date()) === null;
  return (
    <PageContainer narrow>
      <p>
        <Link href="/account/p2p/requests">{t("back")}</Link>
      </p>
      <div className="mt-4">
        <PageIntro title={t("title", { applicant })} eyebrow={t("eyebrow", { hub: request.hostHub.name, round: application.round.name })} />
      </div>
      <PageNotice page="hostRequest" className="mt-6" />
      <div className="mt-6">
        <RequestAnswer request={request} open={open} />
      </div>

      <Section id="visit" title={t("visitHeading")}>
        <VisitFacts application={application} details={request.details} />
        {request.details ? null : <p className="mt-4 text-stone-700">{t("detailsClosed", { applicant })}</p>}
      </Section>
      {request.details ? (
        <>
          <Section id="plan" title={t("planHeading")}>
            <VisitPlan details={request.details} />
          </Section>
          <Section id="grant" title={t("grantHeading")}>
            <HostGrant details={request.details} roundName={application.round.name} hostName={request.hostHub.name} />
          </Section>
        </>
      ) : null}

      {open ? (
        <Section id="answer" title={t("answerHeading")}>
          <p>{t("answerIntro", { applicant, hub: request.hostHub.name })}</p>
          <ClientMessages only={HOST_ANSWER_MESSAGES}>
            <div className="mt-6 space-y-8">
              <section aria-labelledby="accept" className="rounded-xl border border-green-700 bg-white p-5 sm:p-6">
                <h3 id="accept" className="text-xl font-semibold">
                  {t("acceptHeading")}
                </h3>
                <div className="mt-4">
                  <AcceptRequestForm requestId={request.id} applicant={applicant} />
                </div>
              </section>
              <section aria-labelledby="decline" className="rounded-xl border border-red-700 bg-white p-5 sm:p-6">
                <h3 id="decline" className="text-xl font-semibold">
                  {t("declineHeading")}
                </h3>
                <div className="mt-4">
                  <DeclineRequestForm requestId={request.id} applicant={applicant} />
                </div>
              </section>
            </div>
          </ClientMessages>
        </Section>
      ) : null}
    </PageContainer>
  );
}
