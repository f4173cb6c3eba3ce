import {describe, expect, it} from 'vitest';
import {clickerMove, moveIndex, presentMove} from '../../../src/timeline/keys.js';
import {keyQuoteOf, slideAt} from '../../../src/timeline/slides.js';
import {miniStory} from '../../helpers/story.js';

describe('presentMove', () => {
  it('presentMove(key) goes forward on → ↓ PageDown and Space, back on ← ↑ PageUp, to the ends on Home and End', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(presentMove({key})).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(presentMove({key})).toBe('previous');
    expect(presentMove({key: 'Home'})).toBe('first');
    expect(presentMove({key: 'End'})).toBe('last');
  });
  it('presentMove(Shift+Space) goes back, as in presentation software', () => expect(presentMove({key: ' ', shiftKey: true})).toBe('previous'));
  it('presentMove leaves keys with Ctrl, Alt or Meta, and other keys, to the browser', () => {
    expect(presentMove({key: 'ArrowLeft', altKey: true})).toBeUndefined();
    expect(presentMove({key: 'End', ctrlKey: true})).toBeUndefined();
    expect(presentMove({key: 'PageDown', metaKey: true})).toBeUndefined();
    expect(presentMove({key: 'Enter'})).toBeUndefined();
    expect(presentMove({key: 'b'})).toBeUndefined();
  });
  it('presentMove(key, rtl) swaps the horizontal arrows only', () => {
    expect(presentMove({key: 'ArrowLeft'}, true)).toBe('next');
    expect(presentMove({key: 'ArrowRight'}, true)).toBe('previous');
    expect(presentMove({key: 'PageDown'}, true)).toBe('next');
  });
});

describe('clickerMove', () => {
  it('clickerMove(key, range) takes only the keys the range gets wrong or ignores', () => {
    expect(clickerMove({key: 'PageDown'}, 'range')).toBe('next');
    expect(clickerMove({key: 'PageUp'}, 'range')).toBe('previous');
    expect(clickerMove({key: ' '}, 'range')).toBe('next');
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']) expect(clickerMove({key}, 'range')).toBeUndefined();
  });
  it('clickerMove(key, button) takes every clicker key but Space, which presses the button', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown']) expect(clickerMove({key}, 'button')).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(clickerMove({key}, 'button')).toBe('previous');
    expect(clickerMove({key: 'Home'}, 'button')).toBe('first');
    expect(clickerMove({key: ' '}, 'button')).toBeUndefined();
  });
  it('clickerMove(key, elsewhere) takes PageDown and PageUp only', () => {
    expect(clickerMove({key: 'PageDown'}, 'elsewhere')).toBe('next');
    expect(clickerMove({key: 'PageUp'}, 'elsewhere')).toBe('previous');
    for (const key of ['ArrowRight', ' ', 'Home', 'End']) expect(clickerMove({key}, 'elsewhere')).toBeUndefined();
  });
});

describe('moveIndex', () => {
  it('moveIndex(move, index, count) steps one event, and stays inside the story', () => {
    expect(moveIndex('next', 3, 28)).toBe(4);
    expect(moveIndex('previous', 3, 28)).toBe(2);
    expect(moveIndex('next', 27, 28)).toBe(27);
    expect(moveIndex('previous', 0, 28)).toBe(0);
    expect(moveIndex('first', 12, 28)).toBe(0);
    expect(moveIndex('last', 12, 28)).toBe(27);
  });
  it('moveIndex(next, -1) goes from before the first event to the first', () => expect(moveIndex('next', -1, 3)).toBe(0));
});

describe('slideAt', () => {
  const story = miniStory();
  it('slideAt(story, index) numbers the slide from 1 and counts them all', () => {
    expect(slideAt(story, 0)).toMatchObject({number: 1, total: 3, prompts: []});
    expect(slideAt(story, 2)?.event.id).toBe('third');
  });
  it('slideAt(story, -1) is undefined before the first event', () => expect(slideAt(story, -1)).toBeUndefined());
  it('slideAt(story, index) carries the event’s notes and prompts', () => {
    const withExtras = {...story, events: story.events.map((e, i) => (i === 0 ? {...e, notes: 'N', prompts: ['P?']} : e))};
    expect(slideAt(withExtras, 0)).toMatchObject({notes: 'N', prompts: ['P?']});
  });
  it('keyQuoteOf(story, event) is the first quote spoken at the event, or none', () => {
    expect(keyQuoteOf(story, story.events[1]!)?.id).toBe('q1');
    expect(keyQuoteOf(story, story.events[0]!)).toBeUndefined();
  });
  it('keyQuoteOf(story, event) prefers the event’s keyQuote', () => {
    const quotes = [...story.quotes, {...story.quotes[0]!, id: 'q3', text: 'Later words'}];
    const event = {...story.events[1]!, keyQuote: 'q3'};
    expect(keyQuoteOf({...story, quotes}, event)?.text).toBe('Later words');
  });
});
