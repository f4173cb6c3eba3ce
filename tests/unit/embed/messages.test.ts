import {describe, expect, it} from 'vitest';
import {heightOf, pymMessage, pymWidth, resizeMessage} from '../../../src/embed/messages.js';

describe('pymMessage(id, type, message)', () => {
  it('builds the string pym.js’s child sends: pymxPYMx + id + xPYMx + type + xPYMx + message', () => {
    expect(pymMessage('map1', 'height', '812')).toBe('pymxPYMxmap1xPYMxheightxPYMx812');
  });
});

describe('pymWidth(data, id)', () => {
  it('reads the width message a pym.js parent sends to the child with that id', () => {
    expect(pymWidth('pymxPYMxmap1xPYMxwidthxPYMx640', 'map1')).toBe(640);
  });

  it('ignores other ids, other types, objects and garbage', () => {
    for (const data of ['pymxPYMxmap2xPYMxwidthxPYMx640', 'pymxPYMxmap1xPYMxheightxPYMx640', 'pymxPYMxmap1xPYMxwidthxPYMxwide', {width: 640}, null, 640])
      expect(pymWidth(data, 'map1')).toBeUndefined();
  });
});

describe('heightOf(data)', () => {
  it('reads the height of a plain resize message, rounded up', () => {
    expect(heightOf(resizeMessage(812))).toBe(812);
    expect(heightOf({type: 'alignment-map:resize', height: 811.2})).toBe(812);
  });

  it('ignores any other shape, and heights outside a sane range', () => {
    for (const data of [
      {type: 'alignment-map:resize', height: '812'},
      {type: 'alignment-map:resize', height: Number.NaN},
      {type: 'alignment-map:resize', height: Number.POSITIVE_INFINITY},
      {type: 'alignment-map:resize', height: -5},
      {type: 'alignment-map:resize', height: 10},
      {type: 'alignment-map:resize', height: 1e9},
      {type: 'alignment-map:resize'},
      {type: 'other', height: 812},
      {height: 812},
      'pymxPYMxmap1xPYMxheightxPYMx812',
      null,
      812,
      [812],
    ])
      expect(heightOf(data), JSON.stringify(data)).toBeUndefined();
  });
});
