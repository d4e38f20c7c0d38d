/** @module A DNS lookup for the HTTP agent that drops addresses the policy refuses, so the check holds at connect time (no DNS rebinding gap). */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { NewsbriefError } from '../../errors.js';
import { refusalReason, type AddressPolicy } from './address-policy.js';

/** Resolves a host name to all its addresses; injectable so tests can map names without a DNS server. */
export type ResolveHost = (hostname: string) => Promise<readonly LookupAddress[]>;

export const resolveWithSystem: ResolveHost = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });

/** The error a refused address gives: recognised by fetchUrl under undici's "fetch failed". */
export function refusedError(hostname: string, reason: string): NewsbriefError {
  return new NewsbriefError('FETCH', `Refused to connect to ${hostname}: ${reason}; allow it with --allow-private or --allow-host ${hostname}`);
}

/**
 * A `net` lookup that resolves with `resolve` and keeps only the addresses the policy allows.
 * If none is left, the connection fails with a FETCH error naming the address and its range.
 */
export function createSafeLookup(policy: AddressPolicy, resolve: ResolveHost = resolveWithSystem): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const reasons = wanted.map((a) => refusalReason(hostname, a.address, policy));
        const allowed = wanted.filter((_, i) => reasons[i] === null);
        const first = allowed[0];
        if (first === undefined) {
          const reason = reasons.find((r) => r !== null) ?? `${hostname} has no address`;
          callback(refusedError(hostname, reason) as unknown as NodeJS.ErrnoException, '', 0);
          return;
        }
        if (options.all === true) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}
