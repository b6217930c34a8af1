import { useEffect, useState, type RefObject } from 'react';

/** Rows drawn beyond each edge of the screen, so a quick scroll does not show blanks. */
export const OVERSCAN = 8;

/** The rows drawn: from `start` (first drawn) up to, not including, `end`. */
export interface RowWindow {
  start: number;
  end: number;
}

/**
 * Which rows of a list of `count` rows, each `rowHeight` px tall, a scroller `viewport` px
 * tall shows when scrolled `scrollTop` px down, with `overscan` rows either side. Rows are
 * one height (a line, or a card when narrow), so this is arithmetic: no row is measured,
 * whatever the count.
 */
export function rowWindow(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan = OVERSCAN,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewport)) / rowHeight);
  const clamp = (i: number) => Math.min(count, Math.max(0, i));
  return { start: clamp(first - overscan), end: clamp(Math.max(last, first + 1) + overscan) };
}

/** The list body's height before it is laid out: theme.css gives it min(70vh, 900px). */
const bodyHeight = () => Math.round(Math.min(innerHeight * 0.7, 900));

/**
 * The window of a fixed-height list in `scroller`, following its scroll and size. Its
 * first render already has rows (the height is estimated as the stylesheet sets it), and
 * nothing forces a layout. A virtualiser library measures an offset for every row each
 * time the count changes (100,000 here); rows of one height need none of that.
 */
export function useRowWindow(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
): RowWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(bodyHeight);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onScroll = () => setScrollTop(el.scrollTop);
    el.addEventListener('scroll', onScroll, { passive: true });
    const resized = new ResizeObserver(() => setViewport(el.clientHeight));
    resized.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resized.disconnect();
    };
  }, [scroller]);
  return rowWindow(scrollTop, viewport, rowHeight, count);
}
