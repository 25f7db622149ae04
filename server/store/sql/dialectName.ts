/** The two SQL databases the store runs on. */
export type SqlDialectName = 'sqlite' | 'postgres';
