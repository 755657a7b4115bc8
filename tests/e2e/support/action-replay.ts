// Refused-access specs record the server-action POST a browser sends (its next-action id and
// multipart body), then replay it from another client: a visitor, another member, the owner.
import { expect, type APIRequestContext, type APIResponse, type Page, type Request, type Route } from "@playwright/test";

export type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/** Runs `act` on the page and records the one server-action POST it sends. */
export async function captureAction(page: Page, act: () => Promise<void>): Promise<CapturedAction> {
  const posts: Request[] = [];
  const listener = (request: Request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) posts.push(request);
  };
  page.on("request", listener);
  await act();
  page.off("request", listener);
  expect(posts, "one server action request").toHaveLength(1);
  const post = posts[0]!;
  const headers = await post.allHeaders();
  // The replays bring their own cookies (or none), and the client computes the length.
  for (const name of ["cookie", "content-length", "host"]) delete headers[name];
  return { url: post.url(), headers, body: post.postDataBuffer()! };
}

/** Sends a recorded action again from `client`, as if from this site's own pages (`body` may be altered). */
export function replayAction(client: APIRequestContext, captured: CapturedAction, baseURL: string, body: Buffer = captured.body): Promise<APIResponse> {
  return client.post(captured.url, { headers: { ...captured.headers, origin: new URL(baseURL).origin }, data: body, maxRedirects: 0 });
}

/**
 * Runs `act` on the page and records the server-action POST it sends, which never reaches the
 * server (the browser's request is aborted): nothing changes, so nothing needs putting back
 * before the replays. The page shows a failed request afterwards; open it again to go on.
 */
export async function interceptAction(page: Page, act: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  const handler = async (route: Route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
    const headers = { ...request.headers() };
    for (const name of ["cookie", "content-length", "host"]) delete headers[name];
    captured = { url: request.url(), headers, body: request.postDataBuffer()! };
    await route.abort();
  };
  await page.route("**/*", handler);
  try {
    await act();
    await expect.poll(() => captured, { message: "the page sent a server action request" }).toBeDefined();
  } finally {
    await page.unroute("**/*", handler);
  }
  return captured!;
}
