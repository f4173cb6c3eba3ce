// The performance targets, each a comparison between the element and a reference page measured in the same
// run and at the same CPU speed: met when the element's median, divided by the reference's, is at most `limit`.

/**
 * `figure`: a key of `summarise()`; `reference`: the kind of the page compared with; `stretch`: a target
 * beyond the required ones.
 */
export const TARGETS = [
  {what: 'a step\'s main-thread task time, at most the careful page with the story\'s', figure: 'stepTask', reference: 'careful-story', limit: 1},
  {what: 'the map drawn no later than on the careful page with the story', figure: 'draw', reference: 'careful-story', limit: 1},
  {what: 'a step\'s main-thread task time, at most the colours-only careful page\'s', figure: 'stepTask', reference: 'careful', limit: 1, stretch: true},
  {what: 'the map drawn within 1.5× the floor\'s time', figure: 'draw', reference: 'floor', limit: 1.5, stretch: true},
];

/**
 * Each target for each measured element page (the diagnostic excluded) at each CPU speed in `rates`:
 * {target, page, rate, element, reference, ratio, met}, with `met` undefined when the reference was not run.
 */
export function checkTargets(pages, rates) {
  const elements = pages.filter((p) => p.kind === 'element' && !p.diagnostic);
  return TARGETS.flatMap((target) => {
    const reference = pages.find((p) => p.kind === target.reference);
    return elements.flatMap((page) =>
      rates.map((rate) => {
        const mine = page.rates[rate][target.figure];
        const theirs = reference?.rates[rate][target.figure];
        const ratio = mine === undefined || !theirs ? undefined : mine / theirs;
        return {target, page, rate, element: mine, reference: theirs, ratio, met: ratio === undefined ? undefined : ratio <= target.limit};
      }),
    );
  });
}
