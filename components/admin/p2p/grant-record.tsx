// Staff's view of an application after selection: the agreement as signed, the report with its
// photos and the host's note, staff's decision forms while the report waits for them, the
// payment, and the P2P story drafted from the approved report.
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Fact } from "@/components/admin/p2p/fact";
import { day, euros } from "@/components/admin/p2p/format";
import { PaymentForm, ReportDecisionForms } from "@/components/admin/p2p/report-forms";
import { PhotoFigure } from "@/components/p2p/grant/photo-figure";
import { isoDate } from "@/lib/calendar";
import type { reportForStaff } from "@/lib/p2p/reports/queries";
import { formatTimestamp } from "@/lib/timestamps";

type Record = NonNullable<Awaited<ReturnType<typeof reportForStaff>>>;

const EVIDENCE_LABELS: { [code: string]: string } = { travel_tickets: "Travel tickets", boarding_passes: "Boarding passes", receipts: "Receipts", attendance_list: "Attendance list", photos: "Photos" };
const FORM_MESSAGES = ["p2pApply.workflow", "p2pGrant.errors"];

const given = (text: string | undefined) => (text?.trim() ? text : <span className="text-stone-600 italic">not given</span>);

export function GrantRecord({ record, applicant }: { record: Record; applicant: string }) {
  const { report } = record;
  return (
    <>
      <section aria-labelledby="agreement-heading" className="mt-8">
        <h2 id="agreement-heading" className="text-2xl font-bold">Grant agreement</h2>
        {record.agreementSignedAt ? (
          <dl className="mt-2">
            <Fact term="Signed">{formatTimestamp(record.agreementSignedAt)}, typing the name “{record.agreementName}”</Fact>
            <Fact term="Report due">{record.reportDueOn ? day(record.reportDueOn) : "—"}</Fact>
            <Fact term="Terms accepted">
              <details>
                <summary className="cursor-pointer">Read the terms as the applicant accepted them</summary>
                <div className="mt-2">{record.agreementTerms}</div>
              </details>
            </Fact>
          </dl>
        ) : (
          <p className="mt-2 text-stone-700">{record.status === "selected" ? "Selected: the applicant has not signed the agreement yet." : "No agreement: the application was not selected."}</p>
        )}
      </section>

      {report ? (
        <section aria-labelledby="report-heading" className="mt-8">
          <h2 id="report-heading" className="text-2xl font-bold">Report</h2>
          <p className="mt-2 text-stone-700">
            {report.submittedAt ? `Last sent ${formatTimestamp(report.submittedAt)}` : "A draft: not sent yet"}
            {report.approvedAt ? ` · approved ${formatTimestamp(report.approvedAt)}` : ""}
          </p>
          <dl className="mt-2">
            <Fact term="What happened">{given(report.whatHappened)}</Fact>
            <Fact term="Outcomes">{given(report.outcomes)}</Fact>
            <Fact term="What comes next">{given(report.nextSteps)}</Fact>
            <Fact term="Public summary">{given(report.publicSummary)}</Fact>
            <Fact term="Evidence kept">{report.evidence.length ? report.evidence.map((e) => EVIDENCE_LABELS[e] ?? e).join(", ") : given("")}</Fact>
            <Fact term="Host's note">{given(report.hostNote)}</Fact>
            {report.staffMessage ? <Fact term="Changes last asked for">{report.staffMessage}</Fact> : null}
          </dl>
          {report.photos.length ? (
            <ul className="mt-4 grid gap-4 sm:grid-cols-3">
              {report.photos.map((photo) => (
                <li key={photo.id}>
                  <PhotoFigure photo={photo} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4 text-stone-700">No photos.</p>
          )}
          {record.status === "report_submitted" ? (
            <div className="mt-6">
              <ClientMessages only={FORM_MESSAGES}>
                <ReportDecisionForms applicationId={record.id} applicant={applicant} />
              </ClientMessages>
            </div>
          ) : null}
          {record.story ? (
            <p className="mt-4">
              P2P story drafted from this report: <Link href={`/admin/p2p/stories/${record.story.id}`}>{record.story.title}</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {record.status === "report_approved" || record.status === "paid" ? (
        <section aria-labelledby="payment-heading" className="mt-8">
          <h2 id="payment-heading" className="text-2xl font-bold">Payment</h2>
          {record.paidAt ? (
            <dl className="mt-2">
              <Fact term="Paid">{`${euros(record.paidCents ?? 0)} on ${day(record.paidAt)}, with the host's grant of ${euros(record.hostGrantCents)}`}</Fact>
              <Fact term="Reference">{record.paymentReference ?? "—"}</Fact>
            </dl>
          ) : (
            <div className="mt-2">
              <ClientMessages only={FORM_MESSAGES}>
                <PaymentForm applicationId={record.id} grant={euros(record.grantCents)} hostGrant={euros(record.hostGrantCents)} today={isoDate(new Date())} />
              </ClientMessages>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
