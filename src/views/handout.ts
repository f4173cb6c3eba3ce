import {html, nothing, render, svg, type TemplateResult} from 'lit';
import {alikeInGrey, lightness} from '../export/grey.js';
import {groupMarks, letterOf} from '../export/marks.js';
import {handoutPlan, listOf} from '../export/plan.js';
import type {Scene} from '../export/scene.js';
import {formatDate, formatRange} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import {teaching, type TeachingStrings} from '../i18n/teaching.js';
import type {Source, Story, StoryEvent} from '../model/types.js';
import {alignmentsAt, dayOf, eventOf, legendOf} from '../timeline/state.js';
import {countryLayer} from './countries.js';
import {isWebLink} from './links.js';

type Words = Strings & TeachingStrings;

const words = (scene: Scene): Words => ({...scene.strings, ...teaching(scene.strings)});

export {handoutStyles as styles} from './handout.styles.js';

/** How the maps paint each group and the countries in none, read from the drawn maps (colours or patterns). */
interface Paints {
  groups: ReadonlyMap<string, string>;
  neutral: string | undefined;
}

/** A URL written out, so that it survives on paper; a link too, in a PDF. Only web addresses are linked. */
function url(address: string): TemplateResult {
  return isWebLink(address) ? html`<a class="url" href=${address}>${address}</a>` : html`<span class="url">${address}</span>`;
}

function sourceItems(sources: readonly Source[]): TemplateResult {
  return html`<ul class="cited">${sources.map((s) => html`<li><span class="label">${s.label}:</span> ${url(s.url)}</li>`)}</ul>`;
}

/** A legend key: the fill the map uses (colour or pattern) with the group's letter on it. */
function chip(paint: string | undefined, letter: string): TemplateResult {
  return html`<svg class="chip" viewBox="0 0 30 20" aria-hidden="true"><rect width="30" height="20" rx="3" fill=${paint ?? nothing}></rect>${letter
      ? svg`<text x="15" y="14.5">${letter}</text>`
      : nothing}</svg>`;
}

/** Which groups print as the same grey on this map, and what else tells them apart. */
function greyNotes(entries: readonly {name: string; colour: string; patterned: boolean}[], t: Words): string[] {
  return alikeInGrey(entries).map((set) => {
    const alike = set.sort((x, y) => entries.indexOf(x) - entries.indexOf(y));
    const patterned = alike.filter((e) => e.patterned).map((e) => e.name);
    const said = fill(t.handoutAlike, {groups: listOf(alike.map((e) => e.name), t.and)});
    return patterned.length ? `${said} ${fill(t.handoutPatterned, {groups: listOf(patterned, t.and)})}` : said;
  });
}

/** One small multiple: the map on the event's day with each group's letter on it, its date, caption and key. */
function multiple(scene: Scene, index: number, paints: Paints): TemplateResult {
  const {story, world} = scene;
  const t = words(scene);
  const event = story.events[index]!;
  const day = dayOf(event);
  const alignments = alignmentsAt(story, day);
  const legend = legendOf(story, alignments);
  const marks = groupMarks(world, alignments, legend.map((e) => e.bloc.id));
  const look = scene.lookOn(day);
  const scale = world.width / 4000;
  const keys = legend.map(({bloc, count}, i) => {
    const paint = paints.groups.get(bloc.id) ?? bloc.colour;
    const colour = lightness(paint) === undefined ? bloc.colour : paint;
    return {bloc, count, letter: letterOf(i), paint, colour, patterned: paint.startsWith('url(')};
  });
  const neutral = paints.neutral ? [{name: t.noBlocShort, colour: paints.neutral, patterned: false}] : [];
  const notes = greyNotes([...keys.map((k) => ({name: k.letter, colour: k.colour, patterned: k.patterned})), ...neutral], t);
  return html`<figure class="multiple" data-event=${event.id}>
    <svg class="small-map" viewBox="0 0 ${world.width} ${world.height}" aria-hidden="true">
      <g class="countries" ${countryLayer(world, 'paths', look, undefined, scale)}></g>
      <g class="dots" ${countryLayer(world, 'dots', look, undefined, scale)}></g>
      <g class="letters">${marks.map((m) => svg`<text x=${m.x} y=${m.y}>${m.letter}</text>`)}</g>
    </svg>
    <figcaption>
      <p class="when">${formatRange(event.date, event.end, t)} · ${fill(t.stepOf, {n: index + 1, total: story.events.length})}${event.background
          ? ` · ${t.background}`
          : ''}</p>
      <h3>${event.title}</h3>
      <p class="summary">${event.summary}</p>
      <ul class="keys">
        ${keys.map(
          (k) => html`<li data-bloc=${k.bloc.id}>${chip(k.paint, k.letter)} ${fill(t.slideKey, {label: k.bloc.label, count: k.count})}${k.bloc.opinion
              ? html` <span class="badge">${t.opinion}</span>`
              : nothing}</li>`,
        )}
        <li data-bloc="none">${chip(paints.neutral, '')} ${t.noBlocShort}</li>
      </ul>
      ${notes.map((note) => html`<p class="grey">${note}</p>`)}
    </figcaption>
  </figure>`;
}

function quotesPart(story: Story, t: Words): TemplateResult | typeof nothing {
  if (story.quotes.length === 0) return nothing;
  const {source} = story;
  return html`<section class="part-quotes">
    <h2>${t.handoutQuotes}</h2>
    <p class="article">${t.handoutArticle}: “${source.title}”, ${source.outlet}, ${source.author}, ${formatDate(source.date, t)}. ${url(source.url)}</p>
    ${story.quotes.map((q) => {
      const event = eventOf(story, q);
      return html`<figure class="said">
        <blockquote>“${q.text}”</blockquote>
        <figcaption>— <strong>${q.speaker}</strong>, ${q.role}${event ? html` <span class="muted">(${formatRange(event.date, event.end, t)})</span>` : nothing}</figcaption>
        ${q.note ? html`<p class="lead">${q.note}</p>` : nothing}
      </figure>`;
    })}
  </section>`;
}

function eventLine(event: StoryEvent | undefined, t: Words): TemplateResult | typeof nothing {
  return event ? html`<p class="event">${formatRange(event.date, event.end, t)} · ${event.title}</p>` : nothing;
}

function sourcesPart(story: Story, t: Words): TemplateResult {
  const {source} = story;
  return html`<section class="part-sources">
    <h2>${t.handoutSources}</h2>
    <p><span class="label">${t.handoutArticle}:</span> “${source.title}”, ${source.outlet}, ${source.author}. ${url(source.url)}</p>
    <ol>
      ${story.events.map((event) => html`<li>${eventLine(event, t)}${sourceItems(event.sources)}</li>`)}
    </ol>
  </section>`;
}

function correctionsPart(story: Story, t: Words): TemplateResult | typeof nothing {
  if (story.claims.length === 0) return nothing;
  const events = new Map(story.events.map((e) => [e.id, e]));
  return html`<section class="part-fixes">
    <h2>${t.handoutCorrections}</h2>
    ${story.claims.map(
      (claim) => html`<div class="fix">
        ${eventLine(events.get(claim.eventId), t)}
        <p><span class="label">${t.articleSays}:</span> “${claim.text}”</p>
        <p><span class="label">${t.correction}:</span> ${claim.correction}</p>
        ${sourceItems(claim.sources)}
      </div>`,
    )}
  </section>`;
}

/**
 * The printed handout: small maps of the key events with their captions, then the article's quotes with their
 * speakers, then every source with its URL written out, and the article's claims with their corrections.
 */
export function handoutView(scene: Scene, paints: Paints): TemplateResult {
  const {story} = scene;
  const t = words(scene);
  const plan = handoutPlan(story.events);
  const which = plan.left
    ? fill(t.handoutSome, {n: plan.shown.length, total: story.events.length, left: plan.left})
    : fill(t.handoutAll, {n: story.events.length});
  return html`<article class="handout-doc">
    <header>
      <h1>${story.title}</h1>
      <p class="intro">${story.intro}</p>
    </header>
    <section class="part-maps">
      <h2>${t.handoutMaps}</h2>
      <p class="lead">${which} ${t.handoutLetters}</p>
      <div class="multiples">${plan.shown.map((i) => multiple(scene, i, paints))}</div>
    </section>
    ${quotesPart(story, t)} ${sourcesPart(story, t)} ${correctionsPart(story, t)}
    <footer><p>${t.bordersNote}</p><p>${t.credits}</p></footer>
  </article>`;
}

/**
 * Draws the handout into `box`, synchronously (printing starts right after `beforeprint`). A first pass draws
 * the maps; the key is then drawn with the fills the maps actually use, so a group drawn with a pattern shows
 * the same pattern in its key.
 */
export function renderHandout(scene: Scene, box: HTMLElement): void {
  render(handoutView(scene, {groups: new Map(), neutral: undefined}), box);
  const groups = new Map<string, string>();
  for (const path of box.querySelectorAll('.small-map path.country[data-bloc]')) {
    const bloc = path.getAttribute('data-bloc') ?? '';
    if (!groups.has(bloc)) groups.set(bloc, getComputedStyle(path).fill);
  }
  const neutral = groups.get('none');
  groups.delete('none');
  render(handoutView(scene, {groups, neutral}), box);
}

/** Takes the handout out of the element once printing is over. */
export function clearHandout(box: HTMLElement): void {
  render(nothing, box);
}
