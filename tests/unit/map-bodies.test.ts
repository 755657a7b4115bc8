// The map data's compressed bodies: a request waits for a fast compression only; the smallest
// encoding is made afterwards, in the background, one at a time.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressOffThread, MapBody, upgradesSettled, type Compress, type Effort, type MapCoding } from "@/lib/hubs/map-bodies";

/** A compressor whose every call waits until the test lets it finish. */
function heldCompressor() {
  const calls: { coding: MapCoding; effort: Effort; finish: () => void }[] = [];
  const compress: Compress = (coding, _body, effort) =>
    new Promise((resolve) => calls.push({ coding, effort, finish: () => resolve(Buffer.from(`${coding}:${effort}`)) }));
  const made = () => calls.map((c) => `${c.coding}:${c.effort}`);
  return { calls, compress, made };
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
const tick = () => new Promise((r) => setTimeout(r, 0));

/** GeoJSON like the map's, for 5,000 hubs in a few hundred towns. */
function mapJson(hubs = 5000): Uint8Array {
  const words = ["Blue", "Open", "Common", "Foundry", "Loom", "Hive", "Yard", "Works", "Lab", "Studio", "Collective"];
  const features = Array.from({ length: hubs }, (_, i) => ({
    type: "Feature",
    properties: { n: `${words[i % 11]} ${words[(i * 7) % 11]} ${i}`, k: "lab", c: `Town ${i % 300}`, cc: ["SI", "AT", "PT", "EE"][i % 4] },
    geometry: { type: "Point", coordinates: [Math.round((i % 400) * 1e2) / 1e4 + 2, Math.round((i % 250) * 1e2) / 1e4 + 45] },
  }));
  return Buffer.from(JSON.stringify({ type: "FeatureCollection", features }));
}

describe("a map body", () => {
  it("answers the first request with a fast compression, without waiting for the best one", async () => {
    const { calls, compress, made } = heldCompressor();
    const body = new MapBody(Buffer.from("{}"), { upgrade: true, compress });
    const first = body.encoded("br");
    expect(made()).toEqual(["br:fast"]);
    calls[0]!.finish();
    expect(text(await first)).toBe("br:fast");
    await tick();
    // The best compression has started only now, and the request did not wait for it.
    expect(made()).toEqual(["br:fast", "br:best"]);
    expect(text(await body.encoded("br"))).toBe("br:fast");
    calls[1]!.finish();
    await upgradesSettled();
    expect(text(await body.encoded("br"))).toBe("br:best");
    expect(made()).toEqual(["br:fast", "br:best"]);
  });

  it("shares one fast compression among the requests that arrive while it runs, per coding", async () => {
    const { calls, compress, made } = heldCompressor();
    const body = new MapBody(Buffer.from("{}"), { upgrade: false, compress });
    const waiting = [body.encoded("br"), body.encoded("br"), body.encoded("gzip"), body.encoded("br")];
    expect(made()).toEqual(["br:fast", "gzip:fast"]);
    for (const c of calls) c.finish();
    expect((await Promise.all(waiting)).map(text)).toEqual(["br:fast", "br:fast", "gzip:fast", "br:fast"]);
  });

  it("is never compressed at the best level when it is not to be kept, or was replaced before its turn", async () => {
    const once = heldCompressor();
    const searched = new MapBody(Buffer.from("{}"), { upgrade: false, compress: once.compress });
    const sent = searched.encoded("br");
    once.calls[0]!.finish();
    await sent;
    await upgradesSettled();
    expect(once.made()).toEqual(["br:fast"]);

    const replaced = heldCompressor();
    const old = new MapBody(Buffer.from("{}"), { upgrade: true, compress: replaced.compress });
    const oldSent = old.encoded("gzip");
    replaced.calls[0]!.finish();
    await oldSent;
    old.retire();
    await upgradesSettled();
    expect(replaced.made()).toEqual(["gzip:fast"]);
  });

  it("makes the best encodings one at a time, so that fast ones never queue behind several", async () => {
    const { calls, compress, made } = heldCompressor();
    const a = new MapBody(Buffer.from("{}"), { upgrade: true, compress });
    const b = new MapBody(Buffer.from("[]"), { upgrade: true, compress });
    const sent = [a.encoded("br"), b.encoded("br")];
    calls[0]!.finish();
    calls[1]!.finish();
    await Promise.all(sent);
    await tick();
    expect(made()).toEqual(["br:fast", "br:fast", "br:best"]);
    calls[2]!.finish();
    await tick();
    await tick();
    expect(made()).toEqual(["br:fast", "br:fast", "br:best", "br:best"]);
    calls[3]!.finish();
    await upgradesSettled();
  });

  it("tries the fast compression again after it failed", async () => {
    let fail = true;
    const compress: Compress = async (coding, body) => {
      if (fail) throw new Error("out of memory");
      return Buffer.from(`${coding}:${body.length}`);
    };
    const body = new MapBody(Buffer.from("{}"), { upgrade: false, compress });
    await expect(body.encoded("br")).rejects.toThrow("out of memory");
    fail = false;
    expect(text(await body.encoded("br"))).toBe("br:2");
  });

  it("at 5,000 hubs: both levels decode to the data, and the background one is smaller", async () => {
    const json = mapJson();
    for (const [coding, decode] of [["br", brotliDecompressSync], ["gzip", gunzipSync]] as const) {
      const fast = await compressOffThread(coding, json, "fast");
      const best = await compressOffThread(coding, json, "best");
      expect(Buffer.compare(decode(fast), Buffer.from(json))).toBe(0);
      expect(Buffer.compare(decode(best), Buffer.from(json))).toBe(0);
      expect(best.length, coding).toBeLessThan(fast.length);
    }
  });
});
