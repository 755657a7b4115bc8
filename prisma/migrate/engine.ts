// Prisma's schema engine compiled to WebAssembly, driven through @prisma/adapter-pg, so that
// migrations can be created, applied and checked with no native engine download.
// Every work-around here is for a defect measured in adapter-pg / schema-engine-wasm
// (see ../shared/reference/offline-prisma-migrate and ../shared/docs/ENVIRONMENT.md).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

type Panic = { message: string; set_message(m: string): void };
const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: Panic };
// Without this registry a Rust panic surfaces as "cannot read set_message" and its message is lost.
g.PRISMA_WASM_PANIC_REGISTRY ??= { message: "", set_message(m) { this.message = m; } };
export const lastPanic = () => g.PRISMA_WASM_PANIC_REGISTRY?.message || undefined;

let loaded: Promise<typeof bg> | undefined;
// Instantiated by hand: importing the .wasm as a module needs --experimental-wasm-modules.
function loadEngineModule() {
  return (loaded ??= (async () => {
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
    const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const mod = await WebAssembly.compile(bytes);
    const imports: WebAssembly.Imports = {};
    for (const imp of WebAssembly.Module.imports(mod)) imports[imp.module] = bg as unknown as WebAssembly.ModuleImports;
    const instance = await WebAssembly.instantiate(mod, imports);
    (bg as unknown as { __wbg_set_wasm(e: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })());
}

/** The last SQL error seen while running a migration script, with the statement that caused it. */
export type ScriptFailure = { message: string; statement: string; code?: string };

const CHARACTER = 6; // ColumnType.Character in @prisma/driver-adapter-utils
const OID_CHAR = 18, OID_TEXT = 25, OID_NAME_ARRAY = 1003, OID_TEXT_ARRAY = 1009;

// Loose view of the adapter internals we patch; adapter-pg does not export these types.
type Adapter = {
  performIO(q: unknown): Promise<{ fields?: { dataTypeID: number }[] }>;
  queryRaw(q: unknown): Promise<{ columnTypes: number[]; rows: unknown[][] }>;
  executeScript?(script: string): Promise<void>;
  startTransaction?(...a: unknown[]): Promise<Adapter>;
  dispose(): Promise<void>;
  onError(e: unknown): never;
  client: { query(sql: string): Promise<unknown> };
};

function patchAdapter(adapter: Adapter, onScriptError: (f: ScriptFailure) => void): Adapter {
  // adapter-pg has no mapping for Postgres' internal "char" type, which the schema describer
  // reads from pg_catalog with get_char(): report it as Character, and name[] as text[].
  const charColumns = new WeakMap<object, number[]>();
  const performIO = adapter.performIO.bind(adapter);
  adapter.performIO = async (query) => {
    const res = await performIO(query);
    const idx: number[] = [];
    (res?.fields ?? []).forEach((f, i) => {
      if (f.dataTypeID === OID_CHAR) { f.dataTypeID = OID_TEXT; idx.push(i); }
      else if (f.dataTypeID === OID_NAME_ARRAY) f.dataTypeID = OID_TEXT_ARRAY;
    });
    if (idx.length) charColumns.set(query as object, idx);
    return res;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const rs = await queryRaw(query);
    for (const i of charColumns.get(query as object) ?? []) rs.columnTypes[i] = CHARACTER;
    return rs;
  };
  // adapter-pg splits scripts on ";" (breaking literals and function bodies) and runs the
  // pieces one by one (not atomic). One simple-protocol query runs the whole script in one
  // implicit transaction: a failing migration leaves nothing behind.
  if (adapter.executeScript) {
    adapter.executeScript = async (script) => {
      try {
        await adapter.client.query(script);
      } catch (e) {
        onScriptError(describeScriptError(script, e));
        adapter.onError(e);
      }
    };
  }
  const startTransaction = adapter.startTransaction?.bind(adapter);
  if (startTransaction) adapter.startTransaction = async (...a) => patchAdapter(await startTransaction(...a), onScriptError);
  return adapter;
}

/** Finds the statement around Postgres' error position (1-based character offset). */
function describeScriptError(script: string, e: unknown): ScriptFailure {
  const err = e as { message?: string; position?: string; code?: string };
  const pos = Number(err.position ?? NaN) - 1;
  let statement = "";
  if (Number.isFinite(pos) && pos >= 0) {
    const start = script.lastIndexOf(";", pos - 1) + 1;
    const end = script.indexOf(";", pos);
    statement = script.slice(start, end === -1 ? undefined : end + 1);
    statement = statement.split("\n").filter((l) => !l.trim().startsWith("--")).join("\n").trim();
  }
  return { message: err.message ?? String(e), statement, code: err.code };
}

function withDatabase(url: string, db: string) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(db);
  return u.toString();
}

/**
 * Adapter factory with a working shadow database: a fresh CREATE DATABASE on the same server,
 * dropped after use (pool closed first). adapter-pg's own connectToShadowDb() lands in the
 * main database because connectionString overrides its `database` key.
 */
function adapterFactory(url: string, onScriptError: (f: ScriptFailure) => void) {
  const main = new PrismaPg({ connectionString: url });
  const open: Adapter[] = [];
  const raw = {
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      const a = patchAdapter((await main.connect()) as unknown as Adapter, onScriptError);
      open.push(a);
      return a;
    },
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const inner = patchAdapter(
        (await new PrismaPg({ connectionString: withDatabase(url, name) }).connect()) as unknown as Adapter,
        onScriptError,
      );
      const dropShadow = async () => {
        try { await admin.query(`DROP DATABASE IF EXISTS "${name}"`); } finally { await admin.end(); }
      };
      // The shadow replays every migration: refuse if the server ignored the database name.
      const current = (await inner.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] })).rows[0]?.[0];
      if (current !== name) {
        await inner.dispose();
        await dropShadow();
        throw new Error(`shadow connection landed in "${String(current)}" instead of "${name}"`);
      }
      const dispose = inner.dispose.bind(inner);
      inner.dispose = async () => { try { await dispose(); } finally { await dropShadow(); } };
      return inner;
    },
  };
  const factory = bindMigrationAwareSqlAdapterFactory(raw as never);
  return { factory, close: async () => { for (const a of open.splice(0)) await a.dispose(); } };
}

export type Engine = Awaited<ReturnType<typeof openEngine>>;

export async function openEngine(opts: { schemaPath: string; url: string }) {
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readFile(opts.schemaPath, "utf-8");
  const failures: ScriptFailure[] = [];
  const { factory, close } = adapterFactory(opts.url, (f) => failures.push(f));
  const engine = await SchemaEngine.new(
    { datamodels: [[path.basename(opts.schemaPath), schema]] } as never,
    () => {},
    factory as never,
  );
  return {
    engine,
    schemaFiles: { files: [{ path: opts.schemaPath, content: schema }] },
    lastScriptFailure: () => failures.at(-1),
    async close() {
      await close();
      (engine as { free?: () => void }).free?.();
    },
  };
}
