/**
 * The rule against guessable passwords, beyond their length: a password is refused when it has
 * fewer than five different characters (ten spaces, xxxxxxxxxx, abababab), when it is a run of a
 * sequence or a keyboard row (1234567890, qwertyuiop, 1qaz2wsx3edc), or when, with digits and
 * signs taken off either end, it is one of the commonest passwords (password12, P@ssw0rd2024,
 * woaini1314, admin123456). The common words are those that lead the published lists of leaked
 * passwords, Chinese ones included (woaini "I love you", 5201314). Browser-safe.
 */

const minDistinctCharacters = 5;

/** Sequences a guesser walks along, forwards or backwards. */
const sequences = [
  '01234567890123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  '1q2w3e4r5t6y7u8i9o0p',
  'zaq1xsw2cde3vfr4bgt5nhy6mju7',
  '!@#$%^&*()',
];

/** The commonest passwords' words, compared with digits and signs taken off both ends. */
const commonWords = new Set([
  '',
  'password',
  'passw0rd',
  'p@ssword',
  'p@ssw0rd',
  'pass',
  'admin',
  'administrator',
  'root',
  'qwerty',
  'qwertyuiop',
  'asdfgh',
  'asdfghjkl',
  'zxcvbnm',
  'iloveyou',
  'woaini',
  'wodemima',
  'mima',
  'welcome',
  'letmein',
  'abc',
  'abcd',
  'abcdef',
  'aa',
  'a',
  'qq',
  'test',
  'guest',
  'user',
  'login',
  'changeme',
  'default',
  'secret',
  'monkey',
  'dragon',
  'master',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'shadow',
  'superman',
  'trustno',
  'china',
  'beijing',
  'zhongguo',
]);

function isSequenceRun(text: string): boolean {
  return sequences.some((sequence) => {
    const reversed = [...sequence].reverse().join('');
    return sequence.includes(text) || reversed.includes(text);
  });
}

export function isGuessablePassword(password: string): boolean {
  const text = password.normalize('NFKC').toLowerCase();
  if (new Set(text).size < minDistinctCharacters) return true;
  if (isSequenceRun(text)) return true;
  const core = text.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  return commonWords.has(core) || isSequenceRun(core);
}

/** The rule in words, for every place that refuses a password: the API, the command line, the forms. */
export const passwordRuleText = {
  zh: '密码须为 10 到 128 个字符,不能是常见密码(如 password12),也不能只由重复或连续的字符组成(如 1234567890、十个空格)',
  en: 'A password must have 10 to 128 characters, must not be a common password (such as password12) and must not be only repeated or consecutive characters (such as 1234567890 or ten spaces)',
} as const;
