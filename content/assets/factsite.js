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
