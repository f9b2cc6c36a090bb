import { defineContentScript } from 'wxt/utils/define-content-script';
import { SUPPORTED_SITE_MATCHES } from '@/utils/sites/matches';
import { startPause } from '@/utils/pause/intercept';

export default defineContentScript({
  matches: SUPPORTED_SITE_MATCHES,
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startPause(ctx);
  },
});
