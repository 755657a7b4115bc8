import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AnswersView } from "@/components/p2p/account/answers-view";
import { ApplicationForm } from "@/components/p2p/account/application-form";
import { RehostForm } from "@/components/p2p/account/rehost-form";
import { StatusBadge } from "@/components/p2p/account/status-badge";
import { Timeline } from "@/components/p2p/account/timeline";
import { GrantSummary } from "@/components/p2p/apply/grant-summary";
import { AgreementSection } from "@/components/p2p/grant/agreement-section";
import { GRANT_MESSAGES } from "@/components/p2p/grant/messages";
import { ReportSection } from "@/components/p2p/grant/report-section";
import { PageNotice } from "@/components/site/page-notice";
import { PageContainer, PageIntro, Section } from "@/components/site/page";
import { ButtonForm } from "@/components/ui/button-form";
import { Text } from "@/components/ui/text";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { calendarDay, DAY_MS, isoDate } from "@/lib/calendar";
import { chooseAnotherHostAction, updateApplicationAction, withdrawApplicationAction } from "@/lib/p2p/applications/actions";
import { missingAnswers, planForDays } from "@/lib/p2p/applications/answers";
import { computeGrant, stayDays } from "@/lib/p2p/applications/grant";
import { getOwnP2PApplication, otherHostChoices, type FullOwnP2PApplication } from "@/lib/p2p/applications/queries";
import { hostChoiceVerdict } from "@/lib/p2p/applications/steps";
import { canChooseAnotherHost, nextStep } from "@/lib/p2p/applications/timeline";
import { APPLICATION_WORKFLOW, isEditable, SIGNED_STATUSES, withdrawRefusal } from "@/lib/p2p/applications/workflow";
import { termsFor } from "@/lib/p2p/grant/commands";
import { isReportEditable, sendingTooEarly } from "@/lib/p2p/reports/rules";
import { canTake } from "@/lib/workflow/transitions";

type Params = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ withdraw?: string }> };

export const generateMetadata = pageMetadata({ title: "p2pAccount.application.metaTitle", path: ({ id }) => `/account/p2p/applications/${id}`, personal: true });

/** What the application's forms need in the browser: their words and every refusal they may show. */
const FORM_MESSAGES = ["p2pApply.form", "p2pApply.rehost", "p2pApply.errors", "p2pApply.eligibility", "p2pApply.workflow"];

/** The form's values as the application holds them. */
function formValues(application: FullOwnP2PApplication, days: number): Record<string, string | string[]> {
  return {
    role: application.role,
    startsOn: isoDate(application.startsOn),
    endsOn: isoDate(application.endsOn),
    people: String(application.people),
    partnerName: application.partnerName ?? "",
    partnerRole: application.partnerRole ?? "",
    partnerEmail: application.partnerEmail ?? "",
    aim: application.aim ?? "",
    plan: planForDays(application.plan, days),
    visitorGains: application.visitorGains,
    hostGains: application.hostGains,
    sharing: application.sharing,
    travelMode: application.travelMode ?? "",
    accessibilityNeeds: application.accessibilityNeeds ?? "",
  };
}

/** One of the person's own applications: its grant, its steps, and what they can do with it now. */
export default async function OwnP2PApplicationPage({ params, searchParams }: Params) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const application = await getOwnP2PApplication(actor, id);
  if (!application) notFound();
  const [t, form, grantT, format] = await Promise.all([getTranslations("p2pAccount.application"), getTranslations("p2pApply.form"), getTranslations("p2pGrant"), getFormatter()]);
  const now = new Date();
  const { round, status } = application;
  const days = stayDays(application.startsOn, application.endsOn);
  const grant = computeGrant(application, days, application.people);
  const planDays = Array.from({ length: days }, (_, i) => form("plan.day", { n: i + 1, date: calendarDay(new Date(application.startsOn.getTime() + i * DAY_MS)) }));
  const draft = status === "draft";
  const missing = draft ? missingAnswers(application, days) : [];
  const cannotWithdraw = withdrawRefusal(status, round.status);
  const canWithdraw = cannotWithdraw === null;
  // Withdrawable by its status, but the round's results are out: say why the link is gone.
  const withdrawEnded = canTake(APPLICATION_WORKFLOW, "withdraw", status).allowed ? cannotWithdraw : null;
  const confirming = canWithdraw && (await searchParams).withdraw === "confirm";
  const rehost = canChooseAnotherHost(application, round, now) ? await otherHostChoices(actor, application) : null;
  const otherHosts = rehost ? rehost.hosts.filter((host) => hostChoiceVerdict(round, rehost.visiting, host) === null) : [];
  // The terms the applicant reads are the ones signing stores (lib/p2p/grant/terms.ts), in this page's language.
  const terms = status === "selected" ? await termsFor({ ...application, applicant: actor }, locale as Locale) : application.agreementTerms;
  const reporting = (SIGNED_STATUSES as readonly string[]).includes(status);

  return (
    <PageContainer narrow>
      <p className="text-sm">
        <Link href="/account/p2p">{t("back")}</Link>
      </p>
      <PageIntro title={t("title", { host: application.hostHub.name })} eyebrow={round.name} />
      <PageNotice page="accountP2PApplication" className="mt-6" />

      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-stone-700">{t("from")}</dt>
          <dd className="font-semibold">{application.visitingHub.name}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700">{t("host")}</dt>
          <dd className="font-semibold">
            <Link href={`/hubs/${application.hostHub.slug}`}>{application.hostHub.name}</Link>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700">{t("stay")}</dt>
          <dd>{format.dateTimeRange(application.startsOn, application.endsOn, { dateStyle: "long", timeZone: "UTC" })}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700">{t("status")}</dt>
          <dd>
            <StatusBadge status={status} />
          </dd>
        </div>
      </dl>
      <p className="mt-6 rounded-md bg-stone-50 px-4 py-3">
        <Text msg={nextStep(application, round, now)} />
      </p>

      <Section id="grant" title={t("grant.title")}>
        <GrantSummary rates={application} grant={grant} days={days} people={application.people} note={t("grant.stored")} />
      </Section>

      <Section id="steps" title={t("steps")}>
        <Timeline application={application} headingId="steps" />
      </Section>

      <ClientMessages only={[...FORM_MESSAGES, ...GRANT_MESSAGES]}>
        {terms ? (
          <Section id="agreement" title={grantT("agreement.title")}>
            <AgreementSection
              applicationId={application.id}
              terms={terms}
              signed={application.agreementSignedAt && application.agreementName ? { at: application.agreementSignedAt, name: application.agreementName } : null}
            />
          </Section>
        ) : null}
        {reporting ? (
          <Section id="report" title={grantT("report.title")}>
            <ReportSection
              applicationId={application.id}
              report={application.report}
              editable={isReportEditable(status)}
              dueOn={application.reportDueOn}
              notYet={sendingTooEarly(application, now)}
              changesAsked={status === "report_changes_requested"}
            />
          </Section>
        ) : null}

        {rehost ? (
          <Section id="rehost" title={t("rehost.title")}>
            {otherHosts.length ? (
              <RehostForm
                action={chooseAnotherHostAction}
                applicationId={application.id}
                hosts={otherHosts.map((host) => ({ value: host.id, label: t("rehost.option", { name: host.name, city: host.city, country: format.displayName(host.countryCode, { type: "region" }) ?? host.countryCode }) }))}
              />
            ) : (
              <p>{t("rehost.none")}</p>
            )}
          </Section>
        ) : null}

        <Section id="answers" title={t("answers.title")}>
          {isEditable(status) ? (
            <>
              {missing.length ? (
                <div className="mb-6 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
                  <p className="font-semibold">{t("answers.missing", { count: missing.length })}</p>
                  <ul className="mt-1 list-disc pl-6">
                    {missing.map((field) => (
                      <li key={field}>{t(`answers.fields.${field}`)}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <p className="mb-6 text-stone-700">{draft ? t("answers.draft", { host: application.hostHub.name }) : t("answers.withHost")}</p>
              <ApplicationForm
                action={updateApplicationAction}
                initial={{ ok: false, values: formValues(application, days) }}
                applicationId={application.id}
                planDays={planDays}
                maxPeople={round.peoplePerExchange}
                sendTo={draft ? application.hostHub.name : null}
                fixed={
                  draft
                    ? null
                    : {
                        startsOn: format.dateTime(application.startsOn, { dateStyle: "long", timeZone: "UTC" }),
                        endsOn: format.dateTime(application.endsOn, { dateStyle: "long", timeZone: "UTC" }),
                        people: application.people,
                      }
                }
              />
            </>
          ) : (
            <AnswersView application={application} planDays={planDays} />
          )}
        </Section>

        {canWithdraw ? (
          <Section id="withdraw" title={t("withdraw.title")}>
            {confirming ? (
              <div className="rounded-md border-2 border-red-700 bg-red-50 p-5">
                <p className="font-semibold">{t("withdraw.question", { host: application.hostHub.name })}</p>
                <p className="mt-2">{t("withdraw.what", { status })}</p>
                <div className="mt-4 flex flex-wrap items-center gap-4">
                  <ButtonForm action={withdrawApplicationAction} fields={{ applicationId: application.id }} variant="danger" pendingLabel={t("withdraw.pending")}>
                    {t("withdraw.confirm")}
                  </ButtonForm>
                  <Link href={`/account/p2p/applications/${application.id}`}>{t("withdraw.keep")}</Link>
                </div>
              </div>
            ) : (
              <>
                <p className="text-stone-700">{t("withdraw.intro")}</p>
                <p className="mt-3">
                  <Link href={`/account/p2p/applications/${application.id}?withdraw=confirm#withdraw`}>{t("withdraw.link")}</Link>
                </p>
              </>
            )}
          </Section>
        ) : withdrawEnded ? (
          <Section id="withdraw" title={t("withdraw.title")}>
            <p className="text-stone-700">
              <Text msg={withdrawEnded} />
            </p>
          </Section>
        ) : null}
      </ClientMessages>
    </PageContainer>
  );
}
