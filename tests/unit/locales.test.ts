import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import spanish from '../../public/_locales/es/messages.json';
import { keyFor } from '@/utils/i18n';
import { IMPORT_REFUSALS } from '@/utils/storage';

describe('locale files', () => {
  it('use only key names browsers accept', () => {
    for (const key of [...Object.keys(english), ...Object.keys(spanish)]) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('give Spanish every English string and nothing extra', () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
  });

  it('have a non-empty message for every key', () => {
    for (const messages of [english, spanish]) {
      for (const [key, entry] of Object.entries(messages)) expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('word every reason an import can be refused', () => {
    for (const refusal of IMPORT_REFUSALS) expect(Object.keys(english)).toContain(keyFor('data_importRefused', refusal));
  });
});
