import {html, type nothing, type TemplateResult} from 'lit';
import {formatDate, formatRange} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import {awaitingDetails} from '../model/details.js';
import type {Story} from '../model/types.js';
import {claimsOf, legendOf, staleOpinions} from '../timeline/state.js';
import {stepBy, timeAxis} from '../timeline/ticks.js';
import {captionView} from '../views/caption.js';
import type {DayView} from '../views/day.js';
import {groupsView} from '../views/legend.js';
import type {Marker} from '../views/original.js';
import {timelineView} from '../views/timeline.js';
import type {CompareController} from './compare-controller.js';
import type {HighlightController} from './highlight-controller.js';

export interface StoryPartsOptions {
  story: Story;
  view: DayView;
  strings: Strings;
  /** Marks story text left in the story's own language. */
  mark?: Marker;
  highlight: HighlightController;
  compare: CompareController;
  playing: boolean;
  /** The reader picked an event on the timeline. */
  onStep: (index: number) => void;
  onPlay: () => void;
  /** A lens's legend, in place of the story's groups'. */
  key?: TemplateResult;
  /** What opens at the top of the panel: the claim-and-evidence table. */
  aside?: TemplateResult | typeof nothing;
}

/** What reads the story around the map: the legend, the timeline, and the panel with the caption and the groups. */
export function storyParts(o: StoryPartsOptions): TemplateResult {
  const {story, view, strings: t} = o;
  const event = story.events[view.index];
  const legend = legendOf(story, view.alignments);
  const striped = [...view.alignments.values()].some((held) => held.length > 1);
  const pending = awaitingDetails(story);
  return html`${o.key ?? o.highlight.legend(legend, view.alignments, t, {striped, ringed: view.overlaps.size > 0})}
    ${timelineView({
      events: story.events,
      index: view.index,
      axis: timeAxis(story.events),
      strings: t,
      valueText: (i) => {
        const e = story.events[i];
        return e ? `${formatRange(e.date, e.end, t)}: ${e.title}` : '';
      },
      onStep: (i) => o.onStep(stepBy(i, 0, story.events.length)),
      playing: o.playing,
      onPlay: o.onPlay,
    })}
    <div class="panel">
      ${o.aside} ${o.compare.list(story, view.index, t)}
      ${captionView({
        event,
        index: view.index,
        total: story.events.length,
        when: event ? formatRange(event.date, event.end, t) : '',
        claims: event ? claimsOf(story, event.id) : [],
        notes: [...new Set(staleOpinions(story, view.day).map((bloc) => fill(t.staleOpinion, {date: formatDate(bloc.asOf ?? '', t)})))],
        pending,
        strings: t,
        mark: o.mark,
      })}
      ${groupsView(legend, t, pending)}
    </div>`;
}
