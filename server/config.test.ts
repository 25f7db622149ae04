import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadEventStreamLimits } from './config';

describe('loadConfig', () => {
  it('listens on localhost:3000 with SQLite in ./data and demo figures by default', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.resolve('data'),
      databaseUrl: null,
      seedDemo: true,
      anonymousMayView: true,
      adminPassword: null,
    });
  });

  it('takes every setting from the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/srv/board',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      SEED_DEMO: '0',
      ANONYMOUS_VIEW: '0',
      ADMIN_PASSWORD: ' correct horse ',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/board',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      seedDemo: false,
      anonymousMayView: false,
      adminPassword: ' correct horse ',
    });
  });

  it('keeps demo figures unless SEED_DEMO is exactly 0', () => {
    expect(loadConfig({ SEED_DEMO: '1' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: '' }).seedDemo).toBe(true);
  });

  it('refuses a port that is not a port', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL, saying it is malformed', () => {
    for (const url of ['not a url', 'mysql://root@db/x', 'postgres//missing-colon'])
      expect(() => loadConfig({ DATABASE_URL: url })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL.*格式不正确.*malformed/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).not.toThrow(/refused/);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db.example:5433/board' }).databaseUrl).toBe(
      'postgresql://u:p@db.example:5433/board',
    );
  });

  it('works in the PostgreSQL schema DATABASE_SCHEMA names, and refuses a name that is not one', () => {
    expect(loadConfig({}).pgSchema).toBeUndefined();
    expect(loadConfig({ DATABASE_SCHEMA: 'district_a' }).pgSchema).toBe('district_a');
    for (const schema of ['1st', 'a-b', 'x"; drop table users; --', 'a'.repeat(64)])
      expect(() => loadConfig({ DATABASE_SCHEMA: schema })).toThrow(/DATABASE_SCHEMA.*字母.*letters/);
  });

  it('never repeats the password of a malformed DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:s3cret@:bad:port/x' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:s3cret@:bad:port/x' })).not.toThrow(/s3cret/);
  });

  it('takes the limits on open live-update streams from the environment, and refuses nonsense', () => {
    expect(loadEventStreamLimits({ EVENT_STREAMS_PER_CLIENT: '5', EVENT_STREAMS_MAX: '50' })).toEqual({
      perClient: 5,
      total: 50,
    });
    expect(() => loadEventStreamLimits({ EVENT_STREAMS_MAX: 'lots' })).toThrow(/EVENT_STREAMS_MAX/);
    expect(() => loadEventStreamLimits({ EVENT_STREAMS_PER_CLIENT: '0' })).toThrow(ConfigError);
  });
});
