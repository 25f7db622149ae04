import { describe, expect, it } from 'vitest';
import { clientAddressOf, trustedProxies } from './clientAddress';

const proxies = trustedProxies(['10.0.0.5', '10.1.0.0/16', '::1']);

describe('the client address behind reverse proxies', () => {
  it('is the socket peer when the peer is not a trusted proxy, whatever X-Forwarded-For claims', () => {
    expect(clientAddressOf('203.0.113.7', '198.51.100.1', proxies)).toBe('203.0.113.7');
    expect(clientAddressOf('::ffff:203.0.113.7', '10.0.0.5', proxies)).toBe('203.0.113.7');
  });

  it('is the last address before the trusted proxies when the peer is one', () => {
    expect(clientAddressOf('10.0.0.5', '198.51.100.1', proxies)).toBe('198.51.100.1');
    expect(clientAddressOf('::ffff:10.0.0.5', '198.51.100.1', proxies)).toBe('198.51.100.1');
    expect(clientAddressOf('10.0.0.5', '1.2.3.4, 198.51.100.1, 10.1.2.3', proxies)).toBe('198.51.100.1');
    expect(clientAddressOf('::1', '2001:db8::9', proxies)).toBe('2001:db8::9');
  });

  it('cannot be forged by a client that puts made-up addresses first', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the real address.
    expect(clientAddressOf('10.0.0.5', '1.1.1.1, 198.51.100.1', proxies)).toBe('198.51.100.1');
  });

  it('is the peer when a trusted proxy sent no X-Forwarded-For, or a garbled one', () => {
    expect(clientAddressOf('10.0.0.5', undefined, proxies)).toBe('10.0.0.5');
    expect(clientAddressOf('10.0.0.5', 'not-an-address', proxies)).toBe('10.0.0.5');
  });

  it('trusts nobody when no proxy is configured', () => {
    expect(clientAddressOf('127.0.0.1', '198.51.100.1', trustedProxies([]))).toBe('127.0.0.1');
  });
});
