// The library's pure rules: what a resource needs before readers see it, the staff form's
// bounds, the name a download is saved under, which keys name documents, and the one route
// whose body may be larger than a server action's.
import { describe, expect, it } from "vitest";
import { bodyLimitFor, MAX_BODY_BYTES } from "@/lib/incoming";
import { isLocalisedPath } from "@/lib/public-areas";
import { newResourceSchema, resourceSchema } from "@/lib/resources/form-schema";
import { maxResourceYear } from "@/lib/resources/limits";
import { formatOfFile, publishGaps } from "@/lib/resources/rules";
import { contentTypeOfKey } from "@/lib/storage/content-types";
import { MAX_FILE_NAME, safeFileName } from "@/lib/storage/file-names";
import { isDocumentKey, isImageKey, isStorageKey } from "@/lib/storage/keys";
import { MAX_DOCUMENT_BYTES } from "@/lib/storage/limits";

const ready = { title: "Toolkit", summary: "For hub leaders.", description: "Three sections.", url: null, fileKey: "tools/abc.pdf", languages: ["en"] };

describe("publishGaps", () => {
  it("finds nothing missing in a described resource with a file, or with a link", () => {
    expect(publishGaps(ready)).toEqual([]);
    expect(publishGaps({ ...ready, fileKey: null, url: "https://example.org" })).toEqual([]);
  });

  it("lists each gap in the form's order, by field and reason", () => {
    const gaps = publishGaps({ title: " ", summary: "", description: "  ", url: null, fileKey: null, languages: [] });
    expect(gaps.map((g) => g.field)).toEqual(["title", "summary", "description", "url", "languages"]);
    expect(gaps.map((g) => g.reason.key)).toEqual([
      "staff.resources.publish.title",
      "staff.resources.publish.summary",
      "staff.resources.publish.description",
      "staff.resources.publish.fileOrLink",
      "staff.resources.publish.languages",
    ]);
  });
});

describe("the staff form", () => {
  const base = { resourceId: "r1", title: "A guide", slug: "a-guide", type: "guide" };

  it("reads every field, blank ones as not stated, and relations by address", () => {
    const parsed = resourceSchema.parse({ ...base, topics: ["funding", "funding", "leading"], languages: "en", year: "", durationMinutes: "90", translationOf: "/tools/the-original/\nother-one, /tools/the-original" });
    expect(parsed).toMatchObject({ topics: ["funding", "leading"], languages: ["en"], year: null, durationMinutes: 90, level: null, licence: null, url: null, summary: "", translationOf: ["the-original", "other-one"], adaptedFrom: [] });
  });

  it("refuses a link that is not http(s), a year out of range, unknown codes and an address that is not one", () => {
    const bad = resourceSchema.safeParse({ ...base, url: "javascript:alert(1)", year: "1899", topics: ["cooking"], translationOf: "not an address!", durationMinutes: "-5" });
    expect(bad.success).toBe(false);
    expect(new Set(bad.error!.issues.map((i) => String(i.path[0])))).toEqual(new Set(["url", "year", "topics", "translationOf", "durationMinutes"]));
    expect(resourceSchema.safeParse({ ...base, year: String(maxResourceYear()) }).success).toBe(true);
    expect(resourceSchema.safeParse({ ...base, year: String(maxResourceYear() + 1) }).success).toBe(false);
    expect(resourceSchema.safeParse({ ...base, url: "ftp://example.org/x" }).success).toBe(false);
    expect(resourceSchema.safeParse({ ...base, url: "https://user:secret@example.org/x" }).success).toBe(false);
  });

  it("bounds every text", () => {
    expect(resourceSchema.safeParse({ ...base, title: "x".repeat(201) }).success).toBe(false);
    expect(resourceSchema.safeParse({ ...base, summary: "x".repeat(401) }).success).toBe(false);
    expect(resourceSchema.safeParse({ ...base, adaptedFrom: Array.from({ length: 11 }, (_, i) => `r-${i}`).join("\n") }).success).toBe(false);
    expect(newResourceSchema.safeParse({ title: "", type: "guide" }).success).toBe(false);
  });
});

describe("a download's file name", () => {
  it("keeps the name people recognise, with the extension of what the bytes are", () => {
    expect(safeFileName("Hub toolkit (final).pdf", "pdf")).toBe("Hub toolkit (final).pdf");
    expect(safeFileName("report.pdf", "docx")).toBe("report.docx");
    expect(safeFileName("C:\\Users\\me\\Οδηγός.PDF", "pdf")).toBe("Οδηγός.pdf");
    expect(safeFileName("../../etc/passwd", "zip")).toBe("passwd.zip");
  });

  it("drops control and direction characters and what headers refuse, and bounds the length", () => {
    expect(safeFileName("evil\u202Efdp.exe\r\n\"x\".pdf", "pdf")).toBe("evilfdp.exex.pdf");
    expect(safeFileName("", "pdf")).toBe("document.pdf");
    expect(safeFileName("...", "pdf")).toBe("document.pdf");
    expect(safeFileName("a".repeat(500), "xlsx").length).toBeLessThanOrEqual(MAX_FILE_NAME);
  });
});

describe("stored keys", () => {
  it("name images and documents by extension, and nothing else", () => {
    expect(isStorageKey("tools/0a1b.pdf") && isDocumentKey("tools/0a1b.pdf") && !isImageKey("tools/0a1b.pdf")).toBe(true);
    expect(isImageKey("hubs/0a1b.webp") && !isDocumentKey("hubs/0a1b.webp")).toBe(true);
    for (const bad of ["tools/x.html", "tools/x.exe", "../x.pdf", "/tools/x.pdf", "tools/X.PDF", "tools/x.pdf.part"]) expect(isStorageKey(bad), bad).toBe(false);
    expect(contentTypeOfKey("tools/x.docx")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(formatOfFile("xls")).toBe("spreadsheet");
    expect(formatOfFile("odp")).toBe("presentation");
  });
});

describe("the document upload's own body limit", () => {
  it("lets only the upload route take more than a server action", () => {
    expect(bodyLimitFor("/api/admin/resources/abc/file")).toBeGreaterThan(MAX_DOCUMENT_BYTES);
    expect(bodyLimitFor("/api/admin/resources/abc/file?x=1")).toBeGreaterThan(MAX_DOCUMENT_BYTES);
    expect(bodyLimitFor("/admin/tools/abc")).toBe(MAX_BODY_BYTES);
    expect(bodyLimitFor("/api/admin/resources/abc/file/more")).toBe(MAX_BODY_BYTES);
  });

  it("serves a download at the same address in every language", () => {
    expect(isLocalisedPath("/tools/hub-toolkit/download")).toBe(false);
    expect(isLocalisedPath("/tools/hub-toolkit")).toBe(true);
  });
});
