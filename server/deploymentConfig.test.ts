import { describe, expect, it } from 'vitest';
import { ConfigError } from './config';
import { loadDeploymentConfig } from './deploymentConfig';

describe('loadDeploymentConfig', () => {
  it('listens for NOTIFY and trusts no proxy by default', () => {
    expect(loadDeploymentConfig({})).toEqual({ liveUpdates: 'notify', trustedProxies: [] });
  });

  it('takes LIVE_UPDATES=poll and a list of proxy addresses and ranges', () => {
    expect(
      loadDeploymentConfig({ LIVE_UPDATES: 'poll', TRUSTED_PROXIES: ' 10.0.0.5, 10.1.0.0/16 ,::1' }),
    ).toEqual({ liveUpdates: 'poll', trustedProxies: ['10.0.0.5', '10.1.0.0/16', '::1'] });
  });

  it('refuses an unknown LIVE_UPDATES and a proxy that is not an address, naming the setting', () => {
    expect(() => loadDeploymentConfig({ LIVE_UPDATES: 'websocket' })).toThrow(ConfigError);
    expect(() => loadDeploymentConfig({ LIVE_UPDATES: 'websocket' })).toThrow(/LIVE_UPDATES/);
    for (const bad of ['proxy.local', '10.0.0.0/33', '10.0.0.1/8/2', '10.0.0.300'])
      expect(() => loadDeploymentConfig({ TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/);
  });
});
