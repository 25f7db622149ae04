/**
 * The settings of alerts and webhooks, from the environment:
 * - WEBHOOKS_ALLOW_LOCAL (`1`/`true`; off by default): let webhooks send to this machine and to
 *   private networks (server/alerts/webhookAddress.ts). The test suites turn it on to deliver to a
 *   receiver on 127.0.0.1.
 * - WEBHOOK_DELIVERY (`on`, the default, or `off`): whether this server runs the delivery worker.
 *   Several servers may all run it: a delivery is claimed by one at a time.
 */
import { ConfigError } from '../config';

export interface AlertsConfig {
  webhooksAllowLocal: boolean;
  webhookDelivery: boolean;
}

function flagOf(name: string, text: string | undefined, fallback: boolean): boolean {
  const value = (text ?? '').trim().toLowerCase();
  if (value === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(value)) return true;
  if (['0', 'false', 'off', 'no'].includes(value)) return false;
  throw new ConfigError(
    `${name} 应为 on 或 off,而不是 "${value}" / ${name} must be on or off, not "${value}"`,
  );
}

export function loadAlertsConfig(env: NodeJS.ProcessEnv = process.env): AlertsConfig {
  return {
    webhooksAllowLocal: flagOf('WEBHOOKS_ALLOW_LOCAL', env.WEBHOOKS_ALLOW_LOCAL, false),
    webhookDelivery: flagOf('WEBHOOK_DELIVERY', env.WEBHOOK_DELIVERY, true),
  };
}
