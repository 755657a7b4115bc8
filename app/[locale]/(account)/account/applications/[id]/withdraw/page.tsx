import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonForm } from "@/components/ui/button-form";
import { ApplicationClosed, ApplyHeader } from "@/components/events/apply/apply-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageContainer } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { withdrawApplicationAction } from "@/lib/events/applications/actions";
import { getOwnApplicationWithEvent } from "@/lib/events/applications/queries";
import { withdrawRefusal } from "@/lib/events/applications/rules";
import { isSeat } from "@/lib/events/rules";

type Params = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = pageMetadata({ title: "eventApplications.withdraw.metaTitle", path: ({ id }) => `/account/applications/${id}/withdraw`, personal: true });

/** The confirmation step before withdrawing: says what will happen, then asks. */
export default async function WithdrawApplicationPage({ params }: Params) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const user = await requireUser();
  const application = await getOwnApplicationWithEvent(user, id);
  if (!application) notFound();
  const { event } = application;
  const [t, errors] = await Promise.all([getTranslations("eventApplications.withdraw"), getTranslations("eventApplications.errors.withdraw")]);
  const refusal = withdrawRefusal(application.status, event, new Date());
  const { participation } = event;
  const holds = isSeat(application.status) ? "seat" : application.status === "waitlisted" ? "waitlisted" : "application";
  return (
    <PageContainer narrow>
      <ApplyHeader title={t("title", { participation })} event={event} />
      {refusal === null ? (
        <section aria-labelledby="confirm" className="mt-8 rounded-md border-2 border-red-700 bg-red-50 p-5">
          <h2 id="confirm" className="text-xl font-semibold break-words">
            {t("question", { title: event.title })}
          </h2>
          <p className="mt-2">{t("what", { holds, participation })}</p>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <ClientMessages only={["eventApplications.errors"]}>
              <ButtonForm action={withdrawApplicationAction} fields={{ applicationId: application.id }} variant="danger" pendingLabel={t("pending")}>
                {t("confirm")}
              </ButtonForm>
            </ClientMessages>
            <Link href="/account/applications">{t("keep")}</Link>
          </div>
        </section>
      ) : (
        <ApplicationClosed>{errors(refusal)}</ApplicationClosed>
      )}
    </PageContainer>
  );
}
