/** The tables of accounts and sessions, as Kysely sees them. */

export interface UsersTable {
  id: string;
  /** Unique, lower case. */
  username: string;
  display_name: string;
  role: string;
  /** The departments as a JSON array of strings. */
  departments: string;
  password_hash: string;
  /** 1 when disabled, 0 otherwise (an integer in both dialects). */
  disabled: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Failed sign-ins within the throttling window: a digest of address and username, and when. */
export interface SignInFailuresTable {
  key: string;
  at: string;
}

export interface SessionsTable {
  /** The hex SHA-256 of the session token; the token itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
  created_at: string;
}
