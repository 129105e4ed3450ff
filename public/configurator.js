// The embed configurator (embed.html): the form's settings become the attributes of the preview's
// <stack-guide> element and the snippet to copy. The snippet names this page's own folder, so a
// copy of the guide hosted anywhere writes snippets for itself. No markup is written from data:
// attributes and text only.
(function () {
  'use strict';
  var form = document.getElementById('cf-form');
  var guide = document.getElementById('cf-guide');
  var snippet = document.getElementById('cf-snippet');
  var status = document.getElementById('cf-status');
  var techs = document.getElementById('cf-tech');
  var home = new URL('./', location.href).href;

  // The catalog's cards, by id and name, from the guide's own (crawlable) page.
  fetch(home).then(function (r) { return r.text(); }).then(function (html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var cards = Array.prototype.map.call(page.querySelectorAll('article[data-tech]'), function (a) {
      var title = a.querySelector('.sg-card__title');
      return [a.getAttribute('data-tech'), (title ? title.textContent : a.getAttribute('data-tech')).trim()];
    });
    if (!cards.length) return;
    cards.sort(function (x, y) { return x[1].localeCompare(y[1]); });
    var chosen = techs.value;
    techs.replaceChildren.apply(techs, cards.map(function (c) {
      var option = document.createElement('option');
      option.value = c[0];
      option.textContent = c[1];
      return option;
    }));
    techs.value = chosen;
  }).catch(function (why) { console.warn('stackguide configurator: the list of cards:', why); });

  // The attributes the settings ask for, in the snippet's order; defaults are left out.
  function attributes() {
    var get = function (name) { return form.elements[name].value.trim(); };
    var card = get('view') === 'card';
    techs.disabled = !card;
    // Compact is a way to show the catalog: not the chooser, the guides or a card.
    form.elements.compact.disabled = get('view') !== 'explore';
    var list = [];
    if (get('view') !== 'explore') list.push(['view', get('view')]);
    if (card) list.push(['tech', get('tech')]);
    if (get('state')) list.push(['state', get('state')]);
    if (form.elements.compact.checked && !form.elements.compact.disabled) list.push(['compact', '']);
    if (get('height')) list.push(['height', get('height')]);
    if (get('theme') !== 'auto') list.push(['theme', get('theme')]);
    return list;
  }

  function quoted(value) {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  // Where the snippet's link (shown until the guide loads, or without JavaScript) leads: the guide's
  // page with the card or the state the embed opens on.
  function fallback(list) {
    var given = {};
    list.forEach(function (a) { given[a[0]] = a[1]; });
    if (given.view === 'card') return home + '?tech=' + encodeURIComponent(given.tech);
    var state = (given.state || '').replace(/^[^?]*\?/, '');
    return state ? home + '?' + state : home;
  }

  function update() {
    var list = attributes();
    var written = list.map(function (a) { return a[1] === '' ? ' ' + a[0] : ' ' + a[0] + '="' + quoted(a[1]) + '"'; }).join('');
    snippet.value = '<script src="' + home + 'embed.js" defer></script>\n'
      + '<stack-guide' + written + '>\n'
      + '  <a href="' + quoted(fallback(list)) + '">The backend technologies guide</a>\n'
      + '</stack-guide>';
    // The preview takes the same attributes (it builds itself again when they change).
    ['view', 'tech', 'state', 'compact', 'height', 'theme'].forEach(function (name) {
      var given = list.find(function (a) { return a[0] === name; });
      if (!given) guide.removeAttribute(name);
      else if (guide.getAttribute(name) !== given[1]) guide.setAttribute(name, given[1]);
    });
    status.textContent = '';
  }

  form.addEventListener('change', update);
  // Typed settings apply once the typing pauses (the preview builds itself again for each).
  var typing = null;
  form.addEventListener('input', function (e) {
    if (e.target.type !== 'text') return;
    clearTimeout(typing);
    typing = setTimeout(update, 500);
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.getElementById('cf-dark').addEventListener('change', function (e) {
    document.documentElement.classList.toggle('dark', e.target.checked);
  });
  document.getElementById('cf-copy').addEventListener('click', function () {
    var done = function () { status.textContent = 'Copied.'; };
    var by_hand = function () {
      snippet.focus();
      snippet.select();
      status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(snippet.value).then(done, by_hand);
    else by_hand();
  });
  update();
})();
