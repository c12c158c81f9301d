import { createHash } from 'node:crypto';
import { htmlPolicy } from './respond.js';

/**
 * `GET /`: a page where a person pastes an article and sees it annotated. Self-contained (its style
 * and script inline, nothing loaded from anywhere) under a strict Content-Security-Policy: the page's
 * own style and script by hash, requests only to this server, nothing else.
 *
 * The annotated view is the HTML writer's page (`-f html`), fetched from `POST /annotate?format=html`
 * and shown in a sandboxed frame from a blob: URL — a document of its own (its `#…` links stay
 * inside it), with an opaque origin, so the article's page cannot reach this one or the server. A
 * blob: document keeps the policy of the page that made it besides its own, so this page's policy
 * also allows the article page's style and script, by the hashes the writer's own policy names.
 */

const PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fafaf7; --muted: #5d5d63; --line: #c9c9c4; --accent: #1f5fae; }
@media (prefers-color-scheme: dark) { :root { --fg: #ecece8; --bg: #18181a; --muted: #a3a3aa; --line: #44444a; --accent: #7fb0f0; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
p.nm-lead { margin: 0 0 1rem; color: var(--muted); }
label { font-weight: 600; }
textarea { display: block; width: 100%; min-height: 14rem; margin: .35rem 0 .75rem; padding: .6rem; font: 15px/1.45 ui-monospace, monospace; color: inherit; background: transparent; border: 1px solid var(--line); border-radius: 4px; resize: vertical; }
.nm-row { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: center; }
.nm-row label { font-weight: 400; }
select, input { font: inherit; color: inherit; background: transparent; border: 1px solid var(--line); border-radius: 4px; padding: .2rem .4rem; }
button { font: inherit; font-weight: 600; padding: .4rem 1.1rem; border: 0; border-radius: 4px; color: #fff; background: var(--accent); cursor: pointer; }
button:disabled { opacity: .6; cursor: progress; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
#nm-status { color: var(--muted); }
#nm-status.nm-error { color: #b3261e; }
iframe { display: block; width: 100%; height: 80vh; margin-top: 1rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
pre { margin-top: 1rem; padding: .75rem; overflow: auto; max-height: 80vh; border: 1px solid var(--line); border-radius: 4px; font: 13px/1.4 ui-monospace, monospace; white-space: pre-wrap; }
[hidden] { display: none !important; }
`;

const PAGE_SCRIPT = `(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var form = $('nm-form'), text = $('nm-text'), format = $('nm-format'), explain = $('nm-explain');
  var token = $('nm-token'), button = $('nm-go'), status = $('nm-status'), view = $('nm-view'), raw = $('nm-raw');
  var shown;
  function say(message, error) { status.textContent = message; status.className = error ? 'nm-error' : ''; }
  function show(kind, body) {
    if (shown) URL.revokeObjectURL(shown);
    shown = undefined;
    if (kind === 'html') {
      shown = URL.createObjectURL(new Blob([body], { type: 'text/html' }));
      view.src = shown;
      view.hidden = false;
      raw.hidden = true;
    } else {
      raw.textContent = body;
      raw.hidden = false;
      view.hidden = true;
    }
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!text.value.trim()) { say('Paste an article first.', true); text.focus(); return; }
    var kind = format.value;
    var headers = { 'Content-Type': 'text/plain; charset=utf-8' };
    if (token && token.value) headers.Authorization = 'Bearer ' + token.value;
    var started = Date.now();
    button.disabled = true;
    say('Annotating…');
    fetch('/annotate?format=' + encodeURIComponent(kind) + (explain.checked ? '&explain' : ''), { method: 'POST', headers: headers, body: text.value })
      .then(function (response) {
        return response.text().then(function (body) {
          if (!response.ok) {
            var message = body;
            try { message = JSON.parse(body).message; } catch (err) { /* not JSON: show it as it is */ }
            say(response.status + ': ' + message, true);
            return;
          }
          say('Annotated in ' + (Date.now() - started) + ' ms.');
          show(kind, body);
        });
      })
      .catch(function (err) { say('No answer from the server (' + err.message + ').', true); })
      .then(function () { button.disabled = false; });
  });
})();`;

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');

/** The style and script sources the writer's article page allows, read from its own policy. */
function articleSources(): { style: string; script: string } {
  const policy = htmlPolicy();
  const sources = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s+([^;]*)`).exec(policy)?.[1]?.trim() ?? '';
  return { style: sources('style-src'), script: sources('script-src') };
}

export interface Page {
  html: string;
  policy: string;
}

/** The page and its policy (built once, at start). With a token, the page asks for it. */
export function landingPage(tokenRequired: boolean): Page {
  const article = articleSources();
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${sha256(PAGE_CSS)}' ${article.style}`.trim(),
    `script-src 'sha256-${sha256(PAGE_SCRIPT)}' ${article.script}`.trim(),
    "connect-src 'self'",
    'frame-src blob:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const tokenField = tokenRequired
    ? `<label>Token <input id="nm-token" type="password" autocomplete="off" spellcheck="false" required></label>`
    : '';
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsmark">
<title>newsmark</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
<h1>newsmark</h1>
<p class="nm-lead">Paste an English news article: headline first, paragraphs separated by blank lines. It is annotated on this machine and kept nowhere.</p>
<form id="nm-form">
<label for="nm-text">Article</label>
<textarea id="nm-text" spellcheck="false" placeholder="Headline&#10;&#10;First paragraph…"></textarea>
<div class="nm-row">
<button id="nm-go" type="submit">Annotate</button>
<label>View <select id="nm-format">
<option value="html" selected>annotated article</option>
<option value="summary">summary</option>
<option value="pretty">pretty</option>
<option value="json">JSON</option>
<option value="yaml">YAML</option>
</select></label>
<label><input id="nm-explain" type="checkbox"> explain each decision</label>
${tokenField}
<span id="nm-status" role="status" aria-live="polite"></span>
</div>
</form>
<iframe id="nm-view" title="The annotated article" sandbox="allow-scripts" hidden></iframe>
<pre id="nm-raw" hidden></pre>
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
  return { html, policy };
}
