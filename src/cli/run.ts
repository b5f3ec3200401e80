/** Process entry: wires the real process to `main` and sets the exit code. */
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';
import { processIO } from './io.js';

// A plan holds every campaign document while it reads the vendors, and allocates briskly as it
// parses their answers: by default V8 lets the heap grow to several times what is live before a
// full collection (10,000 campaigns: 240 MB peak, 100,000: 1.5 GB). Growing it by 30 % at a time
// keeps the peak near what is live (200 MB and 800 MB) for about the same time (docs/benchmarks.md).
setFlagsFromString('--heap-growing-percent=30');

process.exitCode = await main(process.argv.slice(2), processIO());
