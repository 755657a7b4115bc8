import { Suspense } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AddressNotice } from "@/components/site/address-notice";
import { noticeMessages, type NoticePage } from "@/lib/notices";

/**
 * The notice a redirect left in the address (`?notice=<code>`, lib/notices.ts), in the page's
 * language. Read in the browser, so a cached page stays the same for every visitor; a page
 * rendered per request shows it in its HTML already. `standalone` at the top of a page with no
 * container of its own (the home page); otherwise placed in the flow, `className` setting its margin.
 */
export function PageNotice({ page, standalone = false, className }: { page: NoticePage; standalone?: boolean; className?: string }) {
  return (
    <ClientMessages only={noticeMessages(page)}>
      <Suspense fallback={null}>
        <AddressNotice page={page} standalone={standalone} className={className} />
      </Suspense>
    </ClientMessages>
  );
}
