/**
 * Next's data and page cache shared by every instance through Redis, when REDIS_URL is set
 * (next.config.ts; docs/architecture.md#plusieurs-instances): an offer validated through one instance
 * expires the catalogue's tags for all of them. Built on @fortedigital/nextjs-cache-handler (Next 16's
 * `cacheHandler` interface: unstable_cache, ISR pages, revalidateTag/updateTag). If Redis cannot be
 * reached at start, the instance keeps an in-process cache and says so: pages stay served, only
 * the sharing is lost until it restarts.
 */
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createClient } from "redis";

const holder = globalThis;

CacheHandler.onCreation(() => {
  holder.ssesCacheConfig ??= configure();
  return holder.ssesCacheConfig;
});

async function configure() {
  // `next build` prerenders without Redis: its entries stay in memory and are rendered again at first request.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [createLruHandler()] };
  let connected = false;
  const client = createClient({
    url: process.env.REDIS_URL,
    pingInterval: 10_000,
    // Not reachable at start: give up at once (in-process cache below). Lost later: retry, up to every 2 s.
    socket: { connectTimeout: 3000, reconnectStrategy: (retries) => (connected ? Math.min(100 * 2 ** retries, 2000) : new Error("Redis injoignable")) },
  });
  client.on("ready", () => (connected = true));
  client.on("error", (error) => console.warn("[sses] Redis :", error instanceof Error ? error.message : error));
  try {
    await client.connect();
  } catch (error) {
    console.error("[sses] Redis injoignable : cache local à cette instance.", error instanceof Error ? error.message : error);
    await client.destroy?.();
    return { handlers: [createLruHandler()] };
  }
  return { handlers: [createRedisHandler({ client, keyPrefix: process.env.REDIS_KEY_PREFIX ?? "sses:" })] };
}

export default CacheHandler;
