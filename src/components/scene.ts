import {world} from '../built-in.js';
import type {Scene} from '../export/scene.js';
import type {Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import {dayView, pinsOn} from '../views/day.js';

/** What export and the handout read on `day`: the map's look and pins on any day, computed as the live map does. */
export function sceneOf(story: Story, day: string, strings: Strings, root: ShadowRoot): Scene {
  return {story, day, strings, world, root, lookOn: (on) => dayView(story, on, strings).look, pinsOn: (on) => pinsOn(story, on, world, strings)};
}
