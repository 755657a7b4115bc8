import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { HostNoteForm } from "@/components/p2p/grant/host-note-form";
import { GRANT_MESSAGES } from "@/components/p2p/grant/messages";
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
import { hostNoteFor } from "@/lib/p2p/reports/queries";
import { isHostNoteEditable } from "@/lib/p2p/reports/rules";

type Params = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ answer?: string }> };

export const generateMetadata = pageMetadata({ title: "p2pHostRequests.detail.metaTitle", path: ({ id }) => `/account/p2p/requests/${id}`, personal: true });

/** One request to host, for the host hub's owners: what they need to decide, and their two answers, each confirmed before it is given. */
export default async function HostRequestPage({ params, searchParams }: Params) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const request = await hostRequestFor(actor, id);
  if (!request) notFound();
  const [t, noteT, exchange] = await Promise.all([getTranslations("p2pHostRequests.detail"), getTranslations("p2pGrant.hostNote"), hostNoteFor(actor, id)]);
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

      {exchange ? (
        <Section id="host-note" title={noteT("title")}>
          <p className="mb-4 text-stone-700">{noteT("intro", { applicant })}</p>
          {isHostNoteEditable(exchange.status) ? (
            <ClientMessages only={GRANT_MESSAGES}>
              <HostNoteForm requestId={request.id} note={exchange.hostNote} />
            </ClientMessages>
          ) : (
            <>
              <p className="break-words whitespace-pre-wrap">{exchange.hostNote}</p>
              <p className="mt-2 text-stone-700">{noteT("closed")}</p>
            </>
          )}
        </Section>
      ) : null}
      {open ? (
        <Section id="answer" title={t("answerHeading")}>
          <AnswerChoiceSection requestId={request.id} applicant={applicant} hub={request.hostHub.name} round={application.round.name} choice={answerChoice((await searchParams).answer)} />
        </Section>
      ) : null}
    </PageContainer>
  );
}
