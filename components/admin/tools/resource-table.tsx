import Link from "next/link";
import { day } from "@/components/admin/p2p/format";
import { RESOURCE_STATUS_LABELS, TYPE_LABELS } from "@/components/admin/tools/labels";
import { LINK_PROBLEM_WORDS } from "@/components/admin/tools/link-problems";
import type { FetchProblem } from "@/lib/net/public-fetch";
import type { StaffListedResource } from "@/lib/resources/admin-queries";

/** Whether the last check found the resource's link broken (the resource-links job fills these in). */
export const linkIsBroken = (r: Pick<StaffListedResource, "linkProblem" | "linkStatus">) => r.linkProblem !== null || (r.linkStatus !== null && r.linkStatus >= 400);

/** What the last check found, in staff's words: the HTTP status, and what the problem means (lib/net/public-fetch.ts). */
export const linkFinding = (r: Pick<StaffListedResource, "linkProblem" | "linkStatus">) =>
  [r.linkStatus !== null ? `HTTP ${r.linkStatus}` : null, r.linkProblem ? (LINK_PROBLEM_WORDS[r.linkProblem as FetchProblem] ?? r.linkProblem) : null].filter(Boolean).join(", ") || "—";

/** A page of resources. The table scrolls sideways on a phone, in a region the keyboard can reach. */
export function ResourceTable({ resources, caption, label }: { resources: StaffListedResource[]; caption: string; label: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="mt-4 overflow-x-auto">
      <table className="w-full min-w-[48rem] border-collapse bg-white text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-3">Resource</th>
            <th scope="col" className="p-3">Kind</th>
            <th scope="col" className="p-3">Status</th>
            <th scope="col" className="p-3">Gives</th>
            <th scope="col" className="p-3 text-right">Downloads</th>
            <th scope="col" className="p-3">Last changed</th>
          </tr>
        </thead>
        <tbody>
          {resources.map((r) => (
            <tr key={r.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="p-3 font-normal [overflow-wrap:anywhere]">
                <Link href={`/admin/tools/${r.id}`} className="font-semibold">{r.title}</Link>
                <span className="block text-stone-600">/tools/{r.slug}</span>
              </th>
              <td className="p-3">{TYPE_LABELS[r.type]}</td>
              <td className="p-3">{RESOURCE_STATUS_LABELS[r.status]}</td>
              <td className="p-3">
                {r.fileKey ? <span className="block">File{r.fileName ? `: ${r.fileName}` : ""}</span> : null}
                {r.url ? <span className="block">Link</span> : null}
                {!r.fileKey && !r.url ? <span className="block text-stone-600">Nothing yet</span> : null}
                {r.url && linkIsBroken(r) ? <span className="block font-semibold text-red-800">⚠ Broken link ({linkFinding(r)})</span> : null}
              </td>
              <td className="p-3 text-right tabular-nums">{r.downloads.toLocaleString("en-GB")}</td>
              <td className="p-3 whitespace-nowrap">{day(r.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
