// Preloaded with `node --import`: records every module URL the process loads into $NEWSBRIEF_LOAD_LOG, one per
// line, so a test can check that a command loads only what it uses.
import { register } from 'node:module';

register(new URL('./record-loads-hooks.mjs', import.meta.url), { data: { log: process.env.NEWSBRIEF_LOAD_LOG } });
