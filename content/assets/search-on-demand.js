// Material's search downloads search/search_index.json and builds its index in a
// worker as soon as any page opens: at 5,000 articles that is 90 MB and about a
// minute of one core on every full page load (and on every livereload under
// `mkdocs serve`), for readers who may never search. This script runs before
// Material's bundle and holds that one request back until the reader shows they
// want to search: focus, a pointer or a touch on the search box or its button
// (Material's s, f and / shortcuts focus it), or an address that needs the index
// (?q= opens a search, ?h= highlights words). Every other request goes out as usual;
// if Material ever stops asking through XMLHttpRequest, it simply loads eagerly.
(function () {
  const INDEX = /\/search\/search_index\.json(\?|$)/;
  const held = [];
  let wanted = false;

  function release() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach((send) => send());
  }

  const params = new URLSearchParams(window.location.search);
  if (params.has("q") || params.has("h")) wanted = true;

  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.factsiteIndex = INDEX.test(String(url));
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (!this.factsiteIndex || wanted) return send.apply(this, args);
    held.push(() => send.apply(this, args));
    return undefined;
  };

  function intent(event) {
    const target = event.target;
    if (target instanceof Element
        && target.closest(".md-search, label[for='__search'], #__search")) release();
  }
  ["focusin", "pointerover", "touchstart", "click"].forEach((type) =>
    document.addEventListener(type, intent, { capture: true, passive: true }));
  document.addEventListener("change", (event) => {  // the search toggle, by keyboard
    if (event.target instanceof Element && event.target.id === "__search") release();
  }, { capture: true });
})();
