import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { answerChoice, AnswerChoiceSection } from "@/components/p2p/host-requests/answer-choice";
import { RequestAnswer } from "@/components/p2p/host-requests/request-answer";
import { HostGrant, VisitFacts, VisitPlan } from "@/components/p2p/host-requests/request-details";
import { PageContainer, PageIntro, Section } from "@/components/site/page";
import { PageNotice } from "@/components/site/page-notice";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { requireUser } from "@/lib/auth/session";
import { hostRequestFor } from "@/lib/p2p/agreement/queries";
import { answerRefusal } from "@/lib/p2p/agreement/rules";

type Params = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ answer?: string }> };

export const generateMetadata = pageMetadata({ title: "p2pHostRequests.detail.metaTitle", path: ({ id }) => `/account/p2p/requests/${id}`, personal: true });

/** One request to host, for the host hub's owners: what they need to decide, and their two answers, each confirmed before it is given. */
export default async function HostRequestPage({ params, searchParams }: Params) {
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
      <PageIntro title={t("title", { applicant })} eyebrow={t("eyebrow", { hub: request.hostHub.name, round: application.round.name })} back={{ href: "/account/p2p/requests", label: t("back") }} />
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
          <AnswerChoiceSection requestId={request.id} applicant={applicant} hub={request.hostHub.name} round={application.round.name} choice={answerChoice((await searchParams).answer)} />
        </Section>
      ) : null}
    </PageContainer>
  );
}
