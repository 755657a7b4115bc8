// What server.ts does to a request before Next sees it, on a real HTTP server: the client's
// address comes from the socket unless a trusted proxy stands in front, and a chunked body is
// refused with 413 once it passes the limit.
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isRequestId, limitBody, LOCAL_ADDRESS_HEADER, stampPeer } from "@/lib/incoming";
import { ipFromHeaders, isLoopback } from "@/lib/request";

const LIMIT = 64 * 1024;
let server: Server;
let port: number;

beforeAll(async () => {
  // Stands in for Next: reads the whole body, then says what it saw.
  server = createServer((req, res) => {
    stampPeer(req);
    if (!limitBody(req, res, LIMIT)) return;
    let bytes = 0;
    req.on("data", (chunk: Buffer) => (bytes += chunk.length));
    req.on("end", () => res.end(JSON.stringify({ headers: req.headers, bytes })));
    req.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

type Answer = { status: number; text: string };
function send(headers: Record<string, string>, body?: (write: (chunk: Buffer) => boolean) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: "127.0.0.1", method: body ? "POST" : "GET", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, text }));
    });
    req.on("error", reject);
    if (body) body((chunk) => req.write(chunk));
    req.end();
  });
}

async function seen(headers: Record<string, string>): Promise<{ ip: string; headers: IncomingHttpHeaders }> {
  const { text } = await send(headers);
  const echoed = JSON.parse(text) as { headers: IncomingHttpHeaders };
  return { ip: ipFromHeaders(new Headers(echoed.headers as Record<string, string>)), headers: echoed.headers };
}

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", async () => {
    expect((await seen({})).ip).toBe("127.0.0.1");
    expect((await seen({ "x-forwarded-for": "203.0.113.7" })).ip).toBe("127.0.0.1");
    expect((await seen({ "x-forwarded-for": "203.0.113.7, 198.51.100.1" })).ip).toBe("127.0.0.1");
  });

  it("is what the trusted proxy saw when there is one, and not what the client wrote before it", async () => {
    process.env.TRUSTED_PROXIES = "1";
    // The load balancer appended 198.51.100.1; 203.0.113.7 came from the client.
    expect((await seen({ "x-forwarded-for": "203.0.113.7, 198.51.100.1" })).ip).toBe("198.51.100.1");
    expect((await seen({ "x-forwarded-for": "198.51.100.1" })).ip).toBe("198.51.100.1");
  });

  it("drops the forwarding headers a client sent when no proxy is trusted", async () => {
    const { headers } = await seen({ "x-forwarded-host": "attacker.example", "x-forwarded-proto": "https" });
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
    process.env.TRUSTED_PROXIES = "1";
    expect((await seen({ "x-forwarded-host": "site.example" })).headers["x-forwarded-host"]).toBe("site.example");
  });

  it("comes with the address the request reached, which a client cannot set", async () => {
    const { headers } = await seen({ [LOCAL_ADDRESS_HEADER]: "127.0.0.1" });
    expect(headers[LOCAL_ADDRESS_HEADER]).toBe("127.0.0.1");
    expect(isLoopback("127.0.0.1") && isLoopback("::1") && isLoopback("::ffff:127.0.0.1")).toBe(true);
    expect(isLoopback("10.0.0.2") || isLoopback("::ffff:10.0.0.2") || isLoopback("")).toBe(false);
  });
});

describe("the body limit", () => {
  const chunk = Buffer.alloc(16 * 1024, "x");

  it("lets a chunked body under the limit through whole", async () => {
    const answer = await send({ "transfer-encoding": "chunked" }, (write) => {
      for (let i = 0; i < 3; i++) write(chunk);
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).bytes).toBe(3 * chunk.length);
  });

  it("answers 413 once a chunked body passes it", async () => {
    const answer = await send({ "transfer-encoding": "chunked" }, (write) => {
      for (let i = 0; i < 10; i++) write(chunk);
    });
    expect(answer.status).toBe(413);
    expect(answer.text).toMatch(/the body is larger than/);
  });

  // Each chunk written after the previous one left, as a browser uploads: the client is still
  // writing when the answer comes, and must read it rather than a reset connection.
  const sendSteadily = (chunks: number, end = true) =>
    new Promise<{ status: number; closed: Promise<void> }>((resolve, reject) => {
      const req = request({ port, host: "127.0.0.1", method: "POST", headers: { "transfer-encoding": "chunked" } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode!, closed: new Promise((done) => req.socket!.once("close", () => done())) });
      });
      req.on("error", reject);
      const write = (left: number) => (left === 0 ? end && req.end() : req.write(chunk, () => write(left - 1)));
      write(chunks);
    });

  it("lets a client still sending read the 413, not a broken pipe, every time", async () => {
    for (let i = 0; i < 20; i++) expect((await sendSteadily(LIMIT / chunk.length + 3)).status).toBe(413);
  });

  it("cuts off a client that goes on sending as much again after the 413", async () => {
    const { status, closed } = await sendSteadily(3 * (LIMIT / chunk.length), false);
    expect(status).toBe(413);
    await closed;
  });

  it("answers 413 at once to a declared length over it", async () => {
    const body = Buffer.alloc(LIMIT + 1, "x");
    const answer = await send({ "content-length": String(body.length) }, (write) => write(body));
    expect(answer.status).toBe(413);
  });
});

describe("a request id sent with a request", () => {
  it("is kept only when it is 8 to 64 letters, digits, dots, hyphens or underscores", () => {
    expect(isRequestId("0f6c2d3e-1a2b-4c5d-8e9f-0a1b2c3d4e5f")).toBe(true);
    expect(isRequestId("lb.trace_42")).toBe(true);
    for (const id of ["short", "x".repeat(65), "has space 123", "new\nline-1234", "<script>alert"]) expect(isRequestId(id)).toBe(false);
  });
});
