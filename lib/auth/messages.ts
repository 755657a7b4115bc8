import { waitMessage } from "@/lib/rate-limit";

/** What the sign-in form says for each refusal code from authenticate(). */
export function signInRefusalMessage(code: string | undefined): string {
  if (code?.startsWith("rate_limited:")) return waitMessage(Number(code.split(":")[1]) || 60);
  if (code === "unverified") return "Please confirm your email address first: use the link we emailed you, or ask for a new one below.";
  return "That email and password do not match an account. Check them and try again.";
}
