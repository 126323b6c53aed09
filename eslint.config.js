import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Words people read, written straight into the markup, would not follow the language switch. */
const UNTRANSLATED_TEXT = [
  { selector: 'JSXText[value=/\\p{L}/u]', message: 'Text on screen comes from a message catalog (t(...)), in every language.' },
  {
    selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label|aria-description)$/] > Literal[value=/\\p{L}/u]',
    message: 'Labels come from a message catalog (t(...)), in every language.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'coverage/', 'web/src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...UNTRANSLATED_TEXT],
    },
  },
);
