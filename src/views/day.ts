import type {World} from '../geo/world.js';
import {projectPoint} from '../geo/project.js';
import {fill, isolate, type Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import {dayOf, pinsAt, stepAt} from '../timeline/state.js';
import type {Look} from './countries.js';
import {type BlocDay, blocDay, blocLook} from './looks.js';

/** What the map shows on its current day, derived once per update. */
export interface DayView extends BlocDay {
  day: string;
  index: number;
  /** How each country looks on the day. */
  look: Look;
}

/** The story on a day: the event shown, who holds which group, and how each country looks. */
export function dayView(story: Story, day: string, t: Strings): DayView {
  const index = stepAt(story.events, day);
  const base = blocDay(story, day, story.events[index]?.countries ?? []);
  return {...base, day, index, look: blocLook(base, t)};
}

/** The day a story opens on: its `opening` event, else its last. */
export function openingDay(story: Story): string {
  const opening = story.events.find((e) => e.id === story.opening) ?? story.events.at(-1);
  return opening ? dayOf(opening) : '';
}

/** The quote pins on a day, placed on the map and named for the reader. */
export function pinsOn(story: Story, day: string, world: World, t: Strings) {
  return pinsAt(story, day).map(({place, quotes}) => {
    const [x, y] = projectPoint(world.projection, place.coordinates);
    return {id: place.id, x, y, label: `${fill(t.pinLabel, {place: isolate(place.name)})} (${quotes.length})`};
  });
}
