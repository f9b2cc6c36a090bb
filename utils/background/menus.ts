import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { openBreathing } from './commands';

const BREATHE_MENU = 'steady-breathe';

/** "Steady: take a breath" in the page's context menu. Menus persist, so they are made on install only. */
export function startMenus(): void {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: BREATHE_MENU, title: t('popup_menuBreathe'), contexts: ['page', 'selection', 'editable', 'action'] });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === BREATHE_MENU) void openBreathing();
  });
}
