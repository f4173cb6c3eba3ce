import {Task, TaskStatus} from '@lit/task';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {builtInStory, known} from '../built-in.js';
import type {Issue} from '../model/issue.js';
import {StoryError} from '../model/story-error.js';
import type {Story} from '../model/types.js';
import type {Validation} from '../model/validate.js';

/** What the controller reads from its element. */
type Host = ReactiveControllerHost & {src?: string; timeout: number; hasUpdated: boolean};

/**
 * Loads the story: the built-in one when there is no `src`, otherwise the file at `src`, through @lit/task,
 * which aborts an older request when `src` changes so that no stale story wins a race. A failed load keeps
 * the last good story and says why; removing the element aborts its request.
 */
export class StoryController implements ReactiveController {
  /** The last good story, or null before the first one. */
  story: Story | null = null;
  /** What stopped the last load; empty after a good one. */
  errors: Issue[] = [];
  /** Whether trying again may help (a network fault, not a bad file). */
  retryable = false;
  private loadedFrom?: string;

  private readonly task: Task<readonly [string | undefined], Validation | null>;

  constructor(private readonly host: Host) {
    this.task = new Task(host, {
      // The validator loads with the first story from `src`: the built-in story was validated when it was built.
      task: async ([src], {signal}) => {
        if (!src) return null;
        const {fetchStory} = await import('../model/load.js');
        return fetchStory(src, {countries: known}, signal, host.timeout);
      },
      args: () => [host.src] as const,
      onComplete: (result) => {
        if (result) this.accept(result, host.src ?? '');
      },
      onError: (error) => this.reject(error),
    });
    host.addController(this);
  }

  /** Whether a `src` is loading. */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Takes the built-in story when there is no `src`; call before each update. */
  sync(): void {
    if (!this.host.src && this.loadedFrom !== '') this.accept(builtInStory(), '');
  }

  retry(): void {
    void this.task.run();
  }

  hostConnected(): void {
    // A map moved in the page was disconnected mid-load: load again rather than wait for nothing.
    if (this.host.src && this.loadedFrom !== this.host.src && this.host.hasUpdated) this.retry();
  }

  hostDisconnected(): void {
    this.task.abort();
  }

  private accept(result: Validation, from: string): void {
    this.loadedFrom = from;
    if (!result.story) return this.reject(new StoryError(result.errors, false));
    for (const warning of result.warnings) console.warn(`<alignment-map> ${warning.path}: ${warning.message}`);
    this.story = result.story;
    this.errors = [];
    this.host.requestUpdate();
  }

  private reject(error: unknown): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    this.errors = error instanceof StoryError ? error.issues : [{path: '', message: String(error)}];
    this.retryable = error instanceof StoryError ? error.retryable : true;
    for (const issue of this.errors) console.error(`<alignment-map> ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
    this.host.requestUpdate();
  }
}
