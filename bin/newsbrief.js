#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library (run `npm run build` first).
import { run } from '../dist/src/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
