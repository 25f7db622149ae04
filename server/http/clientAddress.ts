/**
 * Who the client is, for throttling sign-ins: the socket's peer, unless the peer is a trusted
 * reverse proxy (TRUSTED_PROXIES). Then X-Forwarded-For is read from the right, skipping trusted
 * proxies, and the first address not trusted is the client's. Anyone may send X-Forwarded-For,
 * so it is never believed from an untrusted peer. Node only.
 */
import { BlockList, isIP } from 'node:net';

/** The address as Node reports it, with IPv4 in IPv6 (`::ffff:10.0.0.1`) unwrapped. */
function plain(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

export type AddressTrust = (address: string) => boolean;

/** Whether an address is one of the trusted proxies (entries checked by isAddressOrRange). */
export function trustedProxies(entries: readonly string[]): AddressTrust {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return (address) => {
    const candidate = plain(address);
    const family = isIP(candidate);
    return family !== 0 && list.check(candidate, family === 6 ? 'ipv6' : 'ipv4');
  };
}

export function clientAddressOf(
  peer: string,
  forwardedFor: string | undefined,
  isTrusted: AddressTrust,
): string {
  if (!isTrusted(peer) || !forwardedFor) return plain(peer);
  const hops = forwardedFor
    .split(',')
    .map(plain)
    .filter((hop) => hop !== '');
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i] ?? '';
    if (isIP(hop) === 0) return plain(peer); // a forged or garbled list: believe the socket
    if (!isTrusted(hop)) return hop;
  }
  return hops[0] ?? plain(peer);
}
