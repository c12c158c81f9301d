import { PALETTE as P } from '../writers/html-palette.js';

/** The report page's stylesheet and script, inlined into the page (allowed by hash in its CSP). */

export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; color: ${P.text}; background: ${P.page}; }
main { max-width: 76em; margin: 0 auto; padding: 1em 1.5em 3em; }
h1 { font-size: 1.6em; margin: .2em 0 .2em; }
h2 { font-size: 1.25em; margin: 1.8em 0 .5em; padding-top: .6em; border-top: 2px solid ${P.rule}; }
h3 { font-size: 1em; margin: 1.2em 0 .4em; }
a { color: ${P.link}; }
.nm-muted { color: ${P.muted}; }
.nm-none { color: ${P.muted}; font-style: italic; }
.nm-tiles { display: flex; flex-wrap: wrap; gap: .8em; margin: 1em 0; padding: 0; list-style: none; }
.nm-tiles li { background: ${P.panel}; border: 1px solid ${P.rule}; border-radius: 6px; padding: .5em .9em; min-width: 9em; }
.nm-tiles b { display: block; font-size: 1.5em; font-variant-numeric: tabular-nums; }
.nm-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(30em, 1fr)); gap: 0 2.5em; }
.nm-chart.nm-share, .nm-cols .nm-chart { max-width: 60em; }
.nm-chart { display: block; width: 100%; max-width: 40em; height: auto; font: 13px system-ui, sans-serif; fill: ${P.text}; overflow: visible; }
.nm-chart text { fill: ${P.text}; }
.nm-chart text.v, .nm-chart text.t { fill: ${P.muted}; font-variant-numeric: tabular-nums; }
.nm-scroll { overflow-x: auto; }
.nm-scroll-y { max-height: 28em; overflow: auto; border: 1px solid ${P.rule}; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: .95em; }
th, td { padding: .2em .6em; text-align: left; vertical-align: top; border-bottom: 1px solid #d8dee4; }
th { white-space: nowrap; }
thead th { position: sticky; top: 0; background: ${P.panel}; border-bottom: 1px solid ${P.rule}; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: 600; color: ${P.text}; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
th button::after { content: ' ↕'; color: ${P.muted}; }
th[aria-sort=ascending] button::after { content: ' ▲'; color: ${P.text}; }
th[aria-sort=descending] button::after { content: ' ▼'; color: ${P.text}; }
:focus-visible { outline: 3px solid ${P.focus}; outline-offset: 2px; }
.nm-bad li { font-family: ui-monospace, monospace; font-size: .9em; }
@media print {
  main { max-width: none; padding: 0; }
  .nm-scroll-y { max-height: none; overflow: visible; border: 0; }
  thead th { position: static; }
  th button::after { content: none; }
  h2 { break-before: auto; }
  section, svg, tr { break-inside: avoid; }
}
`;

/** Sortable tables: a header button sorts by its column (numbers as numbers); again reverses. */
export const REPORT_SCRIPT = String.raw`(function () {
  'use strict';
  function value(cell, numeric) {
    var raw = cell.getAttribute('data-v');
    if (raw === null) raw = cell.textContent;
    return numeric ? Number(raw) : raw.toLowerCase();
  }
  document.addEventListener('click', function (ev) {
    var btn = ev.target.closest ? ev.target.closest('th button[data-col]') : null;
    if (!btn) return;
    var th = btn.parentNode;
    var table = th.closest('table');
    var body = table.tBodies[0];
    var col = Number(btn.getAttribute('data-col'));
    var numeric = btn.getAttribute('data-type') === 'number';
    var current = th.getAttribute('aria-sort');
    var dir = current === 'descending' ? 1 : current === 'ascending' ? -1 : (numeric ? -1 : 1);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (r, i) { r._nmIndex = i; });
    rows.sort(function (a, b) {
      var x = value(a.cells[col], numeric);
      var y = value(b.cells[col], numeric);
      if (x < y) return -dir;
      if (x > y) return dir;
      return a._nmIndex - b._nmIndex;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
})();
`;
