import type {Bloc} from '../model/types.js';

const COLOUR = /^#[0-9a-fA-F]{6}$/;
const sheets = new WeakMap<readonly Bloc[], CSSStyleSheet>();
const byRules = new Map<string, CSSStyleSheet>();

/**
 * One rule per bloc of a story, `fill: var(--alignment-bloc-<id>, <colour>)`, for its countries, dots,
 * swatches and the tiles of the hatch and stripe patterns: a page overrides a bloc's colour with a custom
 * property, for any story's ids, and a timeline step still only changes the `data-bloc` of the countries that
 * moved. A rule beats the layer's `fill` attribute, so a country filled with a pattern (`data-pattern`) is left
 * to its pattern, whose tiles the rule colours, and one coloured by another lens (`data-lens`) to that lens.
 * Ids are escaped, so `--alignment-bloc-1991` works for the id "1991"; a colour that is not `#rrggbb` gets no rule.
 */
export function blocRules(blocs: readonly Pick<Bloc, 'id' | 'colour'>[], escape: (text: string) => string): string {
  return blocs
    .filter((b) => COLOUR.test(b.colour))
    .map(({id, colour}) => {
      const is = `[data-bloc="${escape(id)}"]`;
      return `.country${is}:not([data-pattern], [data-lens]), .dot${is}:not([data-pattern], [data-lens]), .swatch${is} rect, pattern rect${is} { fill: var(--alignment-bloc-${escape(id)}, ${colour}); }`;
    })
    .join('\n');
}

/**
 * The constructed style sheet of a story's blocs, built once per story and shared by every map on the page that
 * shows it. Constructed sheets, unlike a <style> element, are allowed by a strict Content-Security-Policy.
 */
export function blocSheet(blocs: readonly Bloc[]): CSSStyleSheet {
  let sheet = sheets.get(blocs);
  if (sheet) return sheet;
  // Each map gets its own copy of the built-in story, so sheets are also shared by their rules' text; a page
  // that loads story after story keeps only the latest few.
  const rules = blocRules(blocs, CSS.escape);
  sheet = byRules.get(rules);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    if (byRules.size >= 16) byRules.delete(byRules.keys().next().value!);
    byRules.set(rules, sheet);
  }
  sheets.set(blocs, sheet);
  return sheet;
}

/** Puts a story's bloc sheet on a shadow root in place of the previous story's. */
export function adoptBlocSheet(root: ShadowRoot, previous: CSSStyleSheet | undefined, next: CSSStyleSheet): void {
  if (previous === next) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== previous), next];
}
