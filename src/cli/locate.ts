import {findNodeAtLocation, parseTree, type Node} from 'jsonc-parser';

/** A 1-based line and column in a text. */
export interface Position {
  line: number;
  column: number;
}

/** Turns offsets into lines and columns, for messages an editor can jump to. */
export function positions(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return {line: low + 1, column: offset - starts[low]! + 1};
  };
}

/** Splits an issue path such as `events[3].date` into the segments jsonc-parser walks. */
export function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/**
 * Finds where an issue path points in the source text: the value itself, or for a missing field the object
 * that lacks it, so that every message gets a line and column.
 */
export function locator(text: string): (path: string) => Position {
  const tree: Node | undefined = parseTree(text);
  const at = positions(text);
  return (path) => {
    if (!tree) return {line: 1, column: 1};
    const parts = segments(path);
    for (let n = parts.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, parts.slice(0, n));
      if (node) return at(node.parent?.type === 'property' && n === parts.length ? node.parent.offset : node.offset);
    }
    return {line: 1, column: 1};
  };
}
