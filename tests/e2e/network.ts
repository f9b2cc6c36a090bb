import type { BrowserContext, Request } from '@playwright/test';

const LOCAL = /^(chrome-extension|data|blob|about|chrome):/;

function fromExtension(request: Request): boolean {
  const worker = request.serviceWorker();
  if (worker) return worker.url().startsWith('chrome-extension://');
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    return false;
  }
}

/** Collects every request that leaves the browser from Steady's pages or worker. */
export function watchExtensionRequests(context: BrowserContext): string[] {
  const requests: string[] = [];
  context.on('request', (request) => {
    if (fromExtension(request) && !LOCAL.test(request.url())) requests.push(request.url());
  });
  return requests;
}
