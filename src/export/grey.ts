/**
 * How colours print in grey. A handout goes through school photocopiers: two groups whose colours differ only
 * in hue print as the same grey, and the reader needs a second channel (a letter, a pattern) to tell them apart.
 */

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** The channels of `#rrggbb` or of a computed `rgb(r, g, b)`, 0–255. */
function channels(colour: string): number[] | undefined {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (hex) return hex.slice(1).map((h) => parseInt(h, 16));
  const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)\s*(?:[,/]\s*1\s*)?\)$/i.exec(colour.trim());
  return rgb ? rgb.slice(1).map(Number) : undefined;
}

/**
 * CIE L* (0 black to 100 white) of an opaque `#rrggbb` or `rgb()` colour: the grey it prints as. Undefined
 * for anything else (a pattern, a translucent colour).
 */
export function lightness(colour: string): number | undefined {
  const found = channels(colour);
  if (!found) return undefined;
  const [r, g, b] = found.map((c) => linear(c / 255)) as [number, number, number];
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** Below this difference in L*, two fills are hard to tell apart on a grey print. */
export const GREY_THRESHOLD = 10;

/**
 * The sets of entries that print as nearly the same grey: sorted by lightness, each set holds an entry and
 * every lighter one within `threshold` of it, and a set inside another is dropped. So every two members of a
 * set look alike, and a chain of small steps never joins two greys that differ clearly. Entries without a
 * hex colour (patterns) are ignored.
 */
export function alikeInGrey<T extends {colour: string}>(entries: readonly T[], threshold = GREY_THRESHOLD): T[][] {
  const measured = entries
    .flatMap((entry) => {
      const l = lightness(entry.colour);
      return l === undefined ? [] : [{entry, l}];
    })
    .sort((a, b) => a.l - b.l);
  const sets: T[][] = [];
  let reached = 0;
  measured.forEach(({l}, i) => {
    let end = i + 1;
    while (end < measured.length && measured[end]!.l - l < threshold) end += 1;
    if (end - i > 1 && end > reached) sets.push(measured.slice(i, end).map((m) => m.entry));
    reached = Math.max(reached, end);
  });
  return sets;
}
