// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from '@/components/options/fields';

const root = document.createElement('div');
afterEach(() => render(null, root));

function type(input: HTMLInputElement, text: string) {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('a number field', () => {
  it('keeps an out-of-range value as typed and says the range, instead of silently reverting', () => {
    const onChange = vi.fn();
    act(() => render(<NumberField label="Pause length" value={8} min={3} max={60} onChange={onChange} />, root));
    const input = root.querySelector('input')!;
    type(input, '1');
    expect(input.value).toBe('1');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const range = root.querySelector(`#${input.getAttribute('aria-describedby')!.split(' ').at(-1)!.replace(/:/g, '\\:')}`);
    expect(range?.textContent).toBe('Choose a whole number from 3 to 60. Until then, Steady keeps 8.');
    expect(onChange).not.toHaveBeenCalled();

    type(input, '12');
    expect(onChange).toHaveBeenCalledWith(12);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });
});
