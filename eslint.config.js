import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Every feature folder: each stands apart, so none may import another (pages that combine them live in src/app). */
const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const boundaryMessage =
  'A feature may not import another feature. Move shared code to src/lib or src/components, or combine the features in a page in src/app.';

/**
 * What a file of feature `name` may not import: any other feature, and (outside tests, which may
 * render the whole app) the app that puts features together.
 */
function featureBoundary(name) {
  const otherFeatures = {
    group: features
      .filter((other) => other !== name)
      .flatMap((other) => [`../${other}`, `../${other}/**`, `../../${other}/**`, `**/features/${other}/**`]),
    message: boundaryMessage,
  };
  const theApp = {
    group: ['**/app/**', '!**/app/testing/**'],
    message: 'A feature may not import the app that combines the features; shared code belongs in src/lib.',
  };
  const files = [`src/features/${name}/**/*.{ts,tsx}`];
  const tests = ['**/*.test.{ts,tsx}'];
  return [
    {
      files,
      ignores: tests,
      rules: { 'no-restricted-imports': ['error', { patterns: [otherFeatures, theApp] }] },
    },
    {
      files: tests.map((test) => `src/features/${name}/${test}`),
      rules: { 'no-restricted-imports': ['error', { patterns: [otherFeatures] }] },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-server/',
      '.scratch/',
      'node_modules/',
      'public/mockServiceWorker.js',
      'data/',
      'bench/out/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Query keys come from src/lib/queryKeys.ts only, so a query and what refreshes it cannot drift apart.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/queryKeys.ts', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='queryKey'] > ArrayExpression",
          message: 'Take the query key from src/lib/queryKeys.ts.',
        },
      ],
    },
  },
  ...features.flatMap(featureBoundary),
);
