import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/account/hubs/owner-forms";
import { ApplicationClosed, ApplyHeader } from "@/components/events/apply/apply-header";
import { PageContainer } from "@/components/site/page";
import { requireUser } from "@/lib/auth/session";
import { withdrawApplicationAction } from "@/lib/events/application-actions";
import { getOwnApplication } from "@/lib/events/application-queries";
import { WITHDRAW_REFUSAL, withdrawRefusal } from "@/lib/events/application-rules";
import { isSeat } from "@/lib/events/rules";

export const metadata: Metadata = { title: "Withdraw your application", robots: { index: false } };

/** The confirmation step before withdrawing: says what will happen, then asks. */
export default async function WithdrawApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const application = await getOwnApplication(user, (await params).id);
  if (!application) notFound();
  const { event } = application;
  const refusal = withdrawRefusal(application.status, event, new Date());
  const registration = event.participation === "registration";
  return (
    <PageContainer narrow>
      <ApplyHeader title={registration ? "Withdraw your registration" : "Withdraw your application"} event={event} />
      {refusal === null ? (
        <section aria-labelledby="confirm" className="mt-8 rounded-md border-2 border-red-700 bg-red-50 p-5">
          <h2 id="confirm" className="text-xl font-semibold">Withdraw from “{event.title}”?</h2>
          <p className="mt-2">
            {isSeat(application.status)
              ? "You give up your seat: it is offered straight away to the next person on the waiting list."
              : application.status === "waitlisted"
                ? "You leave the waiting list."
                : "Our team will not consider your application."}{" "}
            You can apply again while {registration ? "registration is" : "applications are"} open, but a seat given to someone else is theirs.
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <ActionButton action={withdrawApplicationAction} fields={{ applicationId: application.id }} variant="danger" pendingLabel="Withdrawing…">
              Yes, withdraw
            </ActionButton>
            <Link href="/account/applications">No, keep it</Link>
          </div>
        </section>
      ) : (
        <ApplicationClosed>{WITHDRAW_REFUSAL[refusal]}</ApplicationClosed>
      )}
    </PageContainer>
  );
}
