import {css} from 'lit';

/**
 * Printing, adopted when the handout's chunk arrives. Without the handout drawn, the page prints what the
 * reader sees, with links followed by their URLs. With it, the handout alone prints; the live map stays laid
 * out at no size, so that patterns defined in it still paint the handout's maps.
 */
const printRules = css`
  .handout {
    display: none;
  }
  @media print {
    .frame {
      display: block;
      background: none;
    }
    .frame > * {
      margin-block-end: 10px;
    }
    .panel {
      contain: none;
      overflow: visible;
    }
    .legend {
      flex-wrap: wrap;
      overflow: visible;
      white-space: normal;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .caption,
    .claim {
      break-inside: avoid;
    }
    * {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .handout {
      display: block;
    }
    .handout a[href]::after {
      content: none;
    }
    .frame:has(.handout-doc) > :not(.handout) {
      display: none;
    }
    .frame:has(.handout-doc) > .stage {
      display: block;
      position: absolute;
      inline-size: 0;
      block-size: 0;
      overflow: hidden;
      margin: 0;
    }
  }
`;

/**
 * The printed handout. Sizes are in points and millimetres, for paper; two columns of maps fit A4 and US
 * Letter alike. Everything is black on white with grey rules, so a photocopy loses nothing but the colours,
 * and the letters on the maps carry what the colours did.
 */
const handoutRules = css`
  .handout-doc {
    color: #000;
    background: #fff;
    font-size: 10pt;
    line-height: 1.35;
  }
  .handout-doc h1 {
    margin: 0 0 4pt;
    font-size: 17pt;
    line-height: 1.2;
  }
  .handout-doc h2 {
    margin: 14pt 0 6pt;
    font-size: 13pt;
    break-after: avoid;
  }
  .handout-doc h3 {
    margin: 1pt 0;
    font-size: 10pt;
    line-height: 1.25;
  }
  .handout-doc p {
    margin: 0 0 4pt;
  }
  .handout-doc .intro,
  .handout-doc .lead {
    color: #333;
  }
  .multiples {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 6mm 6mm;
  }
  .multiple {
    margin: 0;
    break-inside: avoid;
  }
  .small-map {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border: 0.5pt solid #999;
  }
  .small-map .letters text {
    font: 700 64px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    fill: #000;
    stroke: #fff;
    stroke-width: 12px;
    stroke-linejoin: round;
    paint-order: stroke;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .multiple figcaption {
    font-size: 8.5pt;
    line-height: 1.3;
    margin-block-start: 2pt;
  }
  .multiple .when {
    margin: 0;
    color: #333;
  }
  .multiple .summary {
    margin: 0 0 3pt;
  }
  .multiple .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 1pt 8pt;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .multiple .keys li {
    display: inline-flex;
    align-items: center;
    gap: 3pt;
  }
  .chip {
    flex: none;
    inline-size: 15pt;
    block-size: 10pt;
  }
  .chip rect {
    stroke: #444;
    stroke-width: 0.8;
  }
  .chip rect:not([fill]) {
    fill: var(--_neutral);
  }
  .chip text {
    font: 700 14px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    fill: #000;
    stroke: #fff;
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    text-anchor: middle;
  }
  .multiple .badge {
    font-size: 7pt;
    padding: 0 3pt;
    color: #333;
  }
  .multiple .grey {
    margin: 2pt 0 0;
    font-style: italic;
  }
  .said {
    margin: 0 0 8pt;
    break-inside: avoid;
  }
  .said blockquote {
    margin: 0;
    font-size: 10.5pt;
  }
  .said figcaption,
  .said .lead {
    font-size: 9pt;
    color: #333;
  }
  .handout-doc .url {
    font-size: 8.5pt;
    overflow-wrap: anywhere;
    color: #000;
  }
  .part-sources ol {
    margin: 0;
    padding-inline-start: 18pt;
  }
  .part-sources li {
    break-inside: avoid;
  }
  .part-sources .event,
  .part-fixes .event {
    margin: 4pt 0 1pt;
    font-weight: 600;
  }
  .cited {
    margin: 0 0 3pt;
    padding-inline-start: 12pt;
    font-size: 9pt;
  }
  .fix {
    margin: 0 0 8pt;
    padding-inline-start: 8pt;
    border-inline-start: 2pt solid #666;
    break-inside: avoid;
  }
  .handout-doc footer {
    margin-block-start: 14pt;
    font-size: 8pt;
    color: #333;
  }
`;

/** Print rules and the handout's own styles, adopted together. */
export const handoutStyles = css`
  ${printRules}
  ${handoutRules}
`;
