/** @module Says at once whether a URL's host may be fetched, so a refused address is refused when it is given, not at fetch time. */
import { isIP } from 'node:net';
import { bareHost, refusalReason, type AddressPolicy } from './address-policy.js';
import { resolveWithSystem, type ResolveHost } from './safe-lookup.js';

/** Longest the check waits for DNS; past it the URL is taken, and the fetch judges its addresses as always. */
export const DEFAULT_CHECK_DNS_MS = 2_000;

/**
 * Why `url` would be refused, or null. A literal host is judged in every form URLs accept (`127.1`,
 * `2130706433`, `0x7f.1` and `[::ffff:127.0.0.1]` all parse to the address they reach); a name is refused
 * when every address it resolves to is. A name that does not resolve (yet), or not within `timeoutMs`, is
 * not refused here: the fetch retries it, and the connection-time check still holds (safe-lookup.ts).
 */
export async function fetchRefusal(url: string, policy: AddressPolicy, resolve: ResolveHost = resolveWithSystem, timeoutMs = DEFAULT_CHECK_DNS_MS): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // the schema judges the URL's form
  }
  const host = bareHost(parsed.hostname);
  if (isIP(host) !== 0) return refusalReason(host, host, policy);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((done) => {
    timer = setTimeout(() => done(null), timeoutMs);
  });
  try {
    const addresses = await Promise.race([resolve(host), timeout]);
    if (addresses === null || addresses.length === 0) return null;
    const reasons = addresses.map((a) => refusalReason(host, a.address, policy));
    return reasons.every((r) => r !== null) ? reasons[0]! : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
