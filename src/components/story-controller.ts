import {Task, TaskStatus} from '@lit/task';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {known} from '../built-in.js';
import {builtInStory, loadBuiltInDetails} from '../built-in-story.js';
import {addDetails, awaitingDetails, type StoryDetails} from '../model/details.js';
import type {Issue} from '../model/issue.js';
import {StoryError} from '../model/story-error.js';
import type {Story} from '../model/types.js';
import type {Validation} from '../model/validate.js';
import {OnDemand} from './on-demand.js';

/** What the controller reads from its element. */
type Host = ReactiveControllerHost & HTMLElement & {src?: string; timeout: number; hasUpdated: boolean};

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
  /** The built-in story's details (popups' words), fetched when the browser is idle or a popup opens. */
  private readonly details: OnDemand<StoryDetails>;

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
    this.details = new OnDemand(host, 'the story’s details', loadBuiltInDetails);
    host.addController(this);
  }

  /** Why the story's details could not be fetched, if they could not. */
  get failure(): string | undefined {
    return this.details.failure;
  }

  /** Asks for the story's details now: a popup is opening. */
  needDetails(): void {
    if (this.story && awaitingDetails(this.story)) void this.details.get();
  }

  /** Whether a `src` is loading. */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Takes the built-in story when there is no `src`; call before each update. */
  sync(): void {
    if (!this.host.src && this.loadedFrom !== '') {
      this.accept({story: builtInStory(), errors: [], warnings: []}, '');
      this.details.whenIdle();
    }
    if (this.details.module && this.story && awaitingDetails(this.story)) addDetails(this.story, this.details.module);
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
