/**
 * The server's settings, from the environment:
 * PORT (3000), HOST (127.0.0.1; set 0.0.0.0 to listen on every interface), DATA_DIR (./data, where
 * the SQLite file lives), DATABASE_URL (PostgreSQL instead of SQLite when set) and SEED_DEMO
 * (on unless "0": whether a fresh database gets the demo figures, 示例数据), DATABASE_SCHEMA (the
 * PostgreSQL schema to work in, `public` unless set; several deployments can share one database),
 * ANONYMOUS_VIEW (on unless
 * "0": whether visitors who are not signed in may read) and ADMIN_PASSWORD (the first admin's
 * password when the database has no account yet; a random one is printed otherwise).
 */
import path from 'node:path';
import { defaultEventStreamLimits, type EventStreamLimits } from './http/eventStreamLimit';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** The PostgreSQL schema; absent means `public`. */
  pgSchema?: string;
  seedDemo: boolean;
  anonymousMayView: boolean;
  adminPassword: string | null;
}

/** A setting that cannot be used; its message is one line for the console. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function portOf(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 3000;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(
      `PORT 应为 0 到 65535 之间的整数,而不是 "${text}" / PORT must be a whole number from 0 to 65535, not "${text}"`,
    );
  return port;
}

/** A PostgreSQL URL, checked before any connection is tried; a malformed one is never echoed (it may hold a password). */
function databaseUrlOf(text: string | undefined): string | null {
  const url = nonEmpty(text);
  if (url === null) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (!parsed || !['postgres:', 'postgresql:'].includes(parsed.protocol) || parsed.hostname === '')
    throw new ConfigError(
      'DATABASE_URL 格式不正确:应形如 postgres://用户名:密码@主机:5432/库名 / DATABASE_URL is malformed: it should look like postgres://user:password@host:5432/database',
    );
  return url;
}

const schemaNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function schemaOf(text: string | undefined): string | undefined {
  const schema = nonEmpty(text);
  if (schema === null) return undefined;
  if (!schemaNamePattern.test(schema))
    throw new ConfigError(
      `DATABASE_SCHEMA 只能由字母、数字和下划线组成,以字母或下划线开头,最多63个字符,而不是 "${schema}" / DATABASE_SCHEMA may hold only letters, digits and underscores, start with a letter or underscore and be at most 63 characters, not "${schema}"`,
    );
  return schema;
}

function nonEmpty(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text.trim();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const pgSchema = schemaOf(env.DATABASE_SCHEMA);
  return {
    port: portOf(env.PORT),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    dataDir: path.resolve(nonEmpty(env.DATA_DIR) ?? 'data'),
    databaseUrl: databaseUrlOf(env.DATABASE_URL),
    ...(pgSchema === undefined ? {} : { pgSchema }),
    seedDemo: nonEmpty(env.SEED_DEMO) !== '0',
    anonymousMayView: nonEmpty(env.ANONYMOUS_VIEW) !== '0',
    // Taken as given: spaces may belong to the password.
    adminPassword: env.ADMIN_PASSWORD ? env.ADMIN_PASSWORD : null,
  };
}

function positiveWholeNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigError(
      `${name} 应为正整数,而不是 "${text}" / ${name} must be a positive whole number, not "${text}"`,
    );
  return value;
}

/** EVENT_STREAMS_PER_CLIENT and EVENT_STREAMS_MAX: how many live-update streams may be open. */
export function loadEventStreamLimits(env: NodeJS.ProcessEnv = process.env): EventStreamLimits {
  return {
    perClient: positiveWholeNumber(
      'EVENT_STREAMS_PER_CLIENT',
      env.EVENT_STREAMS_PER_CLIENT,
      defaultEventStreamLimits.perClient,
    ),
    total: positiveWholeNumber('EVENT_STREAMS_MAX', env.EVENT_STREAMS_MAX, defaultEventStreamLimits.total),
  };
}
