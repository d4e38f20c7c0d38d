/** @module Decides whether an IP address may be fetched from: only public unicast addresses, unless the operator allows private ones. */
import ipaddr from 'ipaddr.js';

/**
 * What the operator allows beyond the public internet. By default nothing: a news fetcher that
 * follows links from feeds must not be turned into a probe of the machine's own network (SSRF).
 */
export interface AddressPolicy {
  /** Allow every address, private, loopback and link-local included. Default false. */
  readonly allowPrivate?: boolean;
  /** Host names (lower-case, no port) that may resolve to private addresses, e.g. an intranet feed server. Default none. */
  readonly allowHosts?: readonly string[];
}

/** The range name of an address as ipaddr.js classifies it (`unicast` for public), or `invalid`. */
export function addressRange(address: string): string {
  if (!ipaddr.isValid(address)) return 'invalid';
  const parsed = ipaddr.parse(address);
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) reaches the IPv4 host it embeds: judge that one.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address().range();
  }
  // The deprecated IPv4-compatible block (::/96, RFC 4291) is never a public address; ipaddr.js calls
  // it unicast in the form URLs and the resolver give (::7f00:1 for ::127.0.0.1).
  const range = parsed.range();
  if (range === 'unicast' && parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0)) return 'ipv4Compatible';
  return range;
}

/**
 * True for addresses on the public internet. Everything else is refused: private, loopback,
 * link-local, unique-local, multicast, carrier-grade NAT, unspecified, reserved, and the
 * IPv6 transition ranges (6to4, Teredo, NAT64) that can embed a private IPv4 address.
 */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === 'unicast';
}

/** Strips the brackets of an IPv6 literal host (`[::1]`) and lower-cases. */
export function bareHost(hostname: string): string {
  return hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

export function isHostAllowed(hostname: string, policy: AddressPolicy): boolean {
  if (policy.allowPrivate === true) return true;
  const host = bareHost(hostname);
  return (policy.allowHosts ?? []).some((allowed) => allowed.toLowerCase() === host);
}

/** Why an address is refused, for the error message, or null when it may be fetched. */
export function refusalReason(hostname: string, address: string, policy: AddressPolicy): string | null {
  if (isHostAllowed(hostname, policy)) return null;
  const range = addressRange(address);
  if (range === 'unicast') return null;
  const kind = RANGE_WORDS[range] ?? `a ${range}`;
  return bareHost(hostname) === address ? `${address} is ${kind} address, not a public one` : `${bareHost(hostname)} resolves to ${address}, ${kind} address, not a public one`;
}

/** ipaddr.js's range names in words, with their article. */
const RANGE_WORDS: Readonly<Record<string, string>> = {
  unspecified: 'an unspecified',
  broadcast: 'a broadcast',
  multicast: 'a multicast',
  linkLocal: 'a link-local',
  loopback: 'a loopback',
  carrierGradeNat: 'a carrier-grade NAT',
  private: 'a private',
  reserved: 'a reserved',
  uniqueLocal: 'a unique-local',
  ipv4Mapped: 'an IPv4-mapped',
  ipv4Compatible: 'an IPv4-compatible',
  rfc6145: 'an IPv4-translated',
  rfc6052: 'a NAT64',
  '6to4': 'a 6to4',
  teredo: 'a Teredo',
  benchmarking: 'a benchmarking',
  amt: 'an AMT',
  as112: 'an AS112',
  deprecated: 'a deprecated',
  orchid2: 'an ORCHIDv2',
  droneRemoteIdProtocolEntityTags: 'a drone remote ID',
  invalid: 'an invalid',
};
