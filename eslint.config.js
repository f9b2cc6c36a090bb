import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noHtmlInjection = [
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Render text with text nodes, never HTML strings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text with text nodes, never HTML strings.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text with text nodes, never HTML strings.' },
  { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No dynamic code.' },
];

/** Writes to storage that only the background worker may make: pages and content scripts ask it by message. */
const WORKER_ONLY = 'Only the background worker writes to storage: send a message from utils/messaging instead.';
const STORAGE_WRITES = [
  'updateSettings',
  'repairStoredSettings',
  'putRecords',
  'deleteRecords',
  'purgeMonthsBefore',
  'quarantineInvalid',
  'clearJournal',
  'putDraft',
  'deleteDrafts',
  'purgeExpiredDrafts',
  'quarantine',
  'clearQuarantine',
];
const oneWriter = [
  {
    group: ['**/storage', '**/storage/index', '**/storage/settings', '**/storage/journal', '**/storage/drafts', '**/storage/quarantine'],
    importNames: STORAGE_WRITES,
    message: WORKER_ONLY,
  },
  { group: ['**/storage/writer'], message: WORKER_ONLY },
  { group: ['**/storage/follow-ups', '**/storage/open-pauses'], importNames: ['markPausesAsked', 'addOpenPause', 'removeOpenPauses'], message: WORKER_ONLY },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-*/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/dist/**',
      'bench/results/**',
      'bench/.floor-extension/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
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
    // Everything that runs outside the background worker: Steady's pages, the overlay and content scripts.
    files: ['components/**', 'entrypoints/**', 'utils/models/**', 'utils/page.tsx', 'utils/pause/**', 'utils/sites/**'],
    ignores: ['entrypoints/background.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: oneWriter }] },
  },
  {
    // Tests and benchmarks drive real pages: fixtures stand in for host sites, and page code uses chrome.* directly.
    files: ['tests/**', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-empty-pattern': 'off', 'no-restricted-globals': 'off' },
  },
);
