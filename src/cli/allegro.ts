/**
 * Entry point of the command-line checker: `npm run allegro -- <command> ...` (runs with tsx).
 * See run.ts for the commands, options and exit codes, or pass --help.
 */
import { runCli } from './run';

// A reader that stops early (`… | head`) closes the pipe. That is not worth a stack trace: the
// rest of the output is dropped and the check still ends with its exit code. Any other write
// error is reported in one line.
let outputClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    outputClosed = true;
    return;
  }
  process.stderr.write(`allegro: cannot write the output: ${error.message}\n`);
  process.exit(2);
});

void runCli(process.argv.slice(2), {
  out: (text) => {
    if (!outputClosed) process.stdout.write(text);
  },
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
