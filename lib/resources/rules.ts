// What a resource needs before readers see it, and what its file is to them. Pure: the edit
// page lists the same gaps the publish command refuses with. Client-safe.
import type { ResourceFormat } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";
import type { DocumentExtension } from "@/lib/storage/keys";

type Publishable = { title: string; summary: string; description: string; url: string | null; fileKey: string | null; languages: readonly string[] };

export type ResourcePublishGap = { field: "title" | "summary" | "description" | "url" | "languages"; reason: Msg };

/**
 * Everything missing for publishing, in the form's order: a title, a summary (the list's card
 * and search result), a description, something to get (a file kept here or a link to where it
 * lives) and the language(s) it is in (readers filter by it). A missing file or link is said
 * beside the link field: the file has a form of its own, whose field a refusal cannot reach.
 */
export function publishGaps(resource: Publishable): ResourcePublishGap[] {
  const gaps: ResourcePublishGap[] = [];
  if (!resource.title.trim()) gaps.push({ field: "title", reason: msg("staff.resources.publish.title") });
  if (!resource.summary.trim()) gaps.push({ field: "summary", reason: msg("staff.resources.publish.summary") });
  if (!resource.description.trim()) gaps.push({ field: "description", reason: msg("staff.resources.publish.description") });
  if (!resource.fileKey && !resource.url) gaps.push({ field: "url", reason: msg("staff.resources.publish.fileOrLink") });
  if (!resource.languages.length) gaps.push({ field: "languages", reason: msg("staff.resources.publish.languages") });
  return gaps;
}

const FORMAT_OF: Record<DocumentExtension, ResourceFormat> = {
  pdf: "pdf",
  docx: "document",
  doc: "document",
  odt: "document",
  xlsx: "spreadsheet",
  xls: "spreadsheet",
  ods: "spreadsheet",
  pptx: "presentation",
  ppt: "presentation",
  odp: "presentation",
  zip: "archive",
};

/** What readers get when the resource's file is of this type. */
export const formatOfFile = (extension: DocumentExtension): ResourceFormat => FORMAT_OF[extension];
