import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationForm } from "@/components/events/apply/application-form";
import { ApplyHeader } from "@/components/events/apply/apply-header";
import { PageContainer } from "@/components/site/page";
import { requireUser } from "@/lib/auth/session";
import { submitApplicationAction } from "@/lib/events/application-actions";
import { getEventForApplying, getOwnApplicationForEvent, listOwnHubChoices } from "@/lib/events/application-queries";
import { applicationFormValues, statusInWords } from "@/lib/events/application-rules";
import { applyState, canEditApplication } from "@/lib/events/rules";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const event = await getEventForApplying((await params).slug);
  const verb = event?.participation === "registration" ? "Register for" : "Apply for";
  return { title: event ? `${verb} ${event.title}` : "Apply", robots: { index: false } };
}

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Brussels" });

export default async function ApplyPage({ params }: Params) {
  const event = await getEventForApplying((await params).slug);
  if (!event) notFound();
  const user = await requireUser();
  const now = new Date();
  const state = applyState(event, event.seatsTaken, now);
  const [existing, hubs] = await Promise.all([getOwnApplicationForEvent(user, event.id), listOwnHubChoices(user)]);
  const register = event.participation === "registration";
  const title = `${register ? "Register for" : "Apply for"} ${event.title}`;
  const active = existing && existing.status !== "withdrawn" ? existing : null;

  return (
    <PageContainer narrow>
      <ApplyHeader title={title} event={event} state={state} />
      {active ? (
        <section aria-labelledby="already" className="mt-8 rounded-xl border border-stone-200 bg-white p-6">
          <h2 id="already" className="text-xl font-semibold">
            You {register ? "registered" : "applied"} on {day.format(active.createdAt)}
          </h2>
          <p className="mt-2">
            Where it stands: <strong>{statusInWords({ ...active, position: null }, now)}</strong>.
          </p>
          <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            {canEditApplication(active.status) && state.state === "open" ? (
              <li>
                <Link href={`/account/applications/${active.id}/edit`}>Change your answers</Link>
              </li>
            ) : null}
            <li>
              <Link href="/account/applications">See all your applications</Link>
            </li>
          </ul>
        </section>
      ) : state.state === "open" ? (
        <div className="mt-8">
          <p className="mb-6 text-stone-700">
            {register
              ? "Tell us a little about yourself, so the hosts can plan the day."
              : "Our team reads every application once applications close, and emails you the decision."}{" "}
            Fields marked (optional) can be left empty.
          </p>
          <ApplicationForm
            action={submitApplicationAction}
            initial={{ ok: false, values: existing ? applicationFormValues(existing, hubs) : {} }}
            hubs={hubs}
            target={{ eventSlug: event.slug }}
            submitLabel={register ? (state.full ? "Join the waiting list" : "Register") : "Apply"}
            pendingLabel="Sending…"
          />
        </div>
      ) : (
        <p className="mt-8">
          <Link href={`/events/${event.slug}`}>Back to the event</Link>
        </p>
      )}
    </PageContainer>
  );
}
