// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pauseBreath, phaseAt } from '@/components/pacer/breath-patterns';
import { Pacer } from '@/components/pacer/Pacer';

let reduced = false;
let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  reduced = false;
  vi.stubGlobal('matchMedia', () => ({ matches: reduced, addEventListener: () => {}, removeEventListener: () => {} }));
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

const words = () => root.querySelector('.pacer-step')?.textContent;
const circle = () => root.querySelector('.pacer-circle')?.className;
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('the pause window’s breath', () => {
  it('breathes in 4 and out 6, round after round, for the whole pause', () => {
    const pattern = pauseBreath(30);
    expect(pattern.rounds).toBe(3);
    expect(phaseAt(pattern, 0)?.phase.step).toBe('in');
    expect(phaseAt(pattern, 5_000)?.phase.step).toBe('out');
    expect(phaseAt(pattern, 20_500)).toMatchObject({ phase: { step: 'in' }, round: 3 });
    expect(phaseAt(pattern, 30_000)).toBeUndefined();
    expect(pauseBreath(3).rounds).toBe(1);
    // The default 12-second pause is never cut short to one 10-second breath.
    expect(pauseBreath(12).rounds).toBe(2);
  });
});

describe('the pacer', () => {
  it('keeps breathing round after round, its words naming what the circle does, then rests', () => {
    const done = vi.fn();
    act(() => render(<Pacer pattern={pauseBreath(20)} startedAt={Date.now()} doneText="Whenever you're ready." onDone={done} />, root));
    expect(words()).toBe('Breathe in');
    expect(circle()).toContain('pacer-full');
    advance(5_000);
    expect(words()).toBe('Breathe out');
    expect(circle()).toContain('pacer-small');
    advance(6_000);
    expect(words()).toBe('Breathe in');
    expect(circle()).toContain('pacer-full');
    expect(done).not.toHaveBeenCalled();
    advance(10_000);
    expect(words()).toBe("Whenever you're ready.");
    expect(done).toHaveBeenCalledOnce();
  });

  it('with reduced motion, holds the circle still and counts the seconds of each phase', () => {
    reduced = true;
    act(() => render(<Pacer pattern={pauseBreath(10)} startedAt={Date.now()} />, root));
    expect(circle()).toContain('pacer-still');
    expect(root.querySelector('.pacer-count')?.textContent).toBe('4');
    advance(1_000);
    expect(root.querySelector('.pacer-count')?.textContent).toBe('3');
    advance(4_000);
    expect(words()).toBe('Breathe out');
    expect(root.querySelector('.pacer-count')?.textContent).toBe('5');
    expect(circle()).toContain('pacer-still');
  });
});
