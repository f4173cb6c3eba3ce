/**
 * The element's events. Each bubbles and is composed, so a page can listen on the element or on `document`.
 * They fire on what a reader does, never when a page sets an attribute or property.
 */

/** The reader moved the timeline to another step. */
export class AlignmentDateChangeEvent extends Event {
  static readonly eventName = 'alignment-date-change';
  constructor(readonly detail: {readonly date: string}) {
    super(AlignmentDateChangeEvent.eventName, {bubbles: true, composed: true});
  }
}

/** The reader opened a country's popup. */
export class AlignmentCountrySelectEvent extends Event {
  static readonly eventName = 'alignment-country-select';
  constructor(readonly detail: {readonly id: string; readonly name: string}) {
    super(AlignmentCountrySelectEvent.eventName, {bubbles: true, composed: true});
  }
}

/** The element's events by name, for typed listeners on the element, and on `document`, which they reach. */
interface AlignmentEventMap {
  'alignment-date-change': AlignmentDateChangeEvent;
  'alignment-country-select': AlignmentCountrySelectEvent;
}

declare global {
  interface HTMLElementEventMap extends AlignmentEventMap {}
  interface DocumentEventMap extends AlignmentEventMap {}
}
