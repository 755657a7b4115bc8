import type { Metadata } from "next";
import Link from "next/link";
import { PublishGaps } from "@/components/admin/publish-gaps";
import { FileUploadForm } from "@/components/admin/tools/file-upload-form";
import { RESOURCE_STATUS_LABELS } from "@/components/admin/tools/labels";
import { ResourceForm } from "@/components/admin/tools/resource-form";
import { linkFinding, linkIsBroken } from "@/components/admin/tools/resource-table";
import { ResourceStatusActions } from "@/components/admin/tools/status-actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { requireStaff } from "@/lib/auth/session";
import { foundOrNotFoundPage } from "@/lib/http/found";
import { updateResourceAction } from "@/lib/resources/actions";
import { getResourceForStaff, type StaffResource } from "@/lib/resources/admin-queries";
import { FILE_ERROR_PARAM, fileErrorOf } from "@/lib/resources/file-errors";
import { publishGaps } from "@/lib/resources/rules";
import { formatTimestamp } from "@/lib/timestamps";

export const metadata: Metadata = { title: "Edit a resource" };

/** The form's fields for the resource as it is stored. */
const formValues = (r: StaffResource): Record<string, string | string[]> => ({
  title: r.title,
  slug: r.slug,
  type: r.type,
  summary: r.summary,
  description: r.description,
  author: r.author,
  year: r.year === null ? "" : String(r.year),
  topics: r.topics,
  audience: r.audience,
  level: r.level ?? "",
  languages: r.languages,
  url: r.url ?? "",
  format: r.format ?? "",
  durationMinutes: r.durationMinutes === null ? "" : String(r.durationMinutes),
  licence: r.licence ?? "",
  translationOf: r.relations.filter((x) => x.kind === "translation_of").map((x) => `/tools/${x.to.slug}`).join("\n"),
  adaptedFrom: r.relations.filter((x) => x.kind === "adapted_from").map((x) => `/tools/${x.to.slug}`).join("\n"),
});

export default async function EditResourcePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff();
  const id = (await params).id;
  const resource = await foundOrNotFoundPage(getResourceForStaff(actor, id));
  const fileError = fileErrorOf((await searchParams)[FILE_ERROR_PARAM]);
  const gaps = resource.status === "published" ? [] : publishGaps(resource);
  return (
    <div>
      <div className="[overflow-wrap:anywhere]">
        <p>
          <Link href="/admin/tools">← The library</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{resource.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-700">
          <span className="rounded-md border border-stone-400 px-2 py-0.5 text-sm font-semibold">{RESOURCE_STATUS_LABELS[resource.status]}</span>
          {resource.publishedAt ? <span>First published on {formatTimestamp(resource.publishedAt)}</span> : null}
          <span>{resource.downloads === 1 ? "One download" : `${resource.downloads.toLocaleString("en-GB")} downloads`}</span>
          {resource.status === "published" ? <Link href={`/tools/${resource.slug}`}>View on site</Link> : null}
        </p>
        {resource.suggestion ? <p className="mt-1 text-stone-700">Suggested by {resource.suggestion.member.name}, a member.</p> : null}
        {resource.url && linkIsBroken(resource) ? (
          <p className="mt-2 max-w-3xl rounded-md border border-red-700 bg-red-50 px-4 py-2 text-red-900">
            The link looked broken when it was checked{resource.linkCheckedAt ? ` on ${formatTimestamp(resource.linkCheckedAt)}` : ""}: {linkFinding(resource)}.
          </p>
        ) : null}
      </div>
      <PageNotice page="adminResource" />
      <section aria-labelledby="status-heading" className="mt-8">
        <h2 id="status-heading" className="text-2xl font-bold">Status</h2>
        <div className="mt-3">
          <ClientMessages only={["staff.resources", "forms.errors"]}>
            <ResourceStatusActions resourceId={resource.id} status={resource.status} />
          </ClientMessages>
        </div>
        <PublishGaps what="resource" gaps={gaps} />
      </section>
      <FileUploadForm resourceId={resource.id} file={resource} error={fileError} />
      <section aria-labelledby="details-heading" className="mt-10">
        <h2 id="details-heading" className="text-2xl font-bold">Details</h2>
        {resource.status === "published" ? <p className="mt-2 max-w-3xl text-stone-700">The resource is published: changes show on /tools at once. It must keep a summary, a description, a file or a link, and its languages.</p> : null}
        <div className="mt-4">
          <ClientMessages only={["staff.resources", "forms.errors"]}>
            <ResourceForm action={updateResourceAction} initial={{ ok: false, values: formValues(resource) }} resource={{ id: resource.id, status: resource.status }} />
          </ClientMessages>
        </div>
      </section>
    </div>
  );
}
