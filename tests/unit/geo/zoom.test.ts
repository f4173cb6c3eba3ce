import {describe, expect, it} from 'vitest';
import story from '../../../data/lavrov-pakistan-2021.json';
import world from '../../../data/world.json';
import {projectBox, REGIONS} from '../../../src/geo/regions.js';
import {revealPoint, shownExtent} from '../../../src/geo/reveal.js';
import {countryIndex, type World} from '../../../src/geo/world.js';
import {fitTransform, storyFrame, storyPoints, visibleExtent, type Extent} from '../../../src/geo/zoom.js';
import type {StoryEvent} from '../../../src/model/types.js';
import {miniStory} from '../../helpers/story.js';

const map = world as unknown as World;
const index = countryIndex(map);
const centres = new Map([...index].map(([id, c]) => [id, c.c]));
const bounds: Extent = [[0, 0], [map.width, map.height]];
const inside = ([x, y]: [number, number], [[x0, y0], [x1, y1]]: Extent) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const centre = (id: string) => index.get(id)!.c;

describe('visibleExtent', () => {
  it('visibleExtent is the viewBox when the box has its aspect', () => expect(visibleExtent(2000, 1000, {width: 400, height: 200})).toEqual([[0, 0], [2000, 1000]]));
  it('visibleExtent grows the height, centred, in a taller box (a phone’s 4:3 stage)', () =>
    expect(visibleExtent(2000, 916, {width: 360, height: 270})).toEqual([[0, -292], [2000, 1208]]));
  it('visibleExtent grows the width, centred, in a wider box', () => expect(visibleExtent(2000, 1000, {width: 400, height: 100})).toEqual([[-1000, 0], [3000, 1000]]));
  it('visibleExtent falls back to the viewBox for a box not laid out yet', () => expect(visibleExtent(2000, 916, {width: 0, height: 0})).toEqual([[0, 0], [2000, 916]]));
});

describe('fitTransform and shownExtent', () => {
  it('fitTransform(box, view) shows the box centred, as large as fits', () => {
    const t = fitTransform([[100, 100], [300, 200]], [[0, 0], [2000, 1000]]);
    expect(t.k).toBe(10);
    const [[x0, y0], [x1, y1]] = shownExtent(t, [[0, 0], [2000, 1000]]);
    expect([x0, y0, x1, y1]).toEqual([100, 100, 300, 200]);
  });
  it('fitTransform keeps the scale within its bounds', () => {
    expect(fitTransform([[0, 0], [1, 1]], bounds).k).toBe(16);
    expect(fitTransform([[-5000, -5000], [5000, 5000]], bounds).k).toBe(1);
    expect(fitTransform([[0, 0], [1, 1]], bounds, [1, 4]).k).toBe(4);
  });
});

describe('revealPoint', () => {
  const view: Extent = [[0, 0], [1000, 500]];
  const t = {k: 2, x: -500, y: -250};
  it('revealPoint returns the same transform when the point is well inside', () => expect(revealPoint(t, [500, 250], view)).toBe(t));
  it('revealPoint pans the least that brings the point inside the margin', () => {
    const moved = revealPoint(t, [900, 250], view);
    expect(moved.k).toBe(2);
    expect(900 * moved.k + moved.x).toBeCloseTo(900);
    expect(250 * moved.k + moved.y).toBe(250);
  });
  it('revealPoint pans up and left too', () => {
    const moved = revealPoint(t, [100, 50], view);
    expect([100 * moved.k + moved.x, 50 * moved.k + moved.y]).toEqual([100, 50]);
  });
});

describe('storyPoints and storyFrame', () => {
  it('storyPoints weights each country by the events that involve it', () => {
    const points = storyPoints(miniStory().events, centres);
    expect(points.map((p) => p.weight)).toEqual([2, 1, 1]);
    expect(points[0]).toMatchObject({x: centre('586')[0], y: centre('586')[1]});
  });
  it('storyPoints skips countries the map does not have', () =>
    expect(storyPoints([{countries: ['586', '999']} as unknown as StoryEvent], centres)).toHaveLength(1));

  it('storyFrame(built-in story) frames Pakistan, Russia, India, Central Asia and Iran, not the USA or Australia', () => {
    const frame = storyFrame(storyPoints(story.events as unknown as StoryEvent[], centres), bounds)!;
    for (const id of ['586', '643', '356', '004', '417', '860', '364', '156']) expect(inside(centre(id), frame), id).toBe(true);
    for (const id of ['840', '036', '076']) expect(inside(centre(id), frame), id).toBe(false);
    // A region, not the world: at most half the map's width.
    expect(frame[1][0] - frame[0][0]).toBeLessThan(map.width / 2);
  });

  it('storyFrame frames a second story by itself: one about Europe frames Europe', () => {
    const events = [
      {countries: ['250', '276']},
      {countries: ['250', '380', '724']},
      {countries: ['276', '616']},
      {countries: ['840']},
    ] as unknown as StoryEvent[];
    const frame = storyFrame(storyPoints(events, centres), bounds)!;
    for (const id of ['250', '276', '380', '724', '616']) expect(inside(centre(id), frame), id).toBe(true);
    expect(inside(centre('840'), frame)).toBe(false);
    expect(inside(centre('586'), frame)).toBe(false);
  });

  it('storyFrame gives one country its neighbours', () =>
    expect(storyFrame([{x: 1000, y: 400, weight: 1}], bounds, {min: 240})).toEqual([[880, 280], [1120, 520]]));
  it('storyFrame stays inside the map', () => expect(storyFrame([{x: 10, y: 10, weight: 1}], bounds, {min: 240})).toEqual([[0, 0], [130, 130]]));

  it('storyFrame is undefined for a story that names no country', () => expect(storyFrame([], bounds)).toBeUndefined());
});

describe('projectBox and the regions', () => {
  it('projectBox(gulf) holds Bahrain, Qatar and Kuwait, and not Egypt', () => {
    const gulf = projectBox(REGIONS.gulf, map.projection);
    for (const id of ['048', '634', '414']) expect(inside(centre(id), gulf), id).toBe(true);
    expect(inside(centre('818'), gulf)).toBe(false);
  });
  it('projectBox samples the bent meridians: the box is wider than its northern corners', () => {
    const box = projectBox([[-25, 34], [45, 71]], map.projection);
    const corners = projectBox([[-25, 71], [45, 71.0001]], map.projection);
    expect(box[1][0] - box[0][0]).toBeGreaterThan(corners[1][0] - corners[0][0]);
  });
  it('each region holds the countries it is named for', () => {
    const holds: Record<keyof typeof REGIONS, string[]> = {
      'south-central-asia': ['586', '356', '004', '417', '860', '398'],
      'middle-east': ['364', '682', '368', '818', '792'],
      gulf: ['048', '634', '784'],
      'asia-pacific': ['156', '392', '036', '360'],
      europe: ['250', '276', '826', '724', '380', '616'],
    };
    for (const [region, ids] of Object.entries(holds)) {
      const box = projectBox(REGIONS[region as keyof typeof REGIONS], map.projection);
      for (const id of ids) expect(inside(centre(id), box), `${region} ${id}`).toBe(true);
    }
  });
});
