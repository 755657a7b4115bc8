import "server-only";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { log } from "@/lib/log";

export type MapCoding = "br" | "gzip";
export type Effort = "fast" | "best";
export type Compress = (coding: MapCoding, body: Uint8Array, effort: Effort) => Promise<Uint8Array>;

// Measured on the map data of 5,000 hubs (826 KB of JSON): brotli 5 takes 18 ms for 91 KB,
// brotli 11 1.3 s for 71 KB; gzip 6 7 ms for 94 KB, gzip 9 15 ms for 90 KB.
const LEVELS = { br: { fast: 5, best: zlib.BROTLI_MAX_QUALITY }, gzip: { fast: 6, best: 9 } } as const;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** On libuv's thread pool: the thread that serves requests never compresses. */
export const compressOffThread: Compress = (coding, body, effort) =>
  coding === "br"
    ? brotliAsync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: LEVELS.br[effort], [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipAsync(body, { level: LEVELS.gzip[effort] });

// The best compressions wait their turn, one at a time: several at once would take the thread
// pool's four threads and hold back the fast ones that requests wait for.
let upgrades: Promise<unknown> = Promise.resolve();

/**
 * A body in each coding a client asks for. The first request for a coding waits only for a
 * fast compression, which requests arriving meanwhile share; when `upgrade` is set, the
 * smallest encoding is then made in the background and sent from then on, unless the body
 * was retired first (a newer version replaced it).
 */
export class MapBody {
  private readonly encodings = new Map<MapCoding, Promise<Uint8Array>>();
  private retired = false;

  constructor(
    readonly json: Uint8Array,
    private readonly options: { upgrade: boolean; compress?: Compress },
  ) {}

  encoded(coding: MapCoding): Promise<Uint8Array> {
    const known = this.encodings.get(coding);
    if (known) return known;
    const compress = this.options.compress ?? compressOffThread;
    const fast = compress(coding, this.json, "fast");
    this.encodings.set(coding, fast);
    fast.then(
      () => {
        if (this.options.upgrade) upgrades = upgrades.then(() => this.upgrade(coding, compress));
      },
      () => this.encodings.delete(coding),
    );
    return fast;
  }

  /** Stops a pending upgrade: nobody will ask for this body again. */
  retire() {
    this.retired = true;
  }

  private async upgrade(coding: MapCoding, compress: Compress) {
    if (this.retired) return;
    try {
      const best = await compress(coding, this.json, "best");
      this.encodings.set(coding, Promise.resolve(best));
    } catch (error) {
      log.error("could not compress the map data at the best level; the fast encoding stays", { coding, error });
    }
  }
}

/** Resolves when every upgrade asked for so far is done (for tests). */
export const upgradesSettled = () => upgrades;
