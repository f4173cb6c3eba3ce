import type {LensMark} from '../lens/types.js';
import type {CountryId} from '../model/types.js';
import type {Look} from './countries.js';

/**
 * How each country looks under a lens other than the story's groups: the lens's fill, stripes, value and words,
 * over the story's own look, whose `data-bloc` (and the outline of the event's countries) it keeps, so that
 * what a page or a test reads of the story does not change with the lens. No hatch and no ring: those mark the
 * story's opinions and sides, which this lens is not showing.
 */
export function lensLook(base: Look, marks: ReadonlyMap<CountryId, LensMark>): Look {
  return (country) => {
    const story = base(country);
    const mark = country.id === null ? undefined : marks.get(country.id);
    if (!mark) return story;
    return {
      bloc: story.bloc,
      also: story.also,
      involved: story.involved,
      colour: mark.colour,
      stripes: mark.stripes,
      value: mark.value,
      lensed: true,
      label: `${country.name}: ${mark.label}`,
    };
  };
}
