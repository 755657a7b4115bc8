import Link from "next/link";
import { APPLICATION_STATUS_LABELS, day, euros, travelText } from "@/components/admin/p2p/format";
import { countryName } from "@/lib/countries";
import type { StaffListedApplication } from "@/lib/p2p/applications/admin-queries";

/** A hub in a staff table: its name, then its city and country. */
export const hubCell = (h: { name: string; city: string; countryCode: string }) => (
  <>
    {h.name}
    <span className="block text-stone-600">
      {h.city}, {countryName(h.countryCode, "en-GB")}
    </span>
  </>
);

/** A page of applications. The table scrolls sideways on a phone, in a region the keyboard can reach. */
export function ApplicationTable({ applications }: { applications: StaffListedApplication[] }) {
  return (
    <div role="region" aria-label="P2P applications" tabIndex={0} className="mt-4 overflow-x-auto">
      <table className="w-full min-w-[66rem] border-collapse bg-white text-left text-sm">
        <caption className="sr-only">P2P applications, newest first</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-3">Applicant</th>
            <th scope="col" className="p-3">Visiting hub</th>
            <th scope="col" className="p-3">Host</th>
            <th scope="col" className="p-3">Dates</th>
            <th scope="col" className="p-3">People</th>
            <th scope="col" className="p-3">Travel</th>
            <th scope="col" className="p-3">Grant</th>
            <th scope="col" className="p-3">Status</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((a) => (
            <tr key={a.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="p-3 font-normal">
                <Link href={`/admin/p2p/applications/${a.id}`} className="font-semibold">{a.applicant.name}</Link>
                <span className="block text-stone-600">{a.round.name}</span>
              </th>
              <td className="p-3">{hubCell(a.visitingHub)}</td>
              <td className="p-3">{hubCell(a.hostHub)}</td>
              <td className="p-3 whitespace-nowrap">
                {day(a.startsOn)} –<br />
                {day(a.endsOn)}
              </td>
              <td className="p-3">{a.people}</td>
              <td className="p-3">{travelText(a.travelMode) ?? <span className="text-stone-600 italic">not given</span>}</td>
              <td className="p-3 whitespace-nowrap">
                {euros(a.grantCents)}
                <span className="block text-stone-600">host {euros(a.hostGrantCents)}</span>
              </td>
              <td className="p-3">{APPLICATION_STATUS_LABELS[a.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
