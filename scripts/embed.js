// stackguide's embed: the guide in any page, as a <stack-guide> element.
//   <script src="https://GUIDE/embed.js" defer></script>
//   <stack-guide state="q=queue&hosting=managed" theme="dark"></stack-guide>
// or in one tag, the guide where the script stands:
//   <script src="https://GUIDE/embed.js" data-insert data-state="q=queue" defer></script>
// Classic or module, async or defer, in <head> or <body>, once or twice: each way works. A link
// inside the element shows until the guide replaces it (and stays if embed.js never loads).
// The guide is fetched when the element comes within a screen of the window (loading="eager": at once).
// scripts/embed.py writes it into the build as embed.js, with this build's file names. The guide
// lives in the element's shadow root, styled by the guide's own sheet: the host page's styles
// stay out and the guide's stay in. Attributes are read when the element joins the page.
// Anything that fails shows a message in the element and a console warning; nothing reaches the
// host page's own scripts. A panic stops the copy of the code every guide of the page shares: the
// guide the reader was using says so, and the others are built again on a fresh copy.
(function () {
  'use strict';
  var TAG = 'stack-guide';
  // Marks a data-insert tag whose guide is in the page.
  var INSERTED = 'data-sg-inserted';
  var EMBED_JS = /\/embed\.js([?#]|$)/;
  if (!window.customElements) return;
  // A classic script knows its own tag. A module (type="module") does not, and runs once however
  // many tags load it: then every embed.js tag of the page is found by its address.
  var tags = document.currentScript ? [document.currentScript]
    : Array.prototype.filter.call(document.querySelectorAll('script[src]'), function (s) { return EMBED_JS.test(s.src); });
  if (!tags.length || !tags[0].src) {
    console.warn('stackguide: load embed.js from a <script src> tag');
    return;
  }
  var base = tags[0].src;
  function from(name) { return new URL(name, base).href; }
  // The first embed.js of the page defines the element; every tag with data-insert inserts one.
  if (!customElements.get(TAG)) define();
  tags.forEach(function (tag) {
    if (tag.hasAttribute('data-insert') && !tag.hasAttribute(INSERTED)) insertAt(tag);
  });

  // The guide where the tag stands, with the tag's data-* settings as its attributes.
  function insertAt(tag) {
    tag.setAttribute(INSERTED, '');
    var guide = document.createElement(TAG);
    Array.prototype.forEach.call(tag.attributes, function (a) {
      var name = a.name.slice(5);
      if (a.name.indexOf('data-') === 0 && name !== 'insert' && a.name !== INSERTED) guide.setAttribute(name, a.value);
    });
    // In <head> nothing shows: at the end of the page then, with a word to the blogger.
    if (tag.closest('head') || !tag.parentNode) {
      console.warn('stackguide: put the embed.js tag with data-insert where the guide should be, in the body');
      if (document.body) document.body.appendChild(guide);
      else document.addEventListener('DOMContentLoaded', function () { document.body.appendChild(guide); });
    } else {
      tag.after(guide);
    }
  }

  function define() {
    var loading = null;
    var failures = 0;
    // The guides built, the one being mounted, the one the reader used last, and the guides of a
    // dead copy of the code (kept, so that nothing ever calls into it again, not even the garbage
    // collector).
    var guides = new Set();
    var mounting = null;
    var active = null;
    var dead = [];
    var stopped = new WeakSet();
    // One copy of the code for every element of the page; tried again after a failure (under
    // another URL: the browser keeps a module that failed to load as failed).
    function load() {
      if (!loading && typeof WebAssembly !== 'object') {
        return Promise.reject(new Error('this browser runs no WebAssembly'));
      }
      if (!loading) {
        var module = from('@JS@') + (failures ? '?retry=' + failures : '');
        loading = import(module).then(function (code) {
          return code.default({ module_or_path: from('@WASM@') }).then(function () {
            code.report_faults_to(function (message) { faulted(code, message); });
            return code;
          });
        });
        loading.catch(function () { loading = null; failures += 1; });
      }
      return loading;
    }

    // Called by the panicking code itself: nothing here calls into it. The guide in use shows
    // the message; the others are built again, later, on a fresh copy.
    function faulted(code, message) {
      // (A module's namespace takes no new property: the copies that stopped are kept apart.)
      if (stopped.has(code)) return;
      stopped.add(code);
      loading = null;
      failures += 1;
      console.warn('stackguide: a guide stopped:', message);
      var broken = mounting || active;
      if (broken && broken._code !== code) broken = null;
      guides.forEach(function (guide) {
        if (guide._code !== code) return;
        dead.push(guide._guide);
        guide._guide = null;
        if (guide !== broken) setTimeout(function () { guide.rebuild(); });
      });
      // After the panicking code has returned.
      if (broken) queueMicrotask(function () { broken.say('This guide stopped because of an error in it. '); });
    }

    class StackGuide extends HTMLElement {
      static get observedAttributes() {
        return ['state', 'theme', 'view', 'tech', 'compact', 'height', 'guides-base', 'link-target'];
      }

      // Built again as its attributes now say: at once when it was built (no empty frame).
      rebuild() {
        var built = !!this._root;
        this.disconnectedCallback();
        if (!this.isConnected) return;
        if (built) this.build();
        else this.connectedCallback();
      }

      // A changed attribute builds the guide again, as the attributes now say.
      attributeChangedCallback(name, before, now) {
        if (this._root && before !== now) this.rebuild();
      }

      // Until the element comes within a screen of the window, nothing but this script is fetched
      // and the element keeps a place for the guide; loading="eager" builds it at once.
      connectedCallback() {
        if (this._root || this._waiting) return;
        if (this.getAttribute('loading') === 'eager' || !window.IntersectionObserver) return this.build();
        var self = this;
        this.style.display = 'block';
        this.reserve();
        this._waiting = new IntersectionObserver(function (entries) {
          if (!entries.some(function (e) { return e.isIntersecting; })) return;
          self.stopWaiting();
          self.build();
        }, { rootMargin: '100% 0px' });
        this._waiting.observe(this);
      }

      stopWaiting() {
        if (this._waiting) this._waiting.disconnect();
        this._waiting = null;
      }

      // The guide's height to come, kept from the moment the element joins the page until the guide
      // fills it (or two seconds after it is mounted): the post does not jump. A capped guide is as
      // tall as its cap; height="auto", 30em.
      reserve() {
        var height = this.getAttribute('height');
        this.style.minHeight = height === 'auto' ? '30em' : height || 'var(--sg-height, 85vh)';
      }

      release(root, frames) {
        var self = this;
        if (this._root !== root) return;
        if (frames <= 0 || root.offsetHeight >= this.clientHeight - 2) return this.style.removeProperty('min-height');
        requestAnimationFrame(function () { self.release(root, frames - 1); });
      }

      build() {
        this.style.display = 'block';
        this.reserve();
        var self = this;
        var shadow = this.shadowRoot;
        if (!shadow) {
          shadow = this.attachShadow({ mode: 'open' });
          // The guide the reader uses: the one a panic in answer to them comes from.
          ['pointerdown', 'keydown', 'focusin', 'input'].forEach(function (type) {
            shadow.addEventListener(type, function () { active = self; }, true);
          });
        }
        var sheet = document.createElement('link');
        sheet.rel = 'stylesheet';
        sheet.href = from('@CSS@');
        // A named region of the host page (the guide's header is then not the page's banner).
        var root = document.createElement('section');
        root.className = 'sg-root sg-embed';
        root.setAttribute('aria-label', 'Backend technologies guide');
        var status = document.createElement('p');
        status.setAttribute('role', 'status');
        status.textContent = 'Loading the backend technologies guide…';
        root.appendChild(status);
        shadow.replaceChildren(sheet, root);
        this._root = root;
        var styled = new Promise(function (done, failed) {
          sheet.onload = done;
          sheet.onerror = function () { failed(new Error('its stylesheet did not load')); };
        });
        Promise.all([load(), styled]).then(function (loaded) {
          if (self._root !== root) return;
          // Its copy of the code stopped while this guide was loading: a fresh copy.
          if (stopped.has(loaded[0])) return self.rebuild();
          // The reader's default font size (`.sg-embed` resets to it), for the sheet's lengths:
          // on the element, where the sheet's sizes (`:host`) are worked out from it.
          self.style.setProperty('--sg-rem', getComputedStyle(root).fontSize);
          self._code = loaded[0];
          guides.add(self);
          mounting = self;
          try { self._guide = loaded[0].mount_embed(root, from('./')); } finally { mounting = null; }
          status.remove();
          self.release(root, 120);
        }).catch(function (why) {
          // A panic has said so already.
          if (self._root !== root || stopped.has(self._code)) return;
          self.say('The backend technologies guide could not be loaded. ');
          console.warn('stackguide: the embedded guide could not be loaded:', why);
        });
      }

      // A message in place of the guide, with a link to its own page.
      say(words) {
        var status = document.createElement('p');
        status.setAttribute('role', 'status');
        status.textContent = words;
        var link = document.createElement('a');
        link.href = from('./');
        link.textContent = 'Open it on its own page.';
        status.appendChild(link);
        if (this._root) this._root.replaceChildren(status);
        this.style.removeProperty('min-height');
      }

      // The guide goes once the host's code has returned (a microtask): the host may remove the
      // element from inside one of the guide's own events. Nothing it throws reaches the host.
      disconnectedCallback() {
        this.stopWaiting();
        var guide = this._guide;
        this._guide = null;
        this._root = null;
        guides.delete(this);
        if (guide) {
          queueMicrotask(function () {
            try { guide.unmount(); } catch (why) { console.warn('stackguide: unmounting the guide:', why); }
          });
        }
      }
    }

    customElements.define(TAG, StackGuide);
  }
})();
