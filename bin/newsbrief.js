#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library (run `npm run build` first).
import { run } from '../dist/src/cli/main.js';

// A reader that stops early (`newsbrief brief ... | head`) closes the pipe: stop quietly, as Unix tools do on
// SIGPIPE, instead of a stack trace for an EPIPE nobody can act on.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
