/** The `npm run user:add` command (see userAddCommand.ts). A failure prints what went wrong and exits 1. */
import { ConfigError } from '../config';
import { StorageStartError } from '../store/startError';
import { runUserAdd, UsageError } from './userAddCommand';

runUserAdd(process.argv.slice(2)).then(
  (lines) => {
    for (const line of lines) console.log(line);
  },
  (error: unknown) => {
    const expected =
      error instanceof UsageError || error instanceof ConfigError || error instanceof StorageStartError;
    if (expected) process.stderr.write(`${error.message}\n`);
    else console.error(error);
    process.exitCode = 1;
  },
);
