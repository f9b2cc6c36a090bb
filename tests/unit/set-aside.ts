import { readQuarantine, type QuarantineEntry } from '@/utils/storage';

/** Every value set aside so far, oldest first. */
export async function setAside(): Promise<QuarantineEntry[]> {
  return (await readQuarantine()) as QuarantineEntry[];
}
