import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pauseKit } from '@/utils/pause/pause-kit';
import { provideKit } from '@/utils/pause/kit-loader';

/** Injected by the worker into a frame whose composer is in use (see `content:load-kit`). */
export default defineUnlistedScript(() => {
  provideKit(pauseKit);
});
