// A bounded load: `concurrency` loops of fetch against one target for `seconds` (a request
// in flight at the end is waited for).
// Runs in a worker thread so the load's own work stays off the servers' event loop.
import { parentPort, workerData } from 'node:worker_threads';

const { target, seconds, concurrency } = workerData;
const latencies = [];
let errors = 0;
const start = performance.now();
const end = start + seconds * 1000;

async function loop() {
  while (performance.now() < end) {
    const t = performance.now();
    try {
      const res = await fetch(target.url, target);
      if (target.stream) {
        // A download (the CSV export): read to the end, keep nothing.
        for await (const chunk of res.body) void chunk;
        if (res.status !== 200) errors++;
      } else {
        const text = await res.text();
        if (res.status !== 200 || text.startsWith('{"errors"')) errors++;
      }
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t);
  }
}

await Promise.all(Array.from({ length: concurrency }, loop));
parentPort.postMessage({
  count: latencies.length,
  seconds: (performance.now() - start) / 1000,
  latencies,
  errors,
});
