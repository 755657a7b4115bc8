import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationForm } from "@/components/events/apply/application-form";
import { ApplicationClosed, ApplyHeader } from "@/components/events/apply/apply-header";
import { PageContainer } from "@/components/site/page";
import { Text } from "@/components/ui/text";
import { requireUser } from "@/lib/auth/session";
import { updateApplicationAction } from "@/lib/events/application-actions";
import { getOwnApplication, listOwnHubChoices } from "@/lib/events/application-queries";
import { applicationFormValues, notEditableReason } from "@/lib/events/application-rules";
import { applyState, canEditApplication } from "@/lib/events/rules";

export const metadata: Metadata = { title: "Change your application", robots: { index: false } };

export default async function EditApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const application = await getOwnApplication(user, (await params).id);
  if (!application) notFound();
  const { event } = application;
  const hubs = await listOwnHubChoices(user);
  // Seats do not matter here: answers may change while the window is open, full or not.
  const state = applyState(event, 0, new Date());
  const refusal = !canEditApplication(application.status) ? notEditableReason(application.status) : state.state !== "open" ? state.reason : null;
  return (
    <PageContainer narrow>
      <ApplyHeader title="Change your application" event={event} />
      {refusal ? (
        <ApplicationClosed><Text msg={refusal} /></ApplicationClosed>
      ) : (
        <div className="mt-8">
          <ApplicationForm
            action={updateApplicationAction}
            initial={{ ok: false, values: applicationFormValues(application, hubs) }}
            hubs={hubs}
            target={{ applicationId: application.id }}
            submitLabel="Save changes"
            pendingLabel="Saving…"
          />
          <p className="mt-6">
            <Link href="/account/applications">Cancel and go back to your applications</Link>
          </p>
        </div>
      )}
    </PageContainer>
  );
}
