import {css} from 'lit';

/**
 * What a language changes beyond its words. Urdu: a Nastaliq or Naskh face the reader's system already has
 * (no web font is downloaded), with the taller line Nastaliq needs; the page's `--alignment-font` still wins.
 * The rest of the mirroring comes from the logical properties of every part's styles under `dir="rtl"`.
 */
export const languageStyles = css`
  .frame:lang(ur) {
    font-family: var(
      --alignment-font,
      'Noto Nastaliq Urdu',
      'Jameel Noori Nastaleeq',
      'Urdu Typesetting',
      'Noto Naskh Arabic',
      'Amiri',
      'Geeza Pro',
      'Segoe UI',
      'DejaVu Sans',
      sans-serif
    );
    line-height: 1.9;
  }
  /* Headings and slides set their own tight lines for Latin text: Nastaliq and Naskh need more room above and below. */
  .frame:lang(ur) :is(.header h2, .slide .title, .slide .summary, .key-quote blockquote) {
    line-height: 1.8;
  }
  /* A phone clamps the intro to two lines, hiding overflow: Naskh's first letter reaches past its box on the right. */
  .frame:lang(ur) .header > p {
    padding-inline: 3px;
  }
  /* Latin text set inside Urdu (a quote, a story left untranslated) keeps a Latin face and line. */
  .frame:lang(ur) :lang(en) {
    font-family: var(--alignment-font, sans-serif);
    line-height: 1.45;
  }
  /* The step buttons' angle brackets point the way time runs: back is to the right in a right-to-left frame. */
  .frame:dir(rtl) .buttons .step > span {
    display: inline-block;
    transform: scaleX(-1);
  }
  .original {
    display: inline-block;
    margin-inline-start: 0.3em;
    padding: 0 0.35em;
    border: 1px solid var(--_line);
    border-radius: 3px;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 400;
    line-height: 1.5;
    vertical-align: middle;
  }
  .quote .translation {
    margin: 4px 0 0;
    color: var(--_muted);
  }
`;
