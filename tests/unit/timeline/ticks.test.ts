import {describe, expect, it} from 'vitest';
import builtIn from '../../../data/lavrov-pakistan-2021.json';
import type {StoryEvent} from '../../../src/model/types.js';
import {stepBy, timeAxis} from '../../../src/timeline/ticks.js';
import {miniStory} from '../../helpers/story.js';

const story = miniStory();
const at = (dates: string[]) => dates.map((date, i) => ({...story.events[0]!, id: `e${i}`, date}));

describe('timeAxis', () => {
  it('timeAxis places the first and last events at the ends, and the rest by their dates', () => {
    const axis = timeAxis(at(['2000-01-01', '2000-01-11', '2000-04-10']), 6);
    expect(axis.at).toEqual([0, 10 / 100, 1]);
  });
  it('timeAxis reads a year or a month at its first day', () => {
    const axis = timeAxis(at(['2001-01-01', '2006', '2011-01-01']), 6);
    expect(axis.at[1]).toBeCloseTo((Date.UTC(2006, 0, 1) - Date.UTC(2001, 0, 1)) / (Date.UTC(2011, 0, 1) - Date.UTC(2001, 0, 1)), 9);
  });
  it('timeAxis(built-in story) bunches 2001’s five events and spreads the quiet years', () => {
    const events = builtIn.events as unknown as StoryEvent[];
    const axis = timeAxis(events);
    const index = (id: string) => events.findIndex((e) => e.id === id);
    const span2001 = axis.at[index('pakistan-opens-bases')]! - axis.at[index('sco-founded')]!;
    const span2006to2009 = axis.at[index('russia-us-transit-agreement')]! - axis.at[index('taliban-resurgence')]!;
    // Five steps of six on the slider, but a sixth of the axis's width of 2006–2009.
    expect(span2001).toBeLessThan(span2006to2009 / 5);
  });
  it('timeAxis ticks every New Year inside the span and labels round years, six at most', () => {
    const axis = timeAxis(builtIn.events as unknown as StoryEvent[]);
    // From the Afghan civil war (1996) to the epilogue (July 2023).
    expect(axis.years.map((y) => y.year)).toEqual(Array.from({length: 27}, (_, i) => 1997 + i));
    expect(axis.years.filter((y) => y.labelled).map((y) => y.year)).toEqual([2000, 2005, 2010, 2015, 2020]);
    expect(axis.years.every((y, i, all) => y.at > 0 && y.at < 1 && (i === 0 || y.at > all[i - 1]!.at))).toBe(true);
  });
  it('timeAxis labels every year of a short story, and fewer of a long one', () => {
    expect(timeAxis(at(['2010-06-01', '2013-06-01']), 6).years.filter((y) => y.labelled).map((y) => y.year)).toEqual([2011, 2012, 2013]);
    expect(timeAxis(at(['1900-01-01', '2000-01-01']), 6).years.filter((y) => y.labelled).map((y) => y.year)).toEqual([1920, 1940, 1960, 1980, 2000]);
  });
  it('timeAxis centres a single event and is empty for none', () => {
    expect(timeAxis(at(['2001-09-11']), 6)).toEqual({at: [0.5], years: []});
    expect(timeAxis([], 6)).toEqual({at: [], years: []});
  });
  it('timeAxis reads the years 1–99 as such', () => expect(timeAxis(at(['0050-01-01', '0060-01-01']), 6).years[0]!.year).toBe(51));
});

describe('stepBy', () => {
  it('stepBy stays inside the timeline', () => {
    expect(stepBy(0, -1, 3)).toBe(0);
    expect(stepBy(2, 1, 3)).toBe(2);
    expect(stepBy(1, 1, 3)).toBe(2);
  });
});
