// @vitest-environment happy-dom
import fc from 'fast-check';
import { act, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { OVERSCAN, rowWindow, useRowWindow } from '../../entrypoints/prospects/row-window';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

describe('rowWindow', () => {
  it('draws the rows on screen and the overscan either side, within the list', () => {
    // 44 px rows, a 440 px screen scrolled to row 100 exactly: rows 100–109 show.
    expect(rowWindow(4400, 440, 44, 1000)).toEqual({ start: 100 - OVERSCAN, end: 110 + OVERSCAN });
    expect(rowWindow(0, 440, 44, 1000)).toEqual({ start: 0, end: 10 + OVERSCAN });
    // The last rows: nothing past the end.
    expect(rowWindow(44 * 995, 440, 44, 1000)).toEqual({ start: 995 - OVERSCAN, end: 1000 });
  });

  it('counts a row cut by either edge as shown', () => {
    // One pixel past row 100's top: row 100 is still partly on screen, and row 110 now is.
    expect(rowWindow(4401, 440, 44, 1000, 0)).toEqual({ start: 100, end: 111 });
    // One pixel before: row 99's last pixel shows, row 109 fills the bottom edge.
    expect(rowWindow(4399, 440, 44, 1000, 0)).toEqual({ start: 99, end: 110 });
  });

  it('draws nothing for an empty list, and at least a row for a screen not yet sized', () => {
    expect(rowWindow(0, 440, 44, 0)).toEqual({ start: 0, end: 0 });
    expect(rowWindow(0, 0, 44, 5, 0)).toEqual({ start: 0, end: 1 });
    expect(rowWindow(-30, 440, 44, 5, 0)).toEqual({ start: 0, end: 5 });
  });

  it('holds for any scroll, screen, height and count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 1, max: 2_000 }),
        fc.constantFrom(44, 92),
        fc.integer({ min: 0, max: 10 }),
        (count, scrollTop, viewport, height, overscan) => {
          const { start, end } = rowWindow(scrollTop, viewport, height, count, overscan);
          expect(0 <= start && start <= end && end <= count).toBe(true);
          // Every row that meets the screen is drawn…
          const from = Math.max(0, Math.floor(scrollTop / height) - 1);
          for (let i = from; i < count && i * height < scrollTop + viewport; i++) {
            if (i * height + height > scrollTop) expect(i >= start && i < end).toBe(true);
          }
          // …and no more than the screen's rows and the overscan.
          expect(end - start).toBeLessThanOrEqual(Math.ceil(viewport / height) + 1 + 2 * overscan);
        },
      ),
    );
  });
});

describe('useRowWindow', () => {
  it('follows the scroller as the rep scrolls, from a first render that already has rows', async () => {
    const seen: { start: number; end: number }[] = [];
    let body: HTMLDivElement | null = null;
    function List() {
      const ref = useRef<HTMLDivElement>(null);
      seen.push(useRowWindow(ref, 100_000, 44));
      return <div ref={(el) => void ((ref.current = el), (body = el))} />;
    }
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<List />));
    // The first render: the top of the list, sized as the stylesheet sizes the body.
    expect(seen[0]).toEqual({
      start: 0,
      end: Math.ceil(Math.round(Math.min(innerHeight * 0.7, 900)) / 44) + OVERSCAN,
    });
    await act(async () => {
      body!.scrollTop = 44 * 5_000;
      body!.dispatchEvent(new Event('scroll'));
    });
    expect(seen.at(-1)!.start).toBe(5_000 - OVERSCAN);
    await act(async () => root.unmount());
  });
});
