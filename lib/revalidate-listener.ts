import "server-only";
import pg from "pg";
import { log } from "@/lib/log";
import { areaFromMessage, INTERNAL_TOKEN, REVALIDATE_CHANNEL, type PublicArea } from "@/lib/revalidate-channel";

// Every instance listens on one PostgreSQL connection of its own for other instances' changes
// to hubs and events, and then drops its cached pages of that area. Next can only do that
// inside a request, so the listener asks its own process through app/api/internal/revalidate.

const RETRY_MS = 5_000;

/** Asks this process to refresh its cached pages of the area. */
async function refreshHere(area: PublicArea) {
  const origin = `http://${process.env.LISTEN_HOST || "127.0.0.1"}:${process.env.PORT || 3000}`;
  const response = await fetch(`${origin}/api/internal/revalidate?area=${area}`, {
    method: "POST",
    // The proxy refuses state-changing requests from other origins and bodiless types.
    headers: { origin, "content-type": "application/json", "x-internal-token": INTERNAL_TOKEN },
    body: "{}",
  });
  if (response.status !== 204) throw new Error(`internal revalidate answered ${response.status}`);
}

/** Listens until the process ends, reconnecting after a lost connection. */
export function listenForRevalidation(connectionString: string) {
  const connect = async () => {
    const client = new pg.Client({ connectionString });
    let retrying = false;
    const retry = (error: unknown) => {
      if (retrying) return;
      retrying = true;
      log.error("lost the connection that hears other instances' changes; retrying", { error });
      client.end().catch(() => {});
      setTimeout(() => void connect(), RETRY_MS).unref();
    };
    client.on("error", retry);
    client.on("notification", (message) => {
      const area = areaFromMessage(message.payload);
      if (area) refreshHere(area).catch((error: unknown) => log.error("could not refresh cached pages", { area, error }));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${REVALIDATE_CHANNEL}`);
    } catch (error) {
      retry(error);
    }
  };
  void connect();
}
