/**
 * @module A real child process for the crash test: adds inputs to a data directory and processes
 * them, printing each stream event as a JSON line so the parent can SIGKILL it mid-way.
 */
import { addInputs, assignPending, rebuildBriefs } from '../src/stream/index.js';
import { openStream, processPass } from '../src/run/index.js';

const [dataDir, ...inputs] = process.argv.slice(2);
// `node --test dist/` also runs every file under test/: without arguments there is nothing to do.
if (dataDir === undefined || inputs.length === 0) process.exit(0);
// NEWSBRIEF_TEST_KILL_AT_ASSIGNED=N: the child SIGKILLs itself on its Nth 'assigned' event, at an exact point between batches.
const killAt = Number(process.env.NEWSBRIEF_TEST_KILL_AT_ASSIGNED ?? 0);
let assigned = 0;
const opened = await openStream(dataDir, {
  onEvent: (event) => {
    process.stdout.write(`${JSON.stringify(event)}\n`);
    if (event.kind === 'assigned' && ++assigned === killAt) process.kill(process.pid, 'SIGKILL');
  },
});
try {
  await addInputs(opened.context, inputs);
  // The crash test can ask for small batches and frequent snapshots, so a kill lands between snapshots.
  const batch = Number(process.env.NEWSBRIEF_TEST_ASSIGN_BATCH ?? 0);
  if (batch > 0) {
    await assignPending(opened.context, { assigner: null }, undefined, batch, Number(process.env.NEWSBRIEF_TEST_SNAPSHOT_EVERY ?? batch));
    await rebuildBriefs(opened.context, { force: true });
  } else {
    await processPass(opened.context, { assigner: null }, { force: true });
  }
} finally {
  await opened.close();
}
process.stdout.write('{"kind":"done"}\n');
