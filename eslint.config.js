// Lint: typescript-eslint's strict type-aware rules, and the architecture's import boundaries
// (knowledge is data, engine is pure: neither may reach IO, Node built-ins or the adapters).
import tseslint from 'typescript-eslint';

const pureLayerImports = {
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'http', 'child_process', 'crypto', 'os'],
      message: 'knowledge/ and engine/ are pure: no Node built-ins or IO.',
    },
    {
      group: ['**/server/**', '**/store/**', '**/cli/**', '**/fhir/**', '**/cds/**', '**/web/**'],
      message: 'knowledge/ and engine/ must not import adapters; adapters import them.',
    },
    {
      group: [
        'hono',
        'hono/*',
        '@hono/*',
        'kysely',
        'better-sqlite3',
        'pg',
        'pino',
        'commander',
        '@clack/*',
        'preact',
        'preact/*',
      ],
      message: 'knowledge/ and engine/ are pure: IO and UI libraries belong in adapters.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'web/dist/**',
      'node_modules/**',
      'coverage/**',
      'artifacts/**',
      'bench/**',
      'bin/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['src/knowledge/**/*.ts', 'src/engine/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', pureLayerImports] },
  },
);
