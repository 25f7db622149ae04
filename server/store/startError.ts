/**
 * Why the storage could not start, as one line in Chinese and English that says what to do.
 * The server prints it and exits; it never contains a password.
 */
export class StorageStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(oneLine(message), options);
    this.name = 'StorageStartError';
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The detail of an underlying error, fit for the middle of a sentence. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return oneLine(text).replace(/[.。]$/, '') || 'unknown error';
}

export const startMessages = {
  dataDirectory: (dir: string, reason: string) =>
    `无法使用数据目录 ${dir}(${reason}):请确认该路径可以创建且可写,或换用其他数据目录。` +
    ` / Cannot use the data directory ${dir} (${reason}): make sure the path can be created and written, or choose another data directory.`,
  damagedFile: (file: string) =>
    `数据库文件已损坏或不是 SQLite 文件:${file}。请从备份恢复,或把它移走后重新启动以新建数据库。` +
    ` / The database file is damaged or is not a SQLite file: ${file}. Restore it from a backup, or move it away and restart to create a new one.`,
  readOnlyFile: (file: string) =>
    `数据库文件不可写:${file}。请检查文件及其目录的权限。` +
    ` / The database file cannot be written: ${file}. Check the permissions of the file and its directory.`,
  sqliteOther: (file: string, reason: string) =>
    `无法打开 SQLite 数据库 ${file}:${reason}。` + ` / Cannot open the SQLite database ${file}: ${reason}.`,
  invalidSchema: (schema: string) =>
    `PostgreSQL 模式名不合法:${schema}。只能用字母、数字和下划线,且不以数字开头。` +
    ` / Invalid PostgreSQL schema name: ${schema}. Use letters, digits and underscores, not starting with a digit.`,
  unreachable: (where: string) =>
    `无法连接 PostgreSQL(${where}):连接被拒绝或超时。请确认数据库服务已启动,且 DATABASE_URL 中的主机和端口正确。` +
    ` / Cannot reach PostgreSQL at ${where} (connection refused or timed out): check that the server is running and that DATABASE_URL names the right host and port.`,
  loginRefused: (where: string, user: string) =>
    `PostgreSQL 拒绝登录(${where},用户 ${user}):请检查 DATABASE_URL 中的用户名和密码。` +
    ` / PostgreSQL refused the login at ${where} (user ${user}): check the user name and password in DATABASE_URL.`,
  missingDatabase: (where: string) =>
    `PostgreSQL 上没有这个数据库(${where}):请先创建它,或改正 DATABASE_URL 中的库名。` +
    ` / The database does not exist on PostgreSQL (${where}): create it first, or correct the database name in DATABASE_URL.`,
  noPrivilege: (where: string, schema: string) =>
    `PostgreSQL 用户没有建表权限(${where}):请授予它在该数据库或模式 ${schema} 上的 CREATE 权限。` +
    ` / The PostgreSQL user may not create tables at ${where}: grant it CREATE on the database or on schema ${schema}.`,
  postgresOther: (where: string, reason: string) =>
    `无法打开 PostgreSQL 数据库(${where}):${reason}。` +
    ` / Cannot open the PostgreSQL database at ${where}: ${reason}.`,
};
