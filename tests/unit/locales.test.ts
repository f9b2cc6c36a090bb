import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import spanish from '../../public/_locales/es/messages.json';

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
});
