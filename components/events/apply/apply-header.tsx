import type { DatePrecision } from "@/lib/generated/prisma/enums";
import Link from "next/link";
import { PageIntro } from "@/components/site/page";
import { Text } from "@/components/ui/text";
import { countryName } from "@/lib/countries";
import { formatEventDates } from "@/lib/events/format";
import type { ApplyState } from "@/lib/events/rules";

type Props = {
  title: string;
  event: { slug: string; title: string; startsOn: Date; endsOn: Date; datePrecision: DatePrecision; city: string; countryCode: string };
  /** The window's state, with the reason the page shows and the form's refusal repeats. */
  state?: ApplyState;
};

/** Why the application cannot be changed or withdrawn now, and the way back to the applicant's list. */
export function ApplicationClosed({ children }: { children: React.ReactNode }) {
  return (
    <>
      <p className="mt-6 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">{children}</p>
      <p className="mt-6">
        <Link href="/account/applications">Back to your applications</Link>
      </p>
    </>
  );
}

/** The top of the apply, edit and withdraw pages: which event, when, where, and where its window stands. */
export function ApplyHeader({ title, event, state }: Props) {
  const open = state?.state === "open";
  return (
    <>
      <p className="text-sm">
        <Link href={`/events/${event.slug}`} className="text-brand-800 underline">
          {event.title}
        </Link>
      </p>
      <PageIntro title={title}>
        <p>
          {formatEventDates(event)} · {event.city}, {countryName(event.countryCode)}
        </p>
      </PageIntro>
      {state ? (
        <p className={`mt-6 rounded-md border px-4 py-3 ${open ? "border-brand-700 bg-brand-50 text-stone-900" : "border-amber-700 bg-amber-50 text-amber-950"}`}><Text msg={state.reason} /></p>
      ) : null}
    </>
  );
}
