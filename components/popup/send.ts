import type { MessageName, RequestOf, ResponseOf } from '@/utils/messaging';

/**
 * The popup's messages to the worker. The protocol and its schemas load with the first message,
 * not before Home's first paint: nothing on Home sends before the person acts.
 */
export async function send<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const { sendMessage } = await import('@/utils/messaging');
  return sendMessage(name, data);
}
