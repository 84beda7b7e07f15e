/**
 * Heights of a slide's items measured before, by type size, column width and the item's own
 * markup. An item's height depends on nothing else: each sits alone in its column as a block, and
 * the page around it (its classes, the fonts loaded) is part of the key. Module-wide, so the
 * console's "Now" and "Next" previews and every change to a slide share it.
 */
const heights = new Map<string, number>();
/** About 160 items at every size and column count (under 1 MB of keys); the oldest go first. */
const MAX_ENTRIES = 8000;

/** Hides an item in the measuring pass (display: none), so a forced layout skips it. */
const KNOWN = 'pj-known';

export interface HeightReader {
  item(index: number): number;
  continued(group: number): number | undefined;
}

/**
 * The measuring box's items, all hidden to start with. `at` reads every item's height at a type
 * size (already set on the slide) and width, laying out only the ones not measured there before.
 */
export function measuredHeights(fontsVersion: number, root: HTMLElement, box: HTMLElement) {
  const itemEls = new Map(Array.from(box.querySelectorAll<HTMLElement>('[data-measure-item]')).map((el) => [Number(el.dataset.measureItem), el]));
  const continuedEls = new Map(Array.from(box.querySelectorAll<HTMLElement>('[data-measure-continued]')).map((el) => [Number(el.dataset.measureContinued), el]));
  const wideBox = box.querySelector<HTMLElement>('.pj-measure-wide');
  const all = [...itemEls.values(), ...continuedEls.values()];
  const context = `${fontsVersion}|${ancestorClasses(root)}`;
  // Read before anything is hidden or measured: markup only, no layout. Hashed, so a room map's
  // markup (tens of KB) is not kept thousands of times over.
  const markup = new Map(all.map((el) => [el, hash53(`${context}|${el.innerHTML}`)]));
  const wide = new Set(wideBox ? all.filter((el) => wideBox.contains(el)) : []);
  for (const el of all) el.classList.add(KNOWN);

  const at = (size: number, width: number, bodyWidth: number, scale: number): HeightReader => {
    const keyOf = (el: HTMLElement) => `${size}|${Math.round((wide.has(el) ? bodyWidth : width) * 100)}|${markup.get(el)}`;
    const missing = all.filter((el) => !heights.has(keyOf(el)));
    if (missing.length > 0) {
      box.style.width = `${width}px`;
      if (wideBox) wideBox.style.width = `${bodyWidth}px`;
      const shown = new Set(missing);
      for (const el of all) el.classList.toggle(KNOWN, !shown.has(el));
      // The first read lays out the shown items only; the rest read the same layout.
      const measured = missing.map((el) => [keyOf(el), el.getBoundingClientRect().height / scale] as const);
      for (const [key, height] of measured) remember(key, height);
    }
    const heightOf = (el: HTMLElement | undefined) => (el ? (heights.get(keyOf(el)) ?? 0) : 0);
    return {
      item: (index) => heightOf(itemEls.get(index)),
      continued: (group) => (continuedEls.has(group) ? heightOf(continuedEls.get(group)) : undefined),
    };
  };

  const done = () => {
    for (const el of all) el.classList.remove(KNOWN);
  };
  return { at, done };
}

function remember(key: string, height: number) {
  heights.set(key, height);
  if (heights.size <= MAX_ENTRIES) return;
  for (const oldest of heights.keys()) {
    heights.delete(oldest);
    if (heights.size <= MAX_ENTRIES) break;
  }
}

/** The classes of the slide and everything around it: what styles an item besides its own markup. */
function ancestorClasses(root: HTMLElement): string {
  const names: string[] = [root.className.replace(/\bpj-measuring\b/, '')];
  for (let el = root.parentElement; el; el = el.parentElement) names.push(el.className);
  return names.join('>');
}

/** A 53-bit hash of a string (cyrb53): two different items' markup sharing one is vanishingly unlikely. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
