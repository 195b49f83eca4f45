// New run: the form writes a scenario into the editor; the editor sends its text to the server's
// scenario loader as you type and shows the located problem at its line; Run submits the text.
(function () {
  var yaml = document.getElementById('yaml'), gutter = document.getElementById('gutter');
  var backdrop = document.getElementById('backdrop'), problem = document.getElementById('problem');
  var runButton = document.getElementById('run'), submitMsg = document.getElementById('submit-msg');
  var preset = document.getElementById('preset'), form = document.getElementById('form');
  var errorLine = 0, timer = null, sequence = 0;

  function paint() {
    var lines = yaml.value.split('\n'), g = [], b = [];
    for (var i = 0; i < lines.length; i++) {
      var n = i + 1;
      g.push(n === errorLine ? '<span class="err" data-line="' + n + '">' + n + '</span>' : '<span data-line="' + n + '">' + n + '</span>');
      var text = lines[i].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') || ' ';
      b.push(n === errorLine ? '<span class="err">' + text + '</span>' : text);
    }
    gutter.innerHTML = g.join('\n');
    backdrop.innerHTML = b.join('\n') + '\n';
    sync();
  }
  function sync() { gutter.scrollTop = yaml.scrollTop; backdrop.scrollTop = yaml.scrollTop; backdrop.scrollLeft = yaml.scrollLeft; }

  function show(result) {
    problem.textContent = '';
    if (result.ok) {
      errorLine = 0;
      problem.className = 'status ok';
      problem.textContent = 'Valid: ' + result.name + ' — ' + result.runs + ' run(s) (' + result.arms.join(', ') + '), ' +
        Number(result.voxelDays).toPrecision(3) + ' voxel-days' + (result.withinLimits ? '.' : ', over this server\'s limit.') +
        (result.note ? ' ' + result.note : '');
      runButton.disabled = !result.withinLimits;
    } else {
      errorLine = result.line || 0;
      problem.className = 'status bad';
      problem.dataset.line = errorLine;
      problem.textContent = (errorLine ? 'line ' + errorLine + ', column ' + result.column + ': ' : '') +
        (result.key ? result.key + ': ' : '') + result.problem;
      runButton.disabled = true;
    }
    paint();
  }

  function validate() {
    var mine = ++sequence;
    fetch('/api/validate', { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: yaml.value })
      .then(function (r) { return r.json(); })
      .then(function (result) { if (mine === sequence) show(result); })
      .catch(function () { problem.className = 'status bad'; problem.textContent = 'The server did not answer.'; });
  }
  function changed() { paint(); clearTimeout(timer); timer = setTimeout(validate, 250); }

  function load(text) { yaml.value = text; changed(); }
  function loadPreset() {
    fetch('/api/presets/' + encodeURIComponent(preset.value)).then(function (r) { return r.text(); }).then(load);
  }
  document.getElementById('compose').addEventListener('click', function () {
    var body = new URLSearchParams(new FormData(form));
    fetch('/api/compose', { method: 'POST', body: body }).then(function (r) { return r.text(); }).then(load);
  });
  preset.addEventListener('change', loadPreset);
  yaml.addEventListener('input', changed);
  yaml.addEventListener('scroll', sync);

  runButton.addEventListener('click', function () {
    runButton.disabled = true;
    submitMsg.className = 'status';
    submitMsg.textContent = 'Submitting…';
    fetch('/api/jobs', { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: yaml.value })
      .then(function (r) { return r.json().then(function (j) { return { status: r.status, body: j }; }); })
      .then(function (r) {
        if (r.status === 202) { location.href = r.body.url; return; }
        runButton.disabled = false;
        submitMsg.className = 'status bad';
        if (r.status === 400) { show(r.body); submitMsg.textContent = 'Not run: fix the line marked above.'; return; }
        submitMsg.textContent = (r.status === 429 ? 'Queue full (429): ' : 'Not run: ') + r.body.message;
      })
      .catch(function () { runButton.disabled = false; submitMsg.textContent = 'The server did not answer.'; });
  });
  loadPreset();
})();
