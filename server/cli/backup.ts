/** `npm run backup`: see backupCommand.ts. Prints one line; a failure prints why and exits 1. */
import { BackupError, runBackup } from './backupCommand';
import { ConfigError } from '../config';

runBackup(process.argv.slice(2)).then(
  (lines) => {
    for (const line of lines) console.log(line);
  },
  (error: unknown) => {
    if (error instanceof BackupError || error instanceof ConfigError)
      process.stderr.write(`${error.message}\n`);
    else console.error(error);
    process.exit(1);
  },
);
