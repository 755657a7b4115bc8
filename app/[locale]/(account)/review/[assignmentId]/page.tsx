import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AnswersView } from "@/components/p2p/account/answers-view";
import { GrantSummary } from "@/components/p2p/apply/grant-summary";
import { ConfirmNoConflictForm, DeclareConflictForm } from "@/components/p2p/review/conflict-forms";
import { REVIEW_FORM_MESSAGES } from "@/components/p2p/review/messages";
import { ReviewCard } from "@/components/p2p/review/review-card";
import { ReviewForm } from "@/components/p2p/review/review-form";
import { PageNotice } from "@/components/site/page-notice";
import { PageContainer, PageIntro, Section } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { requireUser } from "@/lib/auth/session";
import { calendarDay, DAY_MS } from "@/lib/calendar";
import { computeGrant, stayDays } from "@/lib/p2p/applications/grant";
import { getReviewAssignment, type ReviewAssignment, type ReviewStep } from "@/lib/p2p/reviews/queries";
import { scoreField } from "@/lib/p2p/reviews/rules";

type Params = { params: Promise<{ locale: string; assignmentId: string }> };

export const generateMetadata = pageMetadata({ title: "p2pReview.meta.assignmentTitle", path: ({ assignmentId }) => `/review/${assignmentId}`, personal: true });

/** One assignment: the conflict step, then the application with the reviewer's scoring form, then the other reviews. */
export default async function ReviewAssignmentPage({ params }: Params) {
  const { locale, assignmentId } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const assignment = await getReviewAssignment(actor, assignmentId);
  if (!assignment) notFound();
  return assignment.step === "conflict" ? <ConflictStep assignment={assignment} /> : <ReviewStepPage assignment={assignment} />;
}

async function ConflictStep({ assignment }: { assignment: Exclude<ReviewAssignment, ReviewStep> }) {
  const [t, page, format] = await Promise.all([getTranslations("p2pReview.conflict"), getTranslations("p2pReview"), getFormatter()]);
  const hub = (label: string, h: { name: string; countryCode: string }) => (
    <div className="rounded-lg border border-stone-200 bg-white px-4 py-3">
      <dt className="text-sm text-stone-700">{label}</dt>
      <dd className="font-semibold text-stone-950">{h.name}</dd>
      <dd className="text-stone-800">{format.displayName(h.countryCode, { type: "region" }) ?? h.countryCode}</dd>
    </div>
  );
  return (
    <PageContainer narrow>
      <PageIntro title={t("title")} eyebrow={assignment.round.name} back={{ href: "/review", label: page("assignment.back") }}>
        <p>{t("intro")}</p>
      </PageIntro>
      <dl className="mt-6 grid gap-3 sm:grid-cols-2">
        {hub(t("visiting"), assignment.hubs.visiting)}
        {hub(t("host"), assignment.hubs.host)}
      </dl>
      {assignment.editable ? (
        <ClientMessages only={REVIEW_FORM_MESSAGES}>
          <p className="mt-6 text-stone-800">{t("what")}</p>
          <div className="mt-6">
            <ConfirmNoConflictForm assignmentId={assignment.id} />
          </div>
          <Section id="declare" title={t("declare.title")}>
            <DeclareConflictForm assignmentId={assignment.id} />
          </Section>
        </ClientMessages>
      ) : (
        <p className="mt-6 rounded-md bg-stone-50 px-4 py-3">{t("closedNone")}</p>
      )}
    </PageContainer>
  );
}

async function ReviewStepPage({ assignment }: { assignment: ReviewStep }) {
  const [t, form, format] = await Promise.all([getTranslations("p2pReview"), getTranslations("p2pApply.form"), getFormatter()]);
  const { application, criteria, review, others } = assignment;
  const country = (code: string) => format.displayName(code, { type: "region" }) ?? code;
  const days = stayDays(application.startsOn, application.endsOn);
  const planDays = Array.from({ length: days }, (_, i) => form("plan.day", { n: i + 1, date: calendarDay(new Date(application.startsOn.getTime() + i * DAY_MS)) }));
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  const mine = review ? Object.fromEntries(review.scores.map((s) => [s.criterionId, s.value])) : null;
  const title = t("application.title", { visiting: application.visitingHub.name, host: application.hostHub.name });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Europe/Brussels" });
  const hub = (label: string, h: { name: string; city: string; countryCode: string }) => (
    <div>
      <dt className="text-sm text-stone-700">{label}</dt>
      <dd className="font-semibold">{h.name}</dd>
      <dd className="text-stone-800">{t("application.place", { city: h.city, country: country(h.countryCode) })}</dd>
    </div>
  );

  return (
    <PageContainer narrow>
      <PageIntro title={title} eyebrow={assignment.round.name} back={{ href: "/review", label: t("assignment.back") }} />
      <PageNotice page="reviewAssignment" className="mt-6" />
      {assignment.editable ? null : <p className="mt-6 rounded-md bg-stone-50 px-4 py-3">{t("assignment.closed")}</p>}

      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {hub(t("application.visiting"), application.visitingHub)}
        {hub(t("application.host"), application.hostHub)}
        <div>
          <dt className="text-sm text-stone-700">{t("application.stay")}</dt>
          <dd>{format.dateTimeRange(application.startsOn, application.endsOn, { dateStyle: "long", timeZone: "UTC" })}</dd>
        </div>
      </dl>

      <Section id="answers" title={t("application.answers")}>
        <AnswersView application={application} planDays={planDays} />
      </Section>

      <Section id="grant" title={t("application.grant")}>
        <GrantSummary rates={application} grant={computeGrant(application, days, application.people)} days={days} people={application.people} note={t("application.grantNote")} />
      </Section>

      <Section id="review" title={t("form.title")}>
        {assignment.editable ? (
          <>
            {review ? <ReviewSummary review={review} date={date} /> : <p className="mb-6 text-stone-700">{t("form.intro")}</p>}
            <ClientMessages only={REVIEW_FORM_MESSAGES}>
              <ReviewForm
                assignmentId={assignment.id}
                criteria={criteria.map((c) => ({ id: c.id, name: c.name, description: c.description, labels: c.labels, share: c.weight / weights }))}
                initial={{ ok: false, values: mine ? { comment: review!.comment, ...Object.fromEntries(Object.entries(mine).map(([id, v]) => [scoreField(id), String(v)])) } : {} }}
              />
            </ClientMessages>
          </>
        ) : review ? (
          <ReviewCard title={t("mine.title")} note={t("mine.submitted", { date: date(review.submittedAt) })} criteria={criteria} scores={mine!} total={review.total} comment={review.comment} />
        ) : null}
      </Section>

      {review ? (
        <Section id="others" title={t("others.title")}>
          <p className="mb-4 text-stone-700">{t("others.intro")}</p>
          {others.length ? (
            <div className="space-y-4">
              {others.map((other) => (
                <ReviewCard key={other.id} title={t("others.reviewer", { letter: other.letter })} criteria={criteria} scores={other.scores} total={other.total} comment={other.comment} />
              ))}
            </div>
          ) : (
            <p>{t("others.none")}</p>
          )}
        </Section>
      ) : null}
    </PageContainer>
  );
}

/** The reviewer's saved review in a line: its total, when it was sent and how often changed. */
async function ReviewSummary({ review, date }: { review: NonNullable<ReviewStep["review"]>; date: (d: Date) => string }) {
  const t = await getTranslations("p2pReview.mine");
  return (
    <div className="mb-6 rounded-md bg-stone-50 px-4 py-3">
      <p className="font-semibold text-stone-950">{t("total", { total: review.total })}</p>
      <p className="text-sm text-stone-700">
        {review._count.revisions ? t("changed", { count: review._count.revisions, date: date(review.updatedAt) }) : t("submitted", { date: date(review.submittedAt) })}
      </p>
    </div>
  );
}
