import { signal } from '@preact/signals';
import { DEFAULT_SETTINGS, readSettings, watchSettings, type Settings } from '../storage';

/** The settings, following every change made here or on another page. */
export function createSettingsModel() {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  function start(): () => void {
    void readSettings().then((value) => (settings.value = value));
    return watchSettings((value) => (settings.value = value));
  }
  return { settings, start };
}
