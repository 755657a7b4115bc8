// External links of the library are checked by a job that only ever fetches public addresses
// (issue 15): a URL or a DNS answer that leads to this machine, its network or the cloud's
// metadata service is refused before any connection, and so is a redirect that leads there.
// Local test servers stand in for the web (this machine has no internet): they are reached only
// through the test-only `allowAddress`, and servers the checker must not reach count connections.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { JOBS } from "@/lib/jobs/registry";
import { fetchPublicUrl, type PublicFetchOptions } from "@/lib/net/public-fetch";
import { checkResourceLinks, RECHECK_AFTER } from "@/lib/resources/link-check";
import { listBrokenLinks } from "@/lib/resources/admin-queries";
import { createUser } from "./helpers";

type Counted = { server: http.Server; connections: number; port: number };

/** A server that must never be reached: it counts every connection made to it. */
async function tripwire(host: string): Promise<Counted> {
  const counted = { connections: 0, port: 0, server: http.createServer((_req, res) => res.end("reached")) };
  counted.server.on("connection", () => counted.connections++);
  counted.server.listen(0, host);
  await once(counted.server, "listening");
  counted.port = (counted.server.address() as AddressInfo).port;
  return counted;
}

const requests: { method: string; path: string }[] = [];
let hugeBytesSent = 0;
let hugeClosed: Promise<unknown> = Promise.resolve();

/** The allowed "web": a server on 127.0.0.1 with a route per behaviour. */
const web = http.createServer((req, res) => {
  const path = req.url ?? "/";
  requests.push({ method: req.method ?? "", path });
  const redirect = /^\/r\/(\d+)$/.exec(path);
  if (redirect) {
    const left = Number(redirect[1]);
    res.writeHead(left === 0 ? 200 : 302, left === 0 ? {} : { location: `/r/${left - 1}` }).end();
  } else if (path.startsWith("/ok")) res.writeHead(200, { "content-type": "text/html" }).end("<p>ok</p>");
  else if (path.startsWith("/missing")) res.writeHead(404).end("not here");
  else if (path === "/no-head") res.writeHead(req.method === "HEAD" ? 405 : 200).end();
  else if (path === "/to-metadata") res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
  else if (path.startsWith("/to-loopback-v6")) res.writeHead(301, { location: `http://[::1]:${path.split("/").pop()}/` }).end();
  else if (path === "/silent") return; // never answers
  else if (path === "/trickle") {
    res.writeHead(200);
    const drip = setInterval(() => (res.destroyed ? clearInterval(drip) : res.write("x")), 20);
  }
  else if (path === "/huge") {
    res.writeHead(200, { "content-type": "application/octet-stream" });
    hugeClosed = once(res, "close");
    const chunk = Buffer.alloc(16 * 1024, 120);
    // Writes for as long as the reader keeps reading: up to 64 MB if nobody stops it.
    const pump = () => {
      while (!res.destroyed && hugeBytesSent < 64 * 1024 * 1024) {
        hugeBytesSent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  } else res.writeHead(500).end();
});

let base = "";
let v4: Counted;
let v6: Counted;
const allowLocal: PublicFetchOptions = { allowAddress: (ip) => ip === "127.0.0.1" };

beforeAll(async () => {
  web.listen(0, "127.0.0.1");
  await once(web, "listening");
  base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  [v4, v6] = await Promise.all([tripwire("127.0.0.1"), tripwire("::1")]);
});

afterAll(async () => {
  web.closeAllConnections();
  v4.server.closeAllConnections();
  v6.server.closeAllConnections();
  await Promise.all([web, v4.server, v6.server].map((s) => new Promise((resolve) => s.close(resolve))));
});

describe("fetchPublicUrl refuses what is not a public address", () => {
  it("refuses loopback, private, link-local and metadata addresses, by number or by name, without connecting", async () => {
    const urls = [
      `http://127.0.0.1:${v4.port}/`,
      `http://localhost:${v4.port}/`,
      `http://2130706433:${v4.port}/`,
      `http://0.0.0.0:${v4.port}/`,
      `http://[::1]:${v6.port}/`,
      `http://[::ffff:127.0.0.1]:${v4.port}/`,
      `https://[::ffff:7f00:1]:${v4.port}/`,
      "http://10.0.0.1/",
      "http://192.168.1.1/",
      "http://172.16.5.4/",
      "http://100.64.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[fd00::1]/",
      "http://[fe80::1]/",
    ];
    const results = await Promise.all(urls.map((url) => fetchPublicUrl(url)));
    expect(results.map((r, i) => [urls[i], r.ok, !r.ok && r.problem])).toEqual(urls.map((url) => [url, false, "private_address"]));
    expect([v4.connections, v6.connections]).toEqual([0, 0]);
  });

  it("refuses a host name that resolves to a private address, even among public ones", async () => {
    const resolvesTo = (addresses: string[]) => ({ resolve: async () => addresses });
    expect(await fetchPublicUrl(`http://intranet.example:${v4.port}/`, resolvesTo(["127.0.0.1"]))).toMatchObject({ ok: false, problem: "private_address" });
    expect(await fetchPublicUrl(`http://mixed.example:${v4.port}/`, resolvesTo(["93.184.216.34", "127.0.0.1"]))).toMatchObject({ ok: false, problem: "private_address" });
    expect(await fetchPublicUrl(`http://rebind.example:${v6.port}/`, resolvesTo(["::1"]))).toMatchObject({ ok: false, problem: "private_address" });
    expect(v4.connections + v6.connections).toBe(0);
  });

  it("refuses other schemes, credentials in the address, blocked ports and names that do not resolve", async () => {
    for (const url of ["ftp://example.org/file", "file:///etc/passwd", "javascript:alert(1)", "not a url", "http://user:secret@example.org/", "http://:pw@example.org/"]) {
      expect(await fetchPublicUrl(url), url).toMatchObject({ ok: false, problem: "bad_url" });
    }
    expect(await fetchPublicUrl("http://example.org:25/")).toMatchObject({ ok: false, problem: "blocked_port" });
    const nowhere = { resolve: () => Promise.reject(Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" })) };
    expect(await fetchPublicUrl("https://no-such-site.example/", nowhere)).toMatchObject({ ok: false, problem: "unresolvable" });
    expect(await fetchPublicUrl("https://empty.example/", { resolve: async () => [] })).toMatchObject({ ok: false, problem: "unresolvable" });
  });

  it("takes no permission from the address itself: allowAddress is the caller's, and the default allows nothing private", async () => {
    expect(await fetchPublicUrl(`${base}/ok?allowAddress=true`)).toMatchObject({ ok: false, problem: "private_address" });
    expect(requests.filter((r) => r.path.startsWith("/ok?allowAddress"))).toEqual([]);
  });
});

describe("fetchPublicUrl on an allowed server", () => {
  it("answers 200 with HEAD alone", async () => {
    const before = requests.length;
    expect(await fetchPublicUrl(`${base}/ok`, allowLocal)).toMatchObject({ ok: true, status: 200, finalUrl: `${base}/ok`, redirects: 0 });
    expect(requests.slice(before)).toEqual([{ method: "HEAD", path: "/ok" }]);
  });

  it("reports a 404 as http_error with its status", async () => {
    expect(await fetchPublicUrl(`${base}/missing`, allowLocal)).toEqual({ ok: false, problem: "http_error", status: 404, finalUrl: `${base}/missing`, redirects: 0 });
  });

  it("asks again with GET when HEAD is refused", async () => {
    const before = requests.length;
    expect(await fetchPublicUrl(`${base}/no-head`, allowLocal)).toMatchObject({ ok: true, status: 200 });
    expect(requests.slice(before).map((r) => r.method)).toEqual(["HEAD", "GET"]);
  });

  it("follows five redirects and refuses a sixth", async () => {
    expect(await fetchPublicUrl(`${base}/r/5`, allowLocal)).toMatchObject({ ok: true, status: 200, redirects: 5, finalUrl: `${base}/r/0` });
    expect(await fetchPublicUrl(`${base}/r/6`, allowLocal)).toMatchObject({ ok: false, problem: "too_many_redirects", redirects: 5, finalUrl: `${base}/r/1` });
  });

  it("refuses a redirect from an allowed server to a private address, without connecting", async () => {
    expect(await fetchPublicUrl(`${base}/to-metadata`, allowLocal)).toMatchObject({ ok: false, problem: "private_address", finalUrl: "http://169.254.169.254/latest/meta-data/", redirects: 1 });
    expect(await fetchPublicUrl(`${base}/to-loopback-v6/${v6.port}`, allowLocal)).toMatchObject({ ok: false, problem: "private_address" });
    expect(v6.connections).toBe(0);
  });

  it("gives up on a server that never answers when its time is up", async () => {
    const started = Date.now();
    expect(await fetchPublicUrl(`${base}/silent`, { ...allowLocal, timeoutMs: 300 })).toMatchObject({ ok: false, problem: "timeout" });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("gives up on a body that trickles in for longer than its time", async () => {
    const started = Date.now();
    expect(await fetchPublicUrl(`${base}/trickle`, { ...allowLocal, method: "GET", timeoutMs: 300 })).toMatchObject({ ok: false, problem: "timeout" });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("reads a body no further than its cap, then closes the connection", async () => {
    const result = await fetchPublicUrl(`${base}/huge`, { ...allowLocal, method: "GET", maxBytes: 64 * 1024 });
    expect(result).toMatchObject({ ok: true, status: 200, truncated: true });
    expect(result.ok && result.body.length).toBe(64 * 1024);
    await hugeClosed;
    // The server stops when the socket closes: what it wrote is the cap plus what the socket buffers held.
    expect(hugeBytesSent).toBeLessThan(8 * 1024 * 1024);
  });
});

describe("the resource-links job", () => {
  const suffix = () => randomBytes(5).toString("hex");
  const resource = (url: string | null, data: { status?: "draft" | "published"; linkCheckedAt?: Date } = {}) => {
    const key = suffix();
    return db.resource.create({
      data: { slug: `link-check-${key}`, title: `Link check ${key}`, type: "guide", url, status: data.status ?? "published", linkCheckedAt: data.linkCheckedAt ?? null },
      select: { id: true, url: true, updatedAt: true },
    });
  };

  it("is declared: hourly, a bounded batch, no public page refreshed", () => {
    expect(JOBS["resource-links"]).toMatchObject({ every: 60 * 60 * 1000 });
    expect("refreshes" in JOBS["resource-links"]).toBe(false);
  });

  it("checks each due link once across two concurrent runs, and stores what each answered", async () => {
    const now = new Date();
    const [ok, missing, privateLink, stale, fresh, draft, fileOnly] = await Promise.all([
      resource(`${base}/ok/${suffix()}`),
      resource(`${base}/missing/${suffix()}`),
      resource("http://10.1.2.3/intranet"),
      resource(`${base}/ok/${suffix()}`, { linkCheckedAt: new Date(now.getTime() - RECHECK_AFTER - 60_000) }),
      resource(`${base}/ok/${suffix()}`, { linkCheckedAt: new Date(now.getTime() - 24 * 3600 * 1000) }),
      resource(`${base}/ok/${suffix()}`, { status: "draft" }),
      resource(null),
    ]);
    const all = [ok, missing, privateLink, stale, fresh, draft, fileOnly];
    const checks = new Map<string, number>();
    const check = async (url: string) => {
      checks.set(url, (checks.get(url) ?? 0) + 1);
      // Long enough for the other run to try its claim while this one is still checking.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return fetchPublicUrl(url, allowLocal);
    };
    const ids = all.map((r) => r.id);
    const runs = await Promise.all([checkResourceLinks({ limit: 10, now, ids, check }), checkResourceLinks({ limit: 10, now, ids, check })]);

    expect(runs.reduce((n, r) => n + r.checked, 0)).toBe(4);
    expect(runs.reduce((n, r) => n + r.broken, 0)).toBe(2);
    expect([...checks.keys()].sort()).toEqual([ok.url, missing.url, privateLink.url, stale.url].sort());
    expect([...checks.values()]).toEqual([1, 1, 1, 1]);

    const stored = await db.resource.findMany({ where: { id: { in: ids } }, select: { id: true, linkStatus: true, linkProblem: true, linkCheckedAt: true, updatedAt: true } });
    const row = (id: string) => stored.find((r) => r.id === id);
    expect(row(ok.id)).toMatchObject({ linkStatus: 200, linkProblem: null, linkCheckedAt: now });
    expect(row(missing.id)).toMatchObject({ linkStatus: 404, linkProblem: "http_error", linkCheckedAt: now });
    expect(row(privateLink.id)).toMatchObject({ linkStatus: null, linkProblem: "private_address", linkCheckedAt: now });
    expect(row(stale.id)).toMatchObject({ linkStatus: 200, linkProblem: null, linkCheckedAt: now });
    expect(row(fresh.id)?.linkStatus).toBeNull();
    expect(row(draft.id)?.linkCheckedAt).toBeNull();
    expect(row(fileOnly.id)?.linkCheckedAt).toBeNull();
    // A check is not an edit: the resource's "updated" time stays.
    expect(row(ok.id)?.updatedAt).toEqual(ok.updatedAt);

    // Nothing is due again until a week has passed.
    expect(await checkResourceLinks({ limit: 10, now: new Date(now.getTime() + 60_000), ids, check })).toEqual({ checked: 0, broken: 0 });
  });

  it("keeps no result for a link staff changed while it was being checked", async () => {
    const r = await resource(`${base}/missing/${suffix()}`);
    const check = async (url: string) => {
      await db.resource.update({ where: { id: r.id }, data: { url: `${base}/ok/${suffix()}`, linkCheckedAt: null } });
      return fetchPublicUrl(url, allowLocal);
    };
    expect(await checkResourceLinks({ limit: 1, ids: [r.id], check })).toEqual({ checked: 1, broken: 1 });
    expect(await db.resource.findUniqueOrThrow({ where: { id: r.id }, select: { linkStatus: true, linkProblem: true, linkCheckedAt: true } })).toEqual({ linkStatus: null, linkProblem: null, linkCheckedAt: null });
  });

  it("lists the broken links for staff, newest check first, and for nobody else", async () => {
    const now = new Date();
    const [ok, missing, privateLink] = await Promise.all([resource(`${base}/ok/${suffix()}`), resource(`${base}/missing/${suffix()}`), resource("http://192.168.0.10/")]);
    await checkResourceLinks({ limit: 3, now, ids: [ok.id, missing.id, privateLink.id], check: (url) => fetchPublicUrl(url, allowLocal) });
    const staff = await createUser({ role: "staff" });
    const member = await createUser();

    const listed = [];
    for (let page = 1; ; page++) {
      const result = await listBrokenLinks(staff.actor, page);
      listed.push(...result.resources);
      if (page >= result.pages) break;
    }
    const mine = listed.filter((l) => [ok.id, missing.id, privateLink.id].includes(l.id));
    expect(mine.map((l) => l.id).sort()).toEqual([missing.id, privateLink.id].sort());
    expect(mine.find((l) => l.id === missing.id)).toMatchObject({ url: missing.url, linkStatus: 404, linkProblem: "http_error", linkCheckedAt: now });
    expect(mine.find((l) => l.id === privateLink.id)).toMatchObject({ linkStatus: null, linkProblem: "private_address" });
    const times = (await listBrokenLinks(staff.actor, 1)).resources.map((l) => l.linkCheckedAt?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));

    expect((await listBrokenLinks(staff.actor, 10_000)).resources).toEqual([]);
    await expect(listBrokenLinks(member.actor, 1)).rejects.toThrow(NotFoundError);
    await expect(listBrokenLinks(null, 1)).rejects.toThrow(NotFoundError);
  });
});
