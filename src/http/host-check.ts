/** @module Refuses requests that name another host when the server listens on loopback: the guard against DNS rebinding. */
import { isIP } from 'node:net';

// A page on another site can point its own name at 127.0.0.1 (DNS rebinding) and then read and write this
// server from the visitor's browser, the same origin as far as the browser knows. Its requests still carry
// that site's name in Host, which is how development servers tell them apart (webpack's allowedHosts,
// Jupyter's local_hostnames); a server exposed on purpose (--host 0.0.0.0) is left to its API key.

function isLoopbackAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(bare);
}

/** The host name of a Host header, without its port, lower-cased ("[::1]:8080" → "::1"). */
export function hostName(header: string): string {
  const trimmed = header.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(trimmed);
  if (bracketed) return bracketed[1]!;
  return trimmed.replace(/:\d*$/, '').replace(/\.$/, '');
}

/**
 * A check of each request's Host header for a server listening on `listenAddress`, or null when it
 * listens beyond loopback. Loopback names and addresses pass, and the `publicHosts` an operator names
 * (a proxy on the same machine passing its own name); a request without Host (HTTP/1.0) passes, since
 * browsers always send one.
 */
export function createHostCheck(listenAddress: string, publicHosts: readonly string[] = []): ((host: string | undefined) => boolean) | null {
  if (!isLoopbackAddress(listenAddress)) return null;
  const named = new Set(publicHosts.map(hostName));
  return (host) => host === undefined || host === '' || isLoopbackAddress(hostName(host)) || named.has(hostName(host));
}
