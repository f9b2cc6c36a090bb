import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { inlinePageStyles } from './build/inline-page-styles';
import { createRequire } from 'node:module';
import { SUPPORTED_SITE_MATCHES } from './utils/sites/matches';

/** Pages served by the tests stand in for sites the person added (see PRODUCT.md). */
const E2E_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];
const ADDABLE_SITES = ['https://*/*', 'http://*/*'];
/** WXT's own `browser`, which the polyfill module replaces everywhere. */
const WXT_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [128, 96, 48, 32, 16] },
  imports: false,
  // Lets parallel test runs build into folders of their own.
  outDir: process.env.STEADY_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact(), inlinePageStyles()] }),
  manifest: ({ browser, mode }) => ({
    name: 'Steady',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // A test build (`--mode e2e-quota`) leaves out unlimitedStorage, so tests can fill the browser's quota.
    permissions: ['storage', ...(mode === 'e2e-quota' ? [] : ['unlimitedStorage']), 'alarms', 'scripting', 'contextMenus'],
    // Sites the person adds are granted one origin at a time, at their request
    // (Firefox's MV2 manifest lists optional hosts among optional permissions).
    optional_permissions: browser === 'firefox' ? ['notifications', ...ADDABLE_SITES] : ['notifications'],
    optional_host_permissions: ADDABLE_SITES,
    // The supported sites, where the content script already runs, so the worker can add the
    // pause overlay to a frame once a composer there is used (no wider than the content script).
    host_permissions: [...SUPPORTED_SITE_MATCHES, ...(mode === 'e2e' ? E2E_ORIGINS : [])],
    ...(browser === 'chrome' ? { externally_connectable: { ids: [], matches: [] } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'steady@steady.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    action: { default_title: 'Steady' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' } },
      // Alt+Shift+B is Chrome's own "focus the bookmarks bar", so the breathing shortcut is G for grounding.
      'start-breathing': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_popup_commandBreathe__' },
    },
  }),
  hooks: {
    // Content scripts (and the overlay script injected beside them) use the browser's own
    // promise-based API, which Chrome (MV3) and Firefox both have: the polyfill stays with the
    // worker and Steady's pages, off the pages Steady runs on.
    'vite:build:extendConfig': (entrypoints, config) => {
      // Steady's pages share chunks: the schema library gets one of its own, so a page (the popup)
      // that draws before it reads anything does not load it with the constants it shares.
      if (entrypoints.some((entrypoint) => entrypoint.inputPath.endsWith('.html'))) {
        const options = config.build?.rolldownOptions ?? config.build?.rollupOptions ?? {};
        const output = Array.isArray(options.output) ? options.output[0] : options.output;
        const rolldownOptions = {
          ...options,
          output: {
            ...output,
            codeSplitting: {
              groups: [
                { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
                // The libraries every page runs at start come in one file: fewer round trips before a page draws.
                { name: 'framework', test: /node_modules[\\/](preact|@preact[\\/]signals|@preact[\\/]signals-core|webextension-polyfill)[\\/]/ },
                // Each stylesheet is a chunk of its own, imported only by the pages that use it: a view
                // loaded later, sharing a script chunk with a page, never brings a stylesheet along.
                { name: (id: string) => id.match(/([^\\/]+)\.css$/)?.[1] ?? null, test: /\.css$/ },
              ],
            },
          },
        };
        // A view's code is fetched when it is imported, not announced ahead with <link> elements:
        // adding those to the page held up the popup's first frame by about 20 ms.
        const modulePreload = { resolveDependencies: (_file: string, deps: string[], { hostType }: { hostType: string }) => (hostType === 'html' ? deps : []) };
        config.build = { ...config.build, modulePreload, rolldownOptions, rollupOptions: rolldownOptions };
      }
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script' || entrypoint.name === 'pause-kit')) return;
      const alias = config.resolve?.alias;
      const native = { find: 'wxt/browser', replacement: WXT_BROWSER };
      config.resolve = { ...config.resolve, alias: Array.isArray(alias) ? [native, ...alias] : { ...alias, [native.find]: native.replacement } };
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      const composer = manifest.content_scripts?.find((script) => script.js?.some((file) => file.includes('composer')));
      if (composer) manifest.content_scripts!.push({ ...composer, matches: E2E_ORIGINS });
    },
  },
});
