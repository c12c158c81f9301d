import { PALETTE as P } from './html-palette.js';

/**
 * The article page's stylesheet (inlined into every page: nothing is loaded from anywhere).
 * Each kind of highlight has its own underline style as well as its colour — solid for people,
 * dashed for places, double for organizations, italics and corner marks for quotes — so the
 * annotations read without colour, in print and in forced-colours modes alike.
 */
export const ARTICLE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 Georgia, 'Times New Roman', serif; color: ${P.text}; background: ${P.page}; }
a { color: ${P.link}; }
.nm-skip { position: absolute; left: -999px; top: 0; background: ${P.page}; padding: .5em; z-index: 10; }
.nm-skip:focus { left: .5em; }
.nm-pagehead { font: 14px/1.4 system-ui, sans-serif; color: ${P.muted}; padding: .5em 1.5em; border-bottom: 1px solid ${P.rule}; }
.nm-toc { font: 15px/1.5 system-ui, sans-serif; padding: 1em 1.5em; border-bottom: 1px solid ${P.rule}; background: ${P.panel}; }
.nm-toc h2 { font-size: 1.05em; margin: 0 0 .4em; }
.nm-toc ol { margin: 0; padding-left: 1.6em; columns: 2 22em; }
.nm-toc .nm-count { color: ${P.muted}; font-size: .9em; }
.nm-article { display: grid; grid-template-columns: minmax(0, 42em) minmax(16em, 24em); gap: 2em; padding: 1.5em; max-width: 72em; margin: 0 auto; border-bottom: 3px double ${P.rule}; }
.nm-text { min-width: 0; }
.nm-text > * { white-space: pre-wrap; overflow-wrap: anywhere; }
.nm-id { font: 13px/1.4 ui-monospace, monospace; color: ${P.muted}; margin: 0 0 .5em; white-space: normal; }
.nm-section { font: 600 13px/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .06em; color: ${P.muted}; margin: 0; }
.nm-text h1 { font-size: 1.9em; line-height: 1.2; margin: .2em 0 .6em; }
.nm-text h2 { font-size: 1.3em; margin: 1.2em 0 .4em; }
.nm-dateline, .nm-byline { font: 14px/1.5 system-ui, sans-serif; color: ${P.muted}; margin: .3em 0; }
.nm-dateline::before { content: 'Dateline · '; font-weight: 600; }
.nm-byline::before { content: 'Byline · '; font-weight: 600; }
.nm-caption { font: italic 15px/1.5 system-ui, sans-serif; color: ${P.muted}; border-left: 3px solid ${P.rule}; padding-left: .7em; margin: 1em 0; }
.nm-caption::before { content: 'Caption · '; font-style: normal; font-weight: 600; }
.nm-boilerplate { font: 14px/1.5 system-ui, sans-serif; color: ${P.muted}; border: 1px dashed ${P.rule}; padding: .3em .6em; margin: 1em 0; }
.nm-boilerplate::before { content: 'Boilerplate · '; font-weight: 600; }
.nm-other { color: ${P.muted}; }
mark[data-type] { color: inherit; padding: 0 .05em; border-radius: 2px; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
mark[data-type=person] { background: ${P.person.bg}; text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: ${P.person.line}; }
mark[data-type=place] { background: ${P.place.bg}; text-decoration-line: underline; text-decoration-style: dashed; text-decoration-color: ${P.place.line}; }
mark[data-type=organization] { background: ${P.organization.bg}; text-decoration-line: underline; text-decoration-style: double; text-decoration-color: ${P.organization.line}; text-decoration-thickness: 3px; }
mark[data-entity] { cursor: help; }
mark[data-type] mark[data-type] { text-underline-offset: 7px; }
.nm-labels mark[data-type]:not([data-cont])::after { content: attr(data-label); font: 600 10px/1 system-ui, sans-serif; letter-spacing: .03em; vertical-align: super; margin-left: .15em; color: ${P.text}; }
.nm-quote { background: ${P.quote.bg}; font-style: italic; cursor: pointer; border-radius: 2px; }
.nm-quote[data-kind=indirect] { background: ${P.indirect.bg}; font-style: normal; }
.nm-quote[data-kind=indirect]:not([data-cont])::before { content: '⟨reported⟩'; font: 600 10px/1 system-ui, sans-serif; vertical-align: super; color: ${P.indirect.line}; }
.nm-cue { text-decoration: underline wavy ${P.quote.line} 1px; text-underline-offset: 4px; }
.nm-quotation { font-style: italic; }
.nm-quote.nm-sel { outline: 2px solid ${P.quote.line}; outline-offset: 1px; }
.nm-speaker.nm-sel, .nm-speaker.nm-sel mark[data-type] { background: ${P.selected.bg} !important; }
.nm-speaker.nm-sel { outline: 3px solid ${P.selected.line}; outline-offset: 1px; }
.nm-cue.nm-sel { outline: 2px dashed ${P.selected.line}; outline-offset: 1px; }
.nm-hl { background: ${P.hover.bg} !important; outline: 2px solid ${P.hover.line}; }
.nm-evon { background: ${P.evidence.bg} !important; outline: 2px solid ${P.evidence.line}; }
:focus-visible { outline: 3px solid ${P.focus} !important; outline-offset: 2px; }
.nm-panel { font: 14px/1.45 system-ui, sans-serif; background: ${P.panel}; border: 1px solid ${P.rule}; border-radius: 6px; padding: .8em 1em; align-self: start; position: sticky; top: .5em; max-height: calc(100vh - 1em); overflow: auto; }
.nm-panel h2 { font-size: 1.05em; margin: 1em 0 .35em; }
.nm-panel h2 { margin-top: 0; }
.nm-panel > section + section { margin-top: 1.1em; padding-top: .8em; border-top: 1px solid ${P.rule}; }
.nm-panel h3 { font-size: .95em; margin: .7em 0 .2em; color: ${P.muted}; }
.nm-panel ul, .nm-panel ol { list-style: none; margin: 0; padding: 0; }
.nm-panel li { margin: .15em 0; }
.nm-panel button { font: inherit; color: ${P.link}; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; text-decoration: underline; text-underline-offset: 2px; }
.nm-panel button[aria-pressed=true] { background: ${P.evidence.bg}; color: ${P.text}; outline: 1px solid ${P.evidence.line}; }
.nm-muted, .nm-panel .nm-muted { color: ${P.muted}; }
.nm-none { color: ${P.muted}; font-style: italic; }
.nm-legend { display: flex; flex-wrap: wrap; gap: .3em .8em; margin: 0 0 .5em; }
.nm-legend mark, .nm-legend span { cursor: default; }
.nm-legend label { display: block; margin-top: .3em; }
.nm-speakers td, .nm-speakers th { padding: .1em .4em .1em 0; vertical-align: top; text-align: left; }
.nm-speakers td.nm-n { text-align: right; font-variant-numeric: tabular-nums; }
.nm-speakers { border-collapse: collapse; width: 100%; }
.nm-speakers th { font-weight: 600; border-bottom: 1px solid ${P.rule}; }
.nm-diag-error { font-weight: 600; }
.nm-card { position: absolute; z-index: 20; max-width: 22em; font: 14px/1.4 system-ui, sans-serif; background: ${P.page}; color: ${P.text}; border: 1px solid ${P.text}; border-radius: 6px; padding: .5em .7em; box-shadow: 0 2px 10px rgba(0,0,0,.2); pointer-events: none; }
.nm-card[hidden] { display: none; }
.nm-card b { display: block; font-size: 1.05em; }
.nm-card dl { margin: .3em 0 0; display: grid; grid-template-columns: auto 1fr; gap: 0 .6em; }
.nm-card dt { color: ${P.muted}; }
.nm-card dd { margin: 0; }
.nm-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@media (max-width: 900px) {
  .nm-article { grid-template-columns: minmax(0, 1fr); }
  .nm-panel { position: static; max-height: none; }
}
@media print {
  body { font-size: 11pt; }
  .nm-skip, .nm-card, .nm-live, .nm-legend label { display: none !important; }
  .nm-article { display: block; max-width: none; padding: 0; border: 0; break-after: page; }
  .nm-panel { position: static; max-height: none; overflow: visible; border: 0; border-top: 1px solid ${P.rule}; background: none; margin-top: 1.5em; padding: .5em 0 0; }
  .nm-panel button { color: inherit; text-decoration: none; }
  .nm-panel section, .nm-speakers tr, .nm-text p { break-inside: avoid; }
  .nm-toc { background: none; break-after: page; }
  mark[data-entity], .nm-quote, .nm-legend mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .nm-sel, .nm-hl, .nm-evon { outline: none !important; }
}
`;
