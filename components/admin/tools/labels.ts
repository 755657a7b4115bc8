// The library's codes in staff's words (staff pages are in English; readers see the catalogue's
// words in their language, messages `tools.*`). Client-safe.
import type { ResourceFormat, ResourceLevel, ResourceLicence, ResourceStatus, ResourceType } from "@/lib/generated/prisma/enums";
import { languageName } from "@/lib/language-names";
import type { Audience, Topic } from "@/lib/resources/taxonomy";

export const RESOURCE_STATUS_LABELS: Record<ResourceStatus, string> = { draft: "Draft", published: "Published", archived: "Archived" };

export const TYPE_LABELS: Record<ResourceType, string> = {
  toolkit: "Toolkit",
  guide: "Guide",
  template: "Template",
  video: "Video",
  course: "Course",
  report: "Report",
  case_study: "Case study",
};

export const TOPIC_LABELS: Record<Topic, string> = {
  leading: "Leading (Toolkit section)",
  connecting: "Connecting (Toolkit section)",
  building: "Building (Toolkit section)",
  funding: "Funding",
  business_models: "Business models",
  community: "Community",
  space: "Space",
  programming: "Programming",
  evaluation: "Evaluation",
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  hub_leaders: "Hub leaders",
  hub_teams: "Hub teams",
  creative_entrepreneurs: "Creative entrepreneurs",
  policy_makers: "Policy makers",
  researchers: "Researchers",
};

export const LEVEL_LABELS: Record<ResourceLevel, string> = { introductory: "Introductory", intermediate: "Intermediate", advanced: "Advanced" };

export const LICENCE_LABELS: Record<ResourceLicence, string> = {
  cc_by: "CC BY 4.0",
  cc_by_sa: "CC BY-SA 4.0",
  cc_by_nd: "CC BY-ND 4.0",
  cc_by_nc: "CC BY-NC 4.0",
  cc_by_nc_sa: "CC BY-NC-SA 4.0",
  cc_by_nc_nd: "CC BY-NC-ND 4.0",
  cc0: "CC0 (public domain)",
  all_rights_reserved: "All rights reserved",
};

export const FORMAT_LABELS: Record<ResourceFormat, string> = {
  pdf: "PDF",
  document: "Document",
  spreadsheet: "Spreadsheet",
  presentation: "Presentation",
  archive: "Archive (zip)",
  web: "Web page",
  video: "Video",
  audio: "Audio",
};

/** A BCP 47 language code in English ("el" → "Greek"). */
export const languageLabel = (code: string) => languageName(code, "en-GB");

/** A file size as staff read it: "820 KB", "3.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en-GB")} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;
}
