"use client";
import { useSearchParams } from "next/navigation";
import { Notice } from "@/components/site/notice";

// Where the account actions send people back to (lib/auth/actions.ts), with what happened.
// Read here, in the browser: the home page is cached and served alike to every visitor.
const NOTICES = {
  "signed-out": "You have signed out.",
  "account-deleted": "Your account has been deleted. We have emailed you a confirmation.",
} as const;

/** The notice an account action left in the address. Needs a Suspense boundary around it. */
export function AccountNotice() {
  const params = useSearchParams();
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((key) => params.get(key) === "1");
  return notice ? <Notice>{NOTICES[notice]}</Notice> : null;
}
