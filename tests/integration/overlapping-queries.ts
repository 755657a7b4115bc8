// Watches pg's connections for a query sent while another is still running on the same one: what
// a transaction does when Prisma reads several relations of one select at once (pg queues it
// with a deprecation warning today, and will refuse it in pg 9). Outside a transaction each query
// takes its own pooled connection, so this only ever catches a transaction's.
import pg from "pg";
import { afterAll, beforeAll } from "vitest";

type Query = { text?: string } | string;
type WatchedClient = { _activeQuery: unknown; _queryQueue: unknown[] };

/** Installs the watch for the test file; `overlapping(run)` says which queries `run` sent over another (none, expected). */
export function watchOverlappingQueries() {
  const proto = pg.Client.prototype as unknown as { query: (this: WatchedClient, ...args: unknown[]) => unknown };
  const original = proto.query;
  const overlaps: string[] = [];
  beforeAll(() => {
    proto.query = function (this: WatchedClient, ...args: unknown[]) {
      if (this._activeQuery || this._queryQueue.length > 0) {
        const query = args[0] as Query;
        overlaps.push((typeof query === "string" ? query : (query.text ?? "")).slice(0, 120));
      }
      return original.apply(this, args);
    };
  });
  afterAll(() => {
    proto.query = original;
  });
  return async function overlapping(run: () => Promise<unknown>) {
    overlaps.length = 0;
    await run();
    return [...overlaps];
  };
}
