import type {Quote, Story, StoryEvent} from '../model/types.js';

/** What one slide of presentation mode shows: an event, its key quote, its prompts and its speaker notes. */
export interface Slide {
  event: StoryEvent;
  /** 1-based position, for "7 / 31". */
  number: number;
  total: number;
  quote?: Quote;
  prompts: readonly string[];
  notes?: string;
}

/** The quote a slide shows large: the event's `keyQuote`, or else the first quote spoken at that event. */
export function keyQuoteOf(story: Story, event: StoryEvent): Quote | undefined {
  const chosen = event.keyQuote === undefined ? undefined : story.quotes.find((q) => q.id === event.keyQuote);
  return chosen ?? story.quotes.find((q) => q.eventId === event.id);
}

/** The slide of step `index`, or undefined before the first event. */
export function slideAt(story: Story, index: number): Slide | undefined {
  const event = story.events[index];
  if (!event) return undefined;
  return {event, number: index + 1, total: story.events.length, quote: keyQuoteOf(story, event), prompts: event.prompts ?? [], notes: event.notes};
}
