import { describe, expect, it } from 'vitest';
import { originFromInput } from '@/components/options/site-address';

describe('reading a site address the person typed', () => {
  it.each([
    ['chat.example.org', 'https://chat.example.org'],
    ['  https://Mail.Example.org/inbox?x=1 ', 'https://mail.example.org'],
    ['http://127.0.0.1:8080/room', 'http://127.0.0.1:8080'],
    ['localhost:3000', 'https://localhost:3000'],
  ])('%s → %s', (input, origin) => {
    expect(originFromInput(input)).toBe(origin);
  });

  it.each(['', '   ', 'not a site at all', 'file:///etc/passwd', 'ftp://example.org', 'javascript:alert(1)', 'chrome://extensions'])('refuses %j', (input) => {
    expect(originFromInput(input)).toBeUndefined();
  });
});
