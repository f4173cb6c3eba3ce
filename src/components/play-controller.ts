import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {awaitingDetails} from '../model/details.js';
import type {Story} from '../model/types.js';
import {dwellMs, MAX_DWELL_MS, playNext, playStart} from '../timeline/play.js';
import {claimsOf} from '../timeline/state.js';

/** What play needs to know of the story on screen. */
export interface PlaySource {
  /** The story itself: play stops when another one replaces it. */
  story: Story;
  /** The step shown now; -1 before the first event. */
  index: number;
}

/**
 * Play: on the reader's press, steps through the events one by one, staying on each long enough to read it,
 * and stops at the last. It never starts by itself. `step` shows an event as a reader's step does, so each
 * one fires `alignment-date-change`. The timer goes when the element leaves the page or the story changes.
 * Few readers press play, so this is a chunk of its own, loaded on the first press.
 */
export class PlayController implements ReactiveController {
  playing = false;
  private timer?: ReturnType<typeof setTimeout>;
  private at = -1;
  private story?: Story;
  /** The event shown has no text yet (the story's details are on their way): its time starts when they come. */
  private waiting = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => PlaySource | undefined,
    private readonly step: (index: number) => void,
  ) {
    host.addController(this);
  }

  readonly toggle = (): void => (this.playing ? this.pause() : this.play());

  play(): void {
    const s = this.source();
    if (!s?.story.events.length) return;
    this.playing = true;
    this.story = s.story;
    this.show(playStart(s.index, s.story.events.length));
  }

  pause(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting = false;
    if (!this.playing) return;
    this.playing = false;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.playing && this.source()?.story !== this.story) this.pause();
    else if (this.waiting && this.story && !awaitingDetails(this.story)) this.wait(this.at);
  }

  hostDisconnected(): void {
    this.pause();
  }

  private show(index: number): void {
    const story = this.story;
    const event = story?.events[index];
    if (!story || !event) return this.pause();
    this.at = index;
    this.step(index);
    if (playNext(index, story.events.length) === undefined) return this.pause();
    this.wait(index);
    this.host.requestUpdate();
  }

  /**
   * Stays on the event long enough to read its caption, timed from when the caption has its words; if they
   * never come (the details failed to load), play moves on after the longest stay.
   */
  private wait(index: number): void {
    const story = this.story;
    const event = story?.events[index];
    clearTimeout(this.timer);
    this.waiting = Boolean(story && awaitingDetails(story));
    if (!story || !event) return;
    this.timer = setTimeout(() => this.advance(), this.waiting ? MAX_DWELL_MS : dwellMs(event, claimsOf(story, event.id)));
  }

  private advance(): void {
    this.timer = undefined;
    const next = this.story && playNext(this.at, this.story.events.length);
    if (next === undefined) this.pause();
    else this.show(next);
  }
}
