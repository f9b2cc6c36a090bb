import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEnglishMessage } from '../../scripts/english-messages';

function installI18n() {
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = getEnglishMessage;
  i18n.getUILanguage = () => 'en';
}

installI18n();
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});
