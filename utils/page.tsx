import { render, type ComponentType } from 'preact';
import { browser } from 'wxt/browser';
import { readSettings, watchSettings, type Settings } from './storage';
import '../components/base.css';

function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Mounts one of Steady's pages: locale, theme (following the settings live), then the view. */
export function mountPage(App: ComponentType): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  void readSettings().then((settings) => applyTheme(settings.theme));
  watchSettings((settings) => applyTheme(settings.theme));
  render(<App />, document.getElementById('app')!);
}
