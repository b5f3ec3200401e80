/** Process entry: wires the real process to `main` and sets the exit code. */
import { main } from './main.js';
import { processIO } from './io.js';

process.exitCode = await main(process.argv.slice(2), processIO());
