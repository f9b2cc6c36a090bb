import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noHtmlInjection = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text with text nodes, never HTML strings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text with text nodes, never HTML strings.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text with text nodes, never HTML strings.' },
  { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No dynamic code.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/dist/**', 'bench/results/**', 'bench/.floor-extension/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' } },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlInjection],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-undef': 'off',
      'no-restricted-globals': ['error', { name: 'chrome', message: "Use `browser` from 'wxt/browser' (promise-based on every browser)." }],
    },
  },
  {
    // Tests and benchmarks drive real pages: fixtures stand in for host sites, and page code uses chrome.* directly.
    files: ['tests/**', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-empty-pattern': 'off', 'no-restricted-globals': 'off' },
  },
);
