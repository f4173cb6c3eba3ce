import type {WorldCountry} from '../geo/world.js';
import {countryName} from '../i18n/names.js';
import {fill, isolate, type Strings} from '../i18n/strings.js';
import type {Alignment, CountryId, Story} from '../model/types.js';
import {alignmentOf, alignmentsAt, overlapsAt} from '../timeline/state.js';
import type {CountryView, Look} from './countries.js';

/** What the map shows on a day under the story's own groups: each country's alignments, and who spans sides. */
export interface BlocDay {
  story: Story;
  alignments: ReadonlyMap<CountryId, readonly Alignment[]>;
  /** Countries whose memberships on the day span two sides (NATO and the SCO, say). */
  overlaps: ReadonlyMap<CountryId, unknown>;
  /** The countries the day's event involves: outlined. */
  involved: readonly CountryId[];
}

/** A story's day, computed once. */
export function blocDay(story: Story, day: string, involved: readonly CountryId[]): BlocDay {
  return {story, alignments: alignmentsAt(story, day), overlaps: overlapsAt(story, day), involved};
}

/**
 * How each country looks under the story's groups: every group it holds on the day, the latest filling it and
 * the others drawn as stripes, all named in its label; an opinion hatched; a ring where its memberships span
 * two sides. One rule for every country.
 */
export function blocLook(d: BlocDay, t: Strings): Look {
  const blocsById = new Map(d.story.blocs.map((b) => [b.id, b]));
  return (country: WorldCountry): CountryView => {
    if (country.id === null) return {bloc: 'none', label: `${countryName(country, t)}: ${t.noId}`};
    const blocs = alignmentOf(d.alignments, country).flatMap((a) => blocsById.get(a.bloc) ?? []);
    const [bloc, ...others] = blocs;
    const names = blocs.map((b) => (b.opinion ? fill(t.opinionTip, {bloc: isolate(b.label)}) : isolate(b.label)));
    const mark = d.overlaps.has(country.id);
    return {
      bloc: bloc?.id ?? 'none',
      colour: bloc?.colour,
      hatched: Boolean(bloc?.opinion),
      stripes: others.length ? others.map((b) => b.colour) : undefined,
      also: others.map((b) => b.id).join(' ') || undefined,
      value: blocs.map((b) => b.id).join(' '),
      mark,
      label: `${countryName(country, t)}: ${names.join(', ') || t.noBlocShort}${mark ? ` · ${t.bothSides}` : ''}`,
      involved: d.involved.includes(country.id),
    };
  };
}
