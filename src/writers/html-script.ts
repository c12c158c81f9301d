/**
 * The article page's script (inlined; the page's Content-Security-Policy allows this script alone,
 * by its hash). Plain ES2017 for any current browser; it builds the entity card and reads article
 * text only through `textContent`, never as HTML. Everything works from file://.
 *
 * - hover or focus a mention: its entity card, and all mentions of that entity highlighted;
 * - click a quote (or Enter / Space on it): the quote, its speaker's attribution and its cue;
 * - the panel's buttons: an issue's evidence, an entity's mentions, a speaker's quotes, a date…
 * - Escape clears; "show type labels" writes person/place/org after each name.
 */
export const ARTICLE_SCRIPT = String.raw`(function () {
  'use strict';
  var doc = document;
  var cache = new WeakMap();
  function articleOf(el) { return el.closest('.nm-article'); }
  function dataOf(art) {
    if (!cache.has(art)) {
      var node = art.querySelector('script.nm-data');
      var data = { entities: {}, quotes: {} };
      try { if (node) data = JSON.parse(node.textContent); } catch (err) { /* keep the empty data */ }
      cache.set(art, data);
    }
    return cache.get(art);
  }
  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function clear(root, cls) { all(root, '.' + cls).forEach(function (el) { el.classList.remove(cls); }); }
  function q(value) { return '"' + String(value).replace(/["\\]/g, '\\$&') + '"'; }

  var card = doc.createElement('div');
  card.className = 'nm-card';
  card.id = 'nm-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  doc.body.appendChild(card);
  var live = doc.createElement('div');
  live.className = 'nm-live';
  live.setAttribute('aria-live', 'polite');
  doc.body.appendChild(live);

  // Several articles: the table of contents is written last (the page is streamed); show it first.
  var toc = doc.getElementById('nm-toc');
  var main = doc.querySelector('main');
  if (toc && main) main.parentNode.insertBefore(toc, main);

  var shown = null;
  function showCard(mark) {
    var art = articleOf(mark);
    if (!art) return;
    var id = mark.getAttribute('data-entity');
    var entity = dataOf(art).entities[id];
    if (!entity) return;
    card.textContent = '';
    var name = doc.createElement('b');
    name.textContent = entity.name;
    card.appendChild(name);
    var list = doc.createElement('dl');
    function row(label, value) {
      if (value === undefined || value === null || value === '') return;
      var dt = doc.createElement('dt');
      dt.textContent = label;
      var dd = doc.createElement('dd');
      dd.textContent = String(value);
      list.appendChild(dt);
      list.appendChild(dd);
    }
    row('type', entity.type);
    row('title', entity.title);
    row('affiliation', entity.affiliation);
    row('gender', entity.gender);
    row('kind', entity.kind);
    row('country', entity.country);
    row('mentions', entity.mentions);
    row('quotes', entity.quotes);
    card.appendChild(list);
    card.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.max(4, Math.min(window.scrollX + box.left, window.scrollX + doc.documentElement.clientWidth - card.offsetWidth - 4));
    card.style.left = left + 'px';
    card.style.top = (window.scrollY + box.bottom + 6) + 'px';
    clear(art, 'nm-hl');
    all(art, 'mark[data-entity=' + q(id) + ']').forEach(function (el) { el.classList.add('nm-hl'); });
    mark.setAttribute('aria-describedby', 'nm-card');
    shown = mark;
  }
  function hideCard() {
    if (!shown) return;
    var art = articleOf(shown);
    if (art) clear(art, 'nm-hl');
    shown.removeAttribute('aria-describedby');
    card.hidden = true;
    shown = null;
  }
  function markOf(target) { return target && target.closest ? target.closest('mark[data-entity]') : null; }
  doc.addEventListener('mouseover', function (ev) { var m = markOf(ev.target); if (m && m !== shown) showCard(m); });
  doc.addEventListener('mouseout', function (ev) { var m = markOf(ev.target); if (m && m === shown && !m.contains(ev.relatedTarget)) hideCard(); });
  doc.addEventListener('focusin', function (ev) { var m = markOf(ev.target); if (m) showCard(m); else hideCard(); });

  function unpress(art) {
    all(art, '[aria-pressed=true]').forEach(function (el) { el.setAttribute('aria-pressed', 'false'); });
    clear(art, 'nm-sel');
    clear(art, 'nm-evon');
  }
  function reveal(el) {
    if (!el) return;
    var box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({ block: 'center' });
  }
  function selectQuotes(art, ids) {
    ids.forEach(function (id) {
      var sel = '[data-quote=' + q(id) + '], [data-speaker-of~=' + q(id) + '], [data-cue-of~=' + q(id) + ']';
      all(art, sel).forEach(function (el) {
        el.classList.add('nm-sel');
        if (el.hasAttribute('data-quote')) el.setAttribute('aria-pressed', 'true');
      });
    });
  }
  function toggleQuote(el) {
    var art = articleOf(el);
    if (!art) return;
    var id = el.getAttribute('data-quote');
    var was = el.classList.contains('nm-sel');
    unpress(art);
    if (was) { live.textContent = ''; return; }
    selectQuotes(art, [id]);
    var info = dataOf(art).quotes[id] || {};
    live.textContent = (info.kind === 'indirect' ? 'Reported speech' : 'Quote') + (info.speaker ? ' by ' + info.speaker : ', no speaker found') + (info.cue ? '; cue: ' + info.cue : '');
  }

  var TARGET = {
    entity: function (id) { return 'mark[data-entity=' + q(id) + ']'; },
    issue: function (id) { return '[data-ev~=' + q(id) + ']'; },
    date: function (id) { return '[data-date=' + q(id) + ']'; },
    qty: function (id) { return '[data-qty=' + q(id) + ']'; },
    diag: function (id) { return '[data-diag=' + q(id) + ']'; }
  };
  function press(btn) {
    var art = articleOf(btn);
    if (!art) return;
    var act = btn.getAttribute('data-act');
    var id = btn.getAttribute('data-id') || '';
    var was = btn.getAttribute('aria-pressed') === 'true';
    unpress(art);
    if (was) { live.textContent = ''; return; }
    btn.setAttribute('aria-pressed', 'true');
    var found;
    if (act === 'quotes') {
      var ids = id.split(' ').filter(Boolean);
      selectQuotes(art, ids);
      found = ids.length ? art.querySelector('[data-quote=' + q(ids[0]) + ']') : null;
    } else if (TARGET[act]) {
      var els = all(art, TARGET[act](id));
      els.forEach(function (el) { el.classList.add('nm-evon'); });
      found = els[0];
    }
    live.textContent = btn.textContent + ': ' + (found ? 'highlighted in the text' : 'not in the text');
    reveal(found);
  }

  doc.addEventListener('click', function (ev) {
    var t = ev.target;
    if (!t.closest) return;
    var btn = t.closest('button[data-act]');
    if (btn) { press(btn); return; }
    var quote = t.closest('[data-quote]');
    if (quote && articleOf(quote)) toggleQuote(quote);
  });
  doc.addEventListener('keydown', function (ev) {
    var t = ev.target;
    if (ev.key === 'Escape') {
      hideCard();
      var art = t.closest ? articleOf(t) : null;
      if (art) unpress(art);
      return;
    }
    if ((ev.key === 'Enter' || ev.key === ' ') && t.hasAttribute && t.hasAttribute('data-quote')) {
      ev.preventDefault();
      toggleQuote(t);
    }
  });
  doc.addEventListener('change', function (ev) {
    var t = ev.target;
    if (t.classList && t.classList.contains('nm-labels-toggle')) {
      var art = articleOf(t);
      if (art) art.classList.toggle('nm-labels', t.checked);
    }
  });
})();
`;
