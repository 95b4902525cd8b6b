import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', 'bench/.work/**', '**/*.d.ts']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly'},
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  {
    // Processes start in one place only: the exec port.
    files: ['packages/*/src/**/*.ts', 'actions/*/src/**/*.ts'],
    ignores: ['packages/core/src/exec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'node:child_process',
              message: 'Run processes through the Exec port (packages/core/src/exec.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // One concept a file: a source file that outgrows this is split (issue 12).
    files: ['packages/*/src/**/*.ts', 'actions/*/src/**/*.ts'],
    rules: {'max-lines': ['error', {max: 300}]},
  },
);
