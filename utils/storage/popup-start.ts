import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/**
 * The view the popup should open on, left by a keyboard command or the context menu
 * just before they open the popup (the popup cannot be given an address). Read once.
 */
export const PopupStart = z.enum(['breathe']);
export type PopupStart = z.infer<typeof PopupStart>;

export const popupStartItem = storage.defineItem<PopupStart | null>('session:popupStart', { fallback: null, version: 1 });

export async function takePopupStart(): Promise<PopupStart | undefined> {
  const parsed = PopupStart.safeParse(await popupStartItem.getValue());
  if (!parsed.success) return undefined;
  await popupStartItem.removeValue();
  return parsed.data;
}
