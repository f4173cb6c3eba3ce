import {describe, expect, it} from 'vitest';
import {seriesName, slideName, slug} from '../../../src/export/names.js';

const event = {id: 'clinton-south-asia-2000', date: '2000-03-19', title: '', summary: '', countries: [], sources: []};

describe('file names', () => {
  it('slideName(0, 31, event, "png") numbers the slide and names it by date and id', () =>
    expect(slideName(0, 31, event, 'png')).toBe('01-2000-03-19-clinton-south-asia-2000.png'));
  it('slideName pads the number to the count’s width', () => expect(slideName(4, 120, event, 'svg')).toBe('005-2000-03-19-clinton-south-asia-2000.svg'));
  it('slideName keeps a reduced date as it is', () => expect(slideName(11, 31, {...event, date: '2006', id: 'taliban'}, 'png')).toBe('12-2006-taliban.png'));
  it('slideName before the first event', () => expect(slideName(-1, 3, undefined, 'png')).toBe('00-before.png'));
  it('slug drops accents, punctuation and anything a file system may refuse', () => {
    expect(slug('Lavrov’s visit: Islamabad/Pasni <2021> é')).toBe('lavrov-s-visit-islamabad-pasni-2021-e');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('ваш')).toBe('');
  });
  it('seriesName(title, size) names the zip by story and size', () => {
    expect(seriesName('Pakistan, Russia and the blocks', {width: 1920, height: 1080})).toBe('pakistan-russia-and-the-blocks-1920x1080.zip');
    expect(seriesName('…', {width: 1280, height: 720})).toBe('slides-1280x720.zip');
  });
});
