/** @module The HTTP interface: the app (routes, OpenAPI, page) and the server around it: re-exports. */
export { createApp, DEFAULT_BODY_LIMIT_BYTES, type AppOptions } from './create-app.js';
export type { AppDeps } from './app-deps.js';
export { createEventHub, toStoryEvent, type EventHub, type StoryEvent } from './event-hub.js';
export { startServer, DEFAULT_SERVE_QUIET_MS, KEEP_ALIVE_TIMEOUT_MS, type RunningServer, type ServerOptions } from './start-server.js';
