/**
 * Entry point of the command-line checker: `npm run allegro -- <command> ...` (runs with tsx).
 * See run.ts for the commands, options and exit codes, or pass --help.
 */
import { runCli } from './run';

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
