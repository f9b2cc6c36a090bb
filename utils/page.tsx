import { render, type ComponentType } from 'preact';
import { browser } from 'wxt/browser';
import { THEMES } from './storage/values';
import type { Settings } from './storage';

/**
 * The theme from stored settings, checked on its own: a page paints in the person's theme
 * without first loading every settings schema. Anything unreadable is the system's theme.
 */
function themeOf(settings: unknown): Settings['theme'] {
  const theme = (settings as { theme?: unknown } | undefined)?.theme;
  return THEMES.find((known) => known === theme) ?? 'system';
}

function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/**
 * Mounts one of Steady's pages: locale, theme (following the settings live), then the view.
 * Each page's entry imports the shared styles itself, so they are written into its HTML.
 */
export function mountPage(App: ComponentType): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  void browser.storage.local.get('settings').then(({ settings }) => applyTheme(themeOf(settings)));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) applyTheme(themeOf(changes.settings.newValue));
  });
  render(<App />, document.getElementById('app')!);
}
