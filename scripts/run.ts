// npm start     build if needed, then serve the production build   (tsx scripts/run.ts start)
// npm run dev   serve with Next's development server              (tsx scripts/run.ts dev)
//
// With DATABASE_URL: migrate and seed the programme in that database, then serve.
// Without it: run a local PostgreSQL kept in .data/postgres (or $ECHN_DATA_DIR/postgres),
// seeded with the demo accounts on its first start. Ctrl-C stops Next, then PostgreSQL.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deployMigrations, MigrationFailed } from "../prisma/migrate/migrations";
import { currentChild, ensureBuild, runSeed, spawnNext, stopChild, waitForHttp, type RunningApp } from "./lib/app";
import { acquireLock, LockHeld, type Lock, type LockInfo } from "./lib/lock";
import { clusterDir, createDatabase, portIsFree, readOrCreateSecret, startEmbeddedPostgres, stopLeftoverServer, withDatabase, type PostgresServer } from "./lib/postgres";
import { dataDir, paths } from "./lib/project";

const arg = process.argv[2];
if (arg !== "start" && arg !== "dev") {
  console.error("Usage: tsx scripts/run.ts start|dev");
  process.exit(2);
}
const mode: "start" | "dev" = arg;

class Refusal extends Error {}

const port = Number(process.env.PORT || 3000);
const siteUrl = process.env.SITE_URL || `http://localhost:${port}`;
const embedded = !process.env.DATABASE_URL;
const productionLike = mode === "start" || process.env.NODE_ENV === "production";
const state = dataDir();
const shown = (p: string) => (p.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), p) : p);
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

let lock: Lock | undefined;
let postgres: PostgresServer | undefined;
let app: RunningApp | undefined;
let stopping: Promise<never> | undefined;

/** Stops Next (or whatever child is running), then PostgreSQL, releases the lock, exits. */
function shutdown(code: number, signal?: NodeJS.Signals): Promise<never> {
  return (stopping ??= (async () => {
    if (signal) console.log(`\nStopping (${signal})…`);
    const children = [app?.child, currentChild()].filter((c) => c !== undefined);
    await Promise.all(children.map((c) => stopChild(c, signal === "SIGINT" ? "SIGINT" : "SIGTERM")));
    if (postgres) {
      await postgres.stop().catch((e) => console.error("PostgreSQL did not stop cleanly:", e));
      if (signal) console.log("PostgreSQL stopped.");
    }
    lock?.release();
    process.exit(code);
  })());
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(0, signal));
}

/** A `next` left running by an earlier start that was killed outright (its lock was stale). */
async function stopLeftoverNext(previous: LockInfo | undefined) {
  const pid = Number(previous?.nextPid);
  try {
    if (!pid || !readFileSync(`/proc/${pid}/cmdline`, "utf-8").includes("next")) return;
    console.log(`Stopping the Next server left running by an earlier start (pid ${pid})…`);
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 100; i++) {
      process.kill(pid, 0); // throws once it is gone
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch {
    /* gone (or no /proc to tell what it is) */
  }
}

async function database(): Promise<{ url: string; demo: boolean }> {
  if (!embedded) return { url: process.env.DATABASE_URL!, demo: false };
  const started = Date.now();
  const pgdata = clusterDir(path.join(state, "postgres"));
  // This process holds the lock, so a server still running on this folder was left behind.
  await stopLeftoverServer(pgdata);
  const fresh = !existsSync(path.join(pgdata, "PG_VERSION"));
  if (fresh) console.log(`Creating a local PostgreSQL database in ${shown(pgdata)} (first start)…`);
  postgres = await startEmbeddedPostgres({
    dataDir: pgdata,
    password: readOrCreateSecret(path.join(state, "postgres-password")),
    logFile: path.join(state, "postgres.log"),
  });
  const created = await createDatabase(postgres.url, "echn");
  const url = withDatabase(postgres.url, "echn");
  console.log(`PostgreSQL ${fresh ? "initialised and " : ""}running on 127.0.0.1:${postgres.port} (${seconds(started)} s).`);
  console.log(`For npm run db:* commands while it runs: DATABASE_URL='${url}'`);
  // The demo content goes in once per database; the marker keeps restarts fast.
  return { url, demo: created || !existsSync(path.join(state, "demo-seeded")) };
}

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (!embedded && productionLike) {
    throw new Refusal(
      "AUTH_SECRET is not set. It signs the session cookies and must stay the same across restarts.\n" +
        "Generate one with `openssl rand -base64 33` and set it in the environment, then start again.",
    );
  }
  return readOrCreateSecret(path.join(state, "auth-secret"));
}

async function main() {
  const secret = authSecret();
  mkdirSync(state, { recursive: true });
  if (embedded) {
    try {
      lock = await acquireLock(path.join(state, "run.lock"), "run.ts", { mode, url: siteUrl });
    } catch (e) {
      if (!(e instanceof LockHeld)) throw e;
      const h = e.holder;
      throw new Refusal(
        `ECHN is already running from this folder (npm ${h.mode === "dev" ? "run dev" : "start"}, pid ${h.pid}, since ${new Date(h.startedAt).toLocaleTimeString()}, at ${String(h.url)}).\n` +
          `Only one can use the local database in ${shown(state)}. Stop the other one first (Ctrl-C in its terminal, or kill ${h.pid}),\n` +
          "or give this one its own: ECHN_DATA_DIR=.data/second PORT=3001 npm start",
      );
    }
  }
  await stopLeftoverNext(lock?.previous);
  if (!(await portIsFree(port))) {
    throw new Refusal(`Port ${port} is already in use by another program. Choose another: PORT=${port + 1} npm ${mode === "dev" ? "run dev" : "start"}`);
  }
  const started = Date.now();
  if (mode === "start") await ensureBuild();

  const db = await database();
  const migrated = Date.now();
  const applied = await deployMigrations({ url: db.url, schemaPath: paths.schema, migrationsDir: paths.migrations });
  console.log(applied.length ? `Applied ${applied.length} migration(s) (${seconds(migrated)} s).` : `Database schema up to date (${seconds(migrated)} s).`);
  // The seed runs while Next starts: neither needs the other, and restarts come up sooner.
  const seeded = runSeed(db.url, { demo: db.demo }).then(() => {
    if (db.demo) writeFileSync(path.join(state, "demo-seeded"), new Date().toISOString() + "\n");
  });

  app = spawnNext(
    mode,
    port,
    {
      DATABASE_URL: db.url,
      AUTH_SECRET: secret,
      AUTH_TRUST_HOST: "true",
      SITE_URL: siteUrl,
      PORT: String(port),
      ...(embedded ? { ECHN_DEV_TOOLS: "1" } : {}),
    },
    // The local database holds demo accounts whose password is public: keep it off the network.
    { host: embedded ? "127.0.0.1" : undefined },
  );
  lock?.update({ nextPid: app.child.pid });
  void app.exited.then((code) => {
    if (!stopping) console.error(`Next exited (code ${code}).`);
    return shutdown(code);
  });
  // Any answer will do (a static 404 renders nothing), so "ready" means "listening".
  await Promise.all([seeded, waitForHttp(`http://127.0.0.1:${port}/_next/static/ready-check`, app)]);
  console.log(
    `\nECHN is ready at ${siteUrl} (started in ${seconds(started)} s).` +
      (embedded ? " Sign in with the demo accounts listed in README.md. Ctrl-C stops it." : " Ctrl-C stops it."),
  );
}

main().catch((e) => {
  if (stopping) return;
  if (e instanceof Refusal) console.error(e.message);
  else if (e instanceof MigrationFailed) console.error(`Could not update the database schema.\n${e.message}`);
  else console.error(e instanceof Error ? e.message : e);
  void shutdown(1);
});
