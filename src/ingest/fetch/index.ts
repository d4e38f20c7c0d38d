/** @module Safe fetching: re-exports. */
export { createFetcher, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, USER_AGENT, type FetchedResource, type Fetcher, type FetchOptions, type FetchRequest } from './fetch-url.js';
export { addressRange, isPublicAddress, type AddressPolicy } from './address-policy.js';
export { createSafeLookup, resolveWithSystem, type ResolveHost } from './safe-lookup.js';
export { fetchRefusal, DEFAULT_CHECK_DNS_MS } from './check-fetchable.js';
