import type {StoryEvent} from '../model/types.js';
import type {SlideSize} from './layout.js';

/** Lower-case words joined by hyphens, safe in any file system: "Clinton's trip" → "clinton-s-trip". */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return (words ?? []).join('-').slice(0, 80).replace(/-+$/, '');
}

/**
 * A slide's file name, numbered so that a folder sorts in story order:
 * `01-2000-03-19-clinton-south-asia-2000.png`. The number is as wide as the count needs, two digits at least.
 */
export function slideName(index: number, total: number, event: StoryEvent | undefined, extension: 'png' | 'svg'): string {
  const digits = Math.max(2, String(total).length);
  const parts = event ? [String(index + 1).padStart(digits, '0'), slug(event.date), slug(event.id)] : ['00', 'before'];
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}

/** The series' zip: the story's title and the size, `the-alignment-map-1920x1080.zip`. */
export function seriesName(title: string, size: SlideSize): string {
  return `${slug(title) || 'slides'}-${size.width}x${size.height}.zip`;
}
