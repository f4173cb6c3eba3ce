import {nothing, type TemplateResult} from 'lit';
import {countries, world} from '../built-in.js';
import {projectPoint} from '../geo/project.js';
import {formatDate} from '../i18n/format.js';
import {countryName} from '../i18n/names.js';
import {fill, type Strings} from '../i18n/strings.js';
import {awaitingDetails} from '../model/details.js';
import type {Alignment, Story} from '../model/types.js';
import {countryDetails, quoteDetails, type QuoteDetails} from '../timeline/describe.js';
import {alignmentOf, pinsAt} from '../timeline/state.js';
import {popupView, type PopupProps, type ShownQuote} from '../views/popup.js';

export interface StoryPopupProps {
  story: Story;
  day: string;
  alignments: ReadonlyMap<string, readonly Alignment[]>;
  /** The open pin's place id, which wins over a selected country. */
  place: string | undefined;
  /** The selected country's id, when it is a country of the map. */
  country: string | undefined;
  /** A quote that a link opened: highlighted. */
  quote?: string;
  /** Quotes' translations into the interface's language, by quote id. */
  translations?: (id: string) => string | undefined;
  strings: Strings;
  onClose: () => void;
}

/** A quote in the story's language, with its translation into the one the map speaks, if the story has it. */
function shown(story: Story, q: QuoteDetails, translations?: (id: string) => string | undefined): ShownQuote {
  const translation = translations?.(q.id);
  return {...q, lang: story.lang ?? 'en', ...(translation ? {translation} : {})};
}

/** Which half of the map a popup covers: the one away from what it describes. */
function sideOf(x: number): PopupProps['side'] {
  return x < world.width / 2 ? 'right' : 'left';
}

/** The open popup, a pin's or a country's, composed from the story on the day shown; or nothing. */
export function storyPopup(p: StoryPopupProps): TemplateResult | typeof nothing {
  const {story, day, strings: t} = p;
  const common = {strings: t, onClose: p.onClose, highlight: p.quote};
  const pending = awaitingDetails(story);
  const pin = p.place ? pinsAt(story, day).find((one) => one.place.id === p.place) : undefined;
  if (pin) {
    const [x] = projectPoint(world.projection, pin.place.coordinates);
    const quotes = pin.quotes.map((q) => shown(story, quoteDetails(story, q, t), p.translations));
    return popupView({...common, heading: fill(t.pinLabel, {place: pin.place.name}), side: sideOf(x), quotes, sayNoQuotes: false, pending});
  }
  const country = p.country ? countries.get(p.country) : undefined;
  if (!country?.id) return nothing;
  const details = countryDetails(story, day, country.id, alignmentOf(p.alignments, country), t);
  const date = formatDate(day, t);
  const owner = country.sovereign ? countries.get(country.sovereign) : undefined;
  const sovereign = owner && countryName(owner, t);
  return popupView({
    ...common,
    heading: countryName(country, t),
    subheading: sovereign ? fill(t.partOf, {country: sovereign}) : undefined,
    side: sideOf(country.c[0]),
    blocs: {label: fill(t.bloc, {date}), items: details.blocs},
    memberships: {label: fill(t.memberships, {date}), items: details.memberships},
    overlap: details.overlap,
    pending,
    quotes: details.quotes.map((q) => shown(story, q, p.translations)),
    later: details.later?.map((q) => shown(story, q, p.translations)),
    sayNoQuotes: true,
  });
}
