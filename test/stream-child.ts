/**
 * @module A real child process for the crash test: adds inputs to a data directory and processes
 * them, printing each stream event as a JSON line so the parent can SIGKILL it mid-way.
 */
import { addInputs, openStream, processPass } from '../src/stream/index.js';

const [dataDir, ...inputs] = process.argv.slice(2);
// `node --test dist/` also runs every file under test/: without arguments there is nothing to do.
if (dataDir === undefined || inputs.length === 0) process.exit(0);
const opened = await openStream(dataDir, { onEvent: (event) => process.stdout.write(`${JSON.stringify(event)}\n`) });
try {
  await addInputs(opened.context, inputs);
  await processPass(opened.context, { assigner: null }, { force: true });
} finally {
  await opened.close();
}
process.stdout.write('{"kind":"done"}\n');
