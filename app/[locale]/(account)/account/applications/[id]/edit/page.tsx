import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationForm } from "@/components/events/apply/application-form";
import { ApplicationClosed, ApplyHeader } from "@/components/events/apply/apply-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageContainer } from "@/components/site/page";
import { Text } from "@/components/ui/text";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { updateApplicationAction } from "@/lib/events/applications/actions";
import { getOwnApplicationWithEvent, listOwnHubChoices } from "@/lib/events/applications/queries";
import { applicationFormValues, notEditableReason, windowMessage } from "@/lib/events/applications/rules";
import { applyState, canEditApplication } from "@/lib/events/rules";

type Params = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = pageMetadata({ title: "eventApplications.edit.title", path: ({ id }) => `/account/applications/${id}/edit`, personal: true });

export default async function EditApplicationPage({ params }: Params) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const user = await requireUser();
  const application = await getOwnApplicationWithEvent(user, id);
  if (!application) notFound();
  const { event } = application;
  const [t, hubs] = await Promise.all([getTranslations("eventApplications.edit"), listOwnHubChoices(user)]);
  // Seats do not matter here: answers may change while the window is open, full or not.
  const state = applyState(event, 0, new Date());
  const refusal = !canEditApplication(application.status) ? notEditableReason(application.status) : state.state !== "open" ? windowMessage(state, event.participation) : null;
  return (
    <PageContainer narrow>
      <ApplyHeader title={t("title")} event={event} />
      {refusal ? (
        <ApplicationClosed>
          <Text msg={refusal} />
        </ApplicationClosed>
      ) : (
        <div className="mt-8">
          <ClientMessages only={["eventApplications.form", "eventApplications.errors", "eventApplications.window"]}>
            <ApplicationForm
              action={updateApplicationAction}
              initial={{ ok: false, values: applicationFormValues(application, hubs) }}
              hubs={hubs}
              target={{ applicationId: application.id }}
              submitLabel={t("submit")}
              pendingLabel={t("pending")}
            />
          </ClientMessages>
          <p className="mt-6">
            <Link href="/account/applications">{t("cancel")}</Link>
          </p>
        </div>
      )}
    </PageContainer>
  );
}
