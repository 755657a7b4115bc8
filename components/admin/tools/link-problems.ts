import type { FetchProblem } from "@/lib/net/public-fetch";

// What each link-check problem code means, for the staff pages (English only, like all of /admin).
// The codes come from lib/net/public-fetch.ts; the HTTP status is shown beside http_error.
export const LINK_PROBLEM_WORDS: Record<FetchProblem, string> = {
  bad_url: "Not a web address we can open (only http and https, without a user name or password)",
  blocked_port: "Uses a port browsers refuse to open",
  private_address: "Points to a private or local network address, which the checker never opens",
  unresolvable: "The site’s name does not exist (no DNS answer)",
  connection_failed: "The server could not be reached or closed the connection",
  tls_error: "The site’s security certificate is not valid",
  timeout: "No answer within 10 seconds",
  too_many_redirects: "Redirects more than 5 times",
  http_error: "The server answered with an error",
};
