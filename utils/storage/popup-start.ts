import { storage } from 'wxt/utils/storage';

/**
 * The view the popup should open on, left by a keyboard command or the context menu
 * just before they open the popup (the popup cannot be given an address). Read once.
 * Checked by hand against the one value it may hold: the popup reads it before its first
 * paint, without the schema library.
 */
export const POPUP_STARTS = ['breathe'] as const;
export type PopupStart = (typeof POPUP_STARTS)[number];

export const popupStartItem = storage.defineItem<PopupStart | null>('session:popupStart', { fallback: null, version: 1 });

export async function takePopupStart(): Promise<PopupStart | undefined> {
  const stored: unknown = await popupStartItem.getValue();
  const start = POPUP_STARTS.find((known) => known === stored);
  if (!start) return undefined;
  await popupStartItem.removeValue();
  return start;
}
