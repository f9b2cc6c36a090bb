import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { overlayKit } from '@/utils/pause/overlay-kit';
import { provideOverlay } from '@/utils/pause/overlay-loader';

/** Injected by the worker into a frame whose composer is in use (see `content:load-overlay`). */
export default defineUnlistedScript(() => {
  provideOverlay(overlayKit);
});
