/**
 * The settings for running several servers on one database, from the environment:
 * LIVE_UPDATES (`notify`, the default: PostgreSQL's LISTEN/NOTIFY tells every server of every
 * write, with a slow poll of the change log as a safety net; `poll`: read the change log every
 * half second instead, for databases or proxies without NOTIFY) and TRUSTED_PROXIES (the reverse
 * proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated; none by
 * default, so the client is the peer of the socket).
 */
import { isIP } from 'node:net';
import { ConfigError } from './config';

export type LiveUpdatesMode = 'notify' | 'poll';

export interface DeploymentConfig {
  liveUpdates: LiveUpdatesMode;
  /** Addresses (`10.0.0.5`, `::1`) and ranges (`10.0.0.0/8`). */
  trustedProxies: string[];
}

function liveUpdatesOf(text: string | undefined): LiveUpdatesMode {
  const value = (text ?? '').trim();
  if (value === '' || value === 'notify') return 'notify';
  if (value === 'poll') return 'poll';
  throw new ConfigError(
    `LIVE_UPDATES 应为 notify 或 poll,而不是 "${value}" / LIVE_UPDATES must be notify or poll, not "${value}"`,
  );
}

/** True for an address or a CIDR range of one. */
export function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d{1,3}$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

function trustedProxiesOf(text: string | undefined): string[] {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const bad = entries.find((entry) => !isAddressOrRange(entry));
  if (bad !== undefined)
    throw new ConfigError(
      `TRUSTED_PROXIES 中的 "${bad}" 不是 IP 地址或网段 / "${bad}" in TRUSTED_PROXIES is not an IP address or range`,
    );
  return entries;
}

export function loadDeploymentConfig(env: NodeJS.ProcessEnv = process.env): DeploymentConfig {
  return {
    liveUpdates: liveUpdatesOf(env.LIVE_UPDATES),
    trustedProxies: trustedProxiesOf(env.TRUSTED_PROXIES),
  };
}
