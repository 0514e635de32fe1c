// ESLint for narrative-diff (`npm run lint`). Kept in .ci/ so that the top level stays as the user asked;
// `basePath` points it at the project root.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { basePath: '..' },
  { ignores: ['dist/**', 'node_modules/**', 'examples/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      // The layout's limits: a file past 500 lines or a function past 120 is two ideas sharing a room.
      'max-lines': ['error', { max: 500, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: false, skipComments: false, IIFEs: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Character classes over ASCII ranges (/[^\x00-\x7F]/) are how the code tells ASCII from the rest.
      'no-control-regex': 'off',
    },
  },
  {
    rules: {
      // A leading underscore marks a name kept on purpose (a test's label column, a skipped tuple part).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  prettier,
);
