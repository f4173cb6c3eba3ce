import type {World} from '../geo/world.js';
import type {Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import type {Look} from '../views/countries.js';
import type {PinView} from '../views/world.js';

/**
 * What an export or a handout reads from the element when it runs. Types only: the element builds it, and the
 * on-demand chunks use it, so neither imports the other.
 */
export interface Scene {
  story: Story;
  /** The day the map shows, `YYYY-MM-DD`. */
  day: string;
  strings: Strings;
  world: World;
  /** How the element paints every country on a day: the same look as the live map, for any date. */
  lookOn: (day: string) => Look;
  /** The pins the map shows on a day. */
  pinsOn: (day: string) => PinView[];
  /** The element's shadow root: exports draw and measure there, under the element's own styles. */
  root: ShadowRoot;
}
