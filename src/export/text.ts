import {formatDate, formatRange} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import type {TeachingStrings} from '../i18n/teaching.js';
import type {Story} from '../model/types.js';
import {alignmentsAt, legendOf, stepAt} from '../timeline/state.js';
import type {KeyEntry, SlideText} from './layout.js';

/** How the map paints a group: its colour, or the pattern the map draws it with. */
export type PaintOf = (bloc: {id: string; colour: string}) => string;

/**
 * The words of the slide for `day`: its event's date, title and summary, the groups on the map with their
 * counts, and a source line that credits the story, the map's data and the event's own sources by name.
 */
export function slideText(story: Story, day: string, t: Strings & TeachingStrings, paint: PaintOf, neutral: string): SlideText {
  const index = stepAt(story.events, day);
  const event = story.events[index];
  const legend: KeyEntry[] = legendOf(story, alignmentsAt(story, day)).map(({bloc, count}) => ({
    label: `${fill(t.slideKey, {label: bloc.label, count})}${bloc.opinion ? ` · ${t.opinion}` : ''}`,
    fill: paint(bloc),
  }));
  legend.push({label: t.noBlocShort, fill: neutral});
  const {outlet, author} = story.source;
  const cited = event?.sources.map((s) => s.label) ?? [];
  const source = [
    `${t.storyFrom} ${outlet}, ${author}.`,
    t.credits,
    cited.length ? `${t.sources}: ${cited.join(', ')}.` : '',
  ].filter(Boolean);
  if (!event) return {when: formatDate(day, t), title: t.before, summary: '', legend, source: source.join(' ')};
  const when = [formatRange(event.date, event.end, t), fill(t.stepOf, {n: index + 1, total: story.events.length}), event.background ? t.background : '']
    .filter(Boolean)
    .join(' · ');
  return {when, title: event.title, summary: event.summary, legend, source: source.join(' ')};
}
