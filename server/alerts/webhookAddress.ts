/**
 * Which addresses a webhook may send to. Only http(s). Unless local addresses are allowed
 * (WEBHOOKS_ALLOW_LOCAL=1, for tests and for a receiver on the same machine or network), an address
 * of this machine or of a private network is refused: loopback (localhost, 127.0.0.0/8, ::1),
 * unspecified (0.0.0.0, ::), private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16, fe80::/10) and carrier-grade NAT (100.64/10). The API checks the address as
 * written; the delivery worker checks again what a name resolves to before each send, so a name
 * that points inside is refused too. Browser-safe.
 */

function ipv4Parts(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  const numbers = parts.map(Number);
  return numbers.every((n) => n <= 255) ? numbers : null;
}

function isLocalIpv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 127 ||
    a === 0 ||
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

/** True for a host name or address (as in a URL, IPv6 with or without brackets) that is local or private. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = ipv4Parts(host);
  if (v4) return isLocalIpv4(v4);
  if (!host.includes(':')) return false;
  if (host === '::1' || host === '::') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
  if (mapped?.[1]) {
    const parts = ipv4Parts(mapped[1]);
    return parts ? isLocalIpv4(parts) : true;
  }
  // The same written in hex, as URL parsing puts it: ::ffff:7f00:1 is 127.0.0.1.
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mappedHex?.[1] && mappedHex[2]) {
    const high = parseInt(mappedHex[1], 16);
    const low = parseInt(mappedHex[2], 16);
    return isLocalIpv4([high >> 8, high & 255, low >> 8, low & 255]);
  }
  return /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
}

export type AddressRefusal = 'scheme' | 'local';

/** Why a webhook may not send to `url`, or null when it may. */
export function webhookAddressRefusal(url: string, allowLocal: boolean): AddressRefusal | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'scheme';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'scheme';
  if (!allowLocal && isLocalHost(parsed.hostname)) return 'local';
  return null;
}
