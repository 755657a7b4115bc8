"use client";
import { useSearchParams } from "next/navigation";
import { Confirmation, Notice } from "@/components/site/notice";
import { Text } from "@/components/ui/text";
import { NOTICE_PARAM, noticeMessage, type NoticePage } from "@/lib/notices";

/** The browser's half of PageNotice (components/site/page-notice.tsx): needs a Suspense boundary around it. */
export function AddressNotice({ page, standalone, className }: { page: NoticePage; standalone: boolean; className?: string }) {
  const key = noticeMessage(page, useSearchParams().get(NOTICE_PARAM));
  if (!key) return null;
  const text = <Text msg={{ key }} />;
  return standalone ? <Notice>{text}</Notice> : <Confirmation className={className}>{text}</Confirmation>;
}
