import { Document } from "@/components/layout/document";
import { NotFoundPage } from "@/components/site/not-found-page";
import { DEFAULT_LOCALE } from "@/i18n/languages";

// An address outside the pages in every language (under /admin or /dev): in English.
export default function NotFound() {
  return (
    <Document locale={DEFAULT_LOCALE}>
      <NotFoundPage />
    </Document>
  );
}
