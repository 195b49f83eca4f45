// Catalog and evidence tables: narrow the rows as you type and by tier, without a round trip.
(function () {
  var q = document.getElementById('q'), tier = document.getElementById('tier');
  var count = document.getElementById('count'), rows = document.querySelectorAll('#table tbody tr');
  var noun = count.textContent.replace(/^\d+ of \d+ /, '');
  function apply() {
    var needle = q.value.trim().toLowerCase(), t = tier.value, shown = 0;
    rows.forEach(function (r) {
      var ok = (!needle || r.dataset.text.indexOf(needle) >= 0) && (!t || (' ' + r.dataset.tiers + ' ').indexOf(' ' + t + ' ') >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' ' + noun;
  }
  q.addEventListener('input', apply);
  tier.addEventListener('change', apply);
  if (q.value || tier.value) apply();
})();
