// A job's page: live progress over server-sent events and cancel; when done, every time series as
// a uPlot chart (arms overlaid, seed bands, zoom, hide, PNG/CSV export) and the cross-section viewer.
(function () {
  var root = document.getElementById('job'), id = root.dataset.id;
  var bar = document.getElementById('progress'), stateEl = document.getElementById('state');
  var message = document.getElementById('message'), cancel = document.getElementById('cancel');
  var COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
  var loaded = false, over = false;

  // A finished state is final: the cancel request's answer (still "running" when it was sent) can
  // arrive after the stream has already said "cancelled" and closed, and must not overwrite it.
  function update(s) {
    if (over) return true;
    root.dataset.state = s.state;
    stateEl.textContent = s.state + (s.total ? ' — ' + Math.round(1000 * s.done / s.total) / 10 + ' % of ' + s.total +
      ' simulated days' : '') + (s.seconds ? ', ' + s.seconds + ' s' : '');
    if (s.total) bar.value = Math.round(1000 * s.done / s.total);
    if (s.message) { message.textContent = s.message; message.className = 'status bad'; }
    var finished = s.state === 'done' || s.state === 'cancelled' || s.state === 'failed';
    over = finished;
    cancel.disabled = finished;
    if (s.state === 'done') { bar.value = 1000; if (!loaded) { loaded = true; results(); } }
    return finished;
  }

  function follow() {
    var events = new EventSource('/api/jobs/' + id + '/events');
    events.addEventListener('progress', function (e) { if (update(JSON.parse(e.data))) events.close(); });
    events.addEventListener('gone', function () { events.close(); message.textContent = 'This job is no longer known to the server.'; });
    events.onerror = function () {
      events.close();
      // the stream ends when the job finishes; ask once for where it stands
      fetch('/api/jobs/' + id).then(function (r) { return r.json(); }).then(function (s) { if (!update(s)) setTimeout(follow, 1000); });
    };
  }
  cancel.addEventListener('click', function () {
    cancel.disabled = true;
    fetch('/api/jobs/' + id + '/cancel', { method: 'POST' }).then(function (r) { return r.json(); }).then(update);
  });

  // ------------------------------------------------------------------ charts
  function results() {
    fetch('/api/jobs/' + id + '/series').then(function (r) { return r.json(); }).then(charts);
    fetch('/api/jobs/' + id + '/snapshots').then(function (r) { return r.json(); }).then(viewer);
    // the table is rendered (and escaped) by the server, as the compare command's
    fetch('/api/jobs/' + id + '/differences').then(function (r) { return r.text(); }).then(function (html) {
      if (!html) return;
      document.getElementById('differences').innerHTML = html;
      document.getElementById('differences-section').hidden = false;
    });
  }

  function charts(d) {
    var box = document.getElementById('charts');
    document.getElementById('charts-section').hidden = false;
    d.columns.forEach(function (c) { chart(box, d, c); });
    var filter = document.getElementById('chart-filter');
    filter.addEventListener('input', function () {
      var n = filter.value.trim().toLowerCase();
      box.querySelectorAll('.chart').forEach(function (el) { el.hidden = n && el.dataset.name.indexOf(n) < 0; });
    });
    root.dataset.charts = d.columns.length;
  }

  function chart(box, d, c) {
    var el = document.createElement('div');
    el.className = 'chart';
    el.dataset.column = c.id;
    el.dataset.name = (c.label + ' ' + c.id + ' ' + c.group).toLowerCase();
    var title = c.label + (c.unit && c.unit !== '1' ? ' (' + c.unit + ')' : '');
    var h = document.createElement('h3');
    var tools = document.createElement('span');
    tools.className = 'tools';
    var png = document.createElement('button'), csv = document.createElement('button');
    png.textContent = 'PNG'; csv.textContent = 'CSV';
    png.type = csv.type = 'button';
    tools.appendChild(png); tools.appendChild(csv);
    h.appendChild(tools);
    h.appendChild(document.createTextNode(title));
    el.appendChild(h);
    box.appendChild(el);

    var data = [d.x], series = [{ label: 'age (years)' }], bands = [], points = 0, seedsOf = {};
    c.arms.forEach(function (a, i) {
      var colour = COLOURS[i % COLOURS.length], name = d.arms[i].name;
      data.push(a.mean);
      series.push({ label: name, stroke: colour, width: 1.6 });
      a.mean.forEach(function (v) { if (v !== null) points++; });
      if (a.lo) {
        var mean = data.length - 1;
        data.push(a.lo); data.push(a.hi);
        series.push({ label: name + ' lowest seed', stroke: colour + '55', width: 0.5, points: { show: false }, band: true });
        series.push({ label: name + ' highest seed', stroke: colour + '55', width: 0.5, points: { show: false }, band: true });
        bands.push({ series: [mean + 2, mean + 1], fill: colour + '22' });
        seedsOf[mean] = [mean + 1, mean + 2];
      }
    });
    el.dataset.points = points;
    el.dataset.bands = bands.length;
    var width = Math.max(320, el.clientWidth - 14);
    var u = new uPlot({
      width: width, height: 230, series: series, bands: bands,
      scales: { x: { time: false } },
      axes: [{ label: 'age (years)', size: 36 }, { size: 58 }],
      legend: { live: false },
      cursor: { drag: { x: true, y: false } },
      hooks: {
        // hiding an arm hides its seed band too
        setSeries: [function (u, i, opts) {
          if (i !== null && seedsOf[i] && opts && opts.show !== undefined) {
            seedsOf[i].forEach(function (k) { if (u.series[k].show !== opts.show) u.setSeries(k, { show: opts.show }); });
          }
        }]
      }
    }, data, el);
    // the band edges are not entries of their own in the legend
    el.querySelectorAll('.u-legend .u-series').forEach(function (row) {
      if (/ (lowest|highest) seed$/.test(row.textContent.trim())) row.style.display = 'none';
    });
    png.addEventListener('click', function () { exportPng(u, title, series); });
    csv.addEventListener('click', function () { exportCsv(c.id, series, data); });
  }

  function download(name, href) {
    var a = document.createElement('a');
    a.href = href; a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
  }
  function safe(s) { return s.replace(/[^A-Za-z0-9_.-]+/g, '_'); }

  function exportPng(u, title, series) {
    var src = u.ctx.canvas, ratio = src.width / u.width, head = Math.round(28 * ratio);
    var shown = series.slice(1).filter(function (s, i) { return u.series[i + 1].show && !s.band; });
    var foot = Math.round((8 + 16 * shown.length) * ratio);
    var c = document.createElement('canvas');
    c.width = src.width; c.height = src.height + head + foot;
    var g = c.getContext('2d');
    g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height);
    g.fillStyle = '#000'; g.font = Math.round(14 * ratio) + 'px sans-serif';
    g.fillText(title, 8 * ratio, 19 * ratio);
    g.drawImage(src, 0, head);
    shown.forEach(function (s, i) {
      var y = src.height + head + (16 * i + 14) * ratio;
      g.fillStyle = s.stroke; g.fillRect(10 * ratio, y - 9 * ratio, 18 * ratio, 4 * ratio);
      g.fillStyle = '#000'; g.font = Math.round(12 * ratio) + 'px sans-serif'; g.fillText(s.label, 34 * ratio, y - 3 * ratio);
    });
    download(safe(title) + '.png', c.toDataURL('image/png'));
  }

  function exportCsv(id, series, data) {
    var lines = [series.map(function (s) { return '"' + s.label.replace(/"/g, '""') + '"'; }).join(',')];
    for (var r = 0; r < data[0].length; r++) {
      lines.push(data.map(function (col) { return col[r] === null ? '' : col[r]; }).join(','));
    }
    download(safe(id) + '.csv', URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'text/csv' })));
  }

  // ------------------------------------------------------------------ cross-sections
  var VIRIDIS = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];
  var CATEGORY = [[217, 217, 217], [77, 175, 74], [228, 26, 28], [55, 126, 184]];

  function colour(t) {
    if (!(t >= 0)) t = 0;
    if (t > 1) t = 1;
    var x = t * (VIRIDIS.length - 1), i = Math.min(VIRIDIS.length - 2, Math.floor(x)), f = x - i;
    return VIRIDIS[i].map(function (v, k) { return Math.round(v + f * (VIRIDIS[i + 1][k] - v)); });
  }

  function viewer(s) {
    var fieldSel = document.getElementById('xs-field');
    var first = s.arms.findIndex(function (a) { return a.ages.length > 0; });
    if (first < 0) return;
    document.getElementById('xsection').hidden = false;
    s.fields.forEach(function (f) {
      var o = document.createElement('option');
      o.value = f.id; o.textContent = f.label;
      fieldSel.appendChild(o);
    });
    // each side has its own arm and age: two ages of one arm, or two arms at one age
    var sides = ['a', 'b'];
    function ages(side) { return s.arms[+document.getElementById('xs-arm-' + side).value].ages; }
    function draw(side) {
      var slider = document.getElementById('xs-age-' + side), list = ages(side);
      var arm = document.getElementById('xs-arm-' + side).value;
      if (!list.length) return;
      document.getElementById('xs-age-' + side + '-label').textContent = list[+slider.value] + ' years';
      var q = '?arm=' + arm + '&index=' + slider.value + '&field=' + encodeURIComponent(fieldSel.value);
      fetch('/api/jobs/' + id + '/slice' + q).then(function (r) { return r.json(); })
        .then(function (cut) { paintCut(document.getElementById('xs-canvas-' + side), side, cut); });
    }
    sides.forEach(function (side, k) {
      var armSel = document.getElementById('xs-arm-' + side), slider = document.getElementById('xs-age-' + side);
      s.arms.forEach(function (a, i) {
        if (!a.ages.length) return;
        var o = document.createElement('option');
        o.value = i; o.textContent = a.name;
        armSel.appendChild(o);
      });
      armSel.value = first;
      function reset(keepAge) {
        var list = ages(side), was = +slider.value;
        slider.max = Math.max(0, list.length - 1);
        slider.value = keepAge ? Math.min(was, list.length - 1) : (k === 0 ? 0 : list.length - 1);
        draw(side);
      }
      armSel.addEventListener('change', function () { reset(true); });
      slider.addEventListener('input', function () { draw(side); });
      reset(false);
    });
    fieldSel.addEventListener('change', function () { sides.forEach(draw); });
  }

  function paintCut(canvas, side, cut) {
    var w = cut.width, h = cut.depth, cat = cut.categories.length > 0;
    var off = document.createElement('canvas');
    off.width = w; off.height = h;
    var g = off.getContext('2d'), img = g.createImageData(w, h);
    for (var i = 0; i < w * h; i++) {
      var v = cut.values[i], rgb;
      if (v === null) rgb = [160, 160, 160];
      else if (cat) rgb = CATEGORY[Math.max(0, Math.min(CATEGORY.length - 1, Math.round(v)))];
      else rgb = colour((v - cut.min) / (cut.max - cut.min));
      img.data[4 * i] = rgb[0]; img.data[4 * i + 1] = rgb[1]; img.data[4 * i + 2] = rgb[2]; img.data[4 * i + 3] = 255;
    }
    g.putImageData(img, 0, 0);
    var cell = Math.max(1, Math.floor(Math.min(520 / w, 320 / h)));
    canvas.width = w * cell; canvas.height = h * cell;
    var c = canvas.getContext('2d');
    c.imageSmoothingEnabled = false;
    c.drawImage(off, 0, 0, w * cell, h * cell);
    canvas.dataset.age = cut.age;
    canvas.dataset.field = cut.field;
    canvas.dataset.arm = cut.arm;
    var legend = document.getElementById('xs-legend-' + side);
    legend.textContent = '';
    legend.appendChild(document.createTextNode(cut.arm + ', age ' + cut.age + ': ' + cut.label + ' — ' +
      Math.round(w * cut.voxelUm) + ' µm wide (' + cut.lateralAxis + '), ' + Math.round(h * cut.voxelUm) + ' µm deep. '));
    if (cat) {
      cut.categories.forEach(function (name, k) {
        var sw = document.createElement('span');
        sw.className = 'swatch'; sw.style.background = 'rgb(' + CATEGORY[k].join(',') + ')';
        legend.appendChild(sw); legend.appendChild(document.createTextNode(name));
      });
    } else {
      var barEl = document.createElement('span');
      barEl.className = 'colourbar';
      barEl.style.background = 'linear-gradient(to right,' + VIRIDIS.map(function (c) { return 'rgb(' + c.join(',') + ')'; }).join(',') + ')';
      legend.appendChild(document.createTextNode(fmt(cut.min)));
      legend.appendChild(barEl);
      legend.appendChild(document.createTextNode(fmt(cut.max) + (cut.unit ? ' (' + cut.unit + ')' : '')));
    }
  }
  function fmt(v) { return Math.abs(v) >= 1000 || (v !== 0 && Math.abs(v) < 0.01) ? v.toExponential(2) : String(Math.round(v * 1000) / 1000); }

  follow();
})();
