// Timeline filters: show only the statements of one speaker and/or topic.
// Works on the static page (no server); re-attached after Material's instant loads.
function factsiteFilters() {
  const form = document.querySelector(".fs-filter");
  if (!form) return;
  const selects = form.querySelectorAll("select[data-filter]");
  const items = document.querySelectorAll(".fs-item");
  const count = form.querySelector(".fs-count");
  function apply() {
    let shown = 0;
    items.forEach((item) => {
      let ok = true;
      selects.forEach((select) => {
        const want = select.value;
        const have = (item.dataset[select.dataset.filter] || "").split(" ");
        if (want && !have.includes(want)) ok = false;
      });
      item.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = `${shown} of ${items.length} statements`;
  }
  selects.forEach((select) => select.addEventListener("change", apply));
  apply();
}
if (typeof document$ !== "undefined") {
  document$.subscribe(factsiteFilters);
} else {
  document.addEventListener("DOMContentLoaded", factsiteFilters);
}

// Site search with Pagefind (plugin setting `search: pagefind`): the search page holds
// <div id="fs-search" data-bundle="../pagefind/">; its UI script loads on demand, so
// other pages never download it, and it starts again after Material's instant loads.
function factsiteSearch() {
  const box = document.getElementById("fs-search");
  if (!box || box.dataset.ready) return;
  box.dataset.ready = "1";
  const bundle = new URL(box.dataset.bundle, window.location.href);
  const start = () => {
    new PagefindUI({ element: "#fs-search", bundlePath: bundle.pathname,
                     showSubResults: true, showImages: false, resetStyles: false });
    const query = new URLSearchParams(window.location.search).get("q");
    const input = box.querySelector("input");
    if (input) {
      input.setAttribute("aria-label", "Search the record");
      if (query) { input.value = query; input.dispatchEvent(new Event("input")); }
      input.focus();
    }
  };
  if (typeof PagefindUI !== "undefined") return start();
  const css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = new URL("pagefind-ui.css", bundle).href;
  document.head.appendChild(css);
  const script = document.createElement("script");
  script.src = new URL("pagefind-ui.js", bundle).href;
  script.onload = start;
  document.head.appendChild(script);
}
if (typeof document$ !== "undefined") {
  document$.subscribe(factsiteSearch);
} else {
  document.addEventListener("DOMContentLoaded", factsiteSearch);
}
