/**
 * The server's entry point: `npm run serve` (or `npm start`, which builds first) starts the server
 * (startServer.ts, which listens) with the settings of the environment (see config.ts). A
 * start-up failure prints one line and exits 1.
 */
import path from 'node:path';
import { ConfigError, loadConfig, loadEventStreamLimits } from './config';
import { loadAlertsConfig } from './alerts/alertsConfig';
import { loadDeploymentConfig } from './deploymentConfig';
import { createLogWriter } from './http/logWriter';
import { ListenError, startServer } from './startServer';
import { StorageStartError } from './store/startError';

function isOneLineFailure(error: unknown): error is Error {
  return error instanceof StorageStartError || error instanceof ConfigError || error instanceof ListenError;
}

async function main(): Promise<void> {
  // The server renders pages with React: its production build, unless told otherwise.
  process.env.NODE_ENV ??= 'production';
  const config = { ...loadConfig(), ...loadDeploymentConfig(), ...loadAlertsConfig() };
  // The request log is written asynchronously, so a slow reader of standard output never stalls an answer.
  const logRequest = createLogWriter(process.stdout.fd);
  const running = await startServer({
    ...config,
    distDir: path.resolve('dist'),
    eventStreamLimits: loadEventStreamLimits(),
    logRequest,
  });
  console.log(`目标看板 running at ${running.url} (storage: ${running.storage})`);
  console.log(`live updates: ${running.liveUpdates}`);
  const stop = () => {
    running
      .close()
      .then(() => logRequest.flush())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (isOneLineFailure(error)) process.stderr.write(`${error.message}\n`);
  else console.error(error);
  process.exit(1);
});
