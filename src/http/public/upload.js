// The upload page: a cardholder photo (camera or file, whole-photo preview: the server crops around the face) or a bulk-import file (file
// picker, name and size shown). Plain browser JavaScript, no build step. Works as a normal web page
// (phone or computer browser) and inside Teams, where it may run as a dialog (task module).
(function () {
  'use strict';

  var body = document.body;
  var messages = JSON.parse(document.getElementById('messages').textContent);
  var maxBytes = Number(body.getAttribute('data-max-bytes'));
  var form = document.getElementById('upload-form');
  var inputs = [document.getElementById('camera'), document.getElementById('file')].filter(Boolean);
  var preview = document.getElementById('preview');
  var previewImg = document.getElementById('preview-img');
  var note = document.getElementById('note');
  var fileInfo = document.getElementById('file-info');
  var uploadButton = document.getElementById('upload');
  var statusLine = document.getElementById('status');
  var errorLine = document.getElementById('error');
  var done = document.getElementById('done');
  var chosen = null;
  var objectUrl = null;
  var teams = null;

  function format(template, params) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  }

  function showError(text) {
    errorLine.textContent = text || '';
    errorLine.hidden = !text;
  }

  function showNote(text) {
    if (!note) return;
    note.textContent = text || '';
    note.hidden = !text;
  }

  function reset() {
    chosen = null;
    uploadButton.disabled = true;
    if (fileInfo) fileInfo.hidden = true;
    if (!preview) return;
    preview.hidden = true;
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = null;
    previewImg.removeAttribute('src');
  }

  function mb(bytes) {
    return Math.ceil((bytes / 1048576) * 10) / 10;
  }

  // "340 KB" or "12.5 MB", with the page language's decimal sign.
  function readableSize(bytes) {
    var number = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 1 });
    return bytes < 1048576 ? number.format(Math.max(1, Math.ceil(bytes / 1024))) + ' KB' : number.format(mb(bytes)) + ' MB';
  }

  function choose(file) {
    reset();
    showError('');
    showNote('');
    statusLine.textContent = '';
    if (file.size > maxBytes) {
      showError(format(messages.tooLarge, { sizeMb: mb(file.size), maxMb: mb(maxBytes) }));
      return;
    }
    chosen = file;
    uploadButton.disabled = false;
    if (fileInfo) {
      fileInfo.textContent = format(messages.fileInfo, { name: file.name, size: readableSize(file.size) });
      fileInfo.hidden = false;
    }
    if (!preview) return;
    objectUrl = URL.createObjectURL(file);
    previewImg.onload = function () {
      preview.hidden = false;
    };
    // HEIC and other formats the browser cannot show: no preview, the server explains.
    previewImg.onerror = function () {
      preview.hidden = true;
      showNote(messages.noPreview);
    };
    previewImg.src = objectUrl;
  }

  inputs.forEach(function (input) {
    input.addEventListener('change', function () {
      if (input.files && input.files[0]) choose(input.files[0]);
    });
  });

  function finished(hasFindings) {
    form.hidden = true;
    statusLine.textContent = '';
    showError('');
    done.hidden = false;
    var findings = document.getElementById('done-findings');
    if (findings) findings.hidden = !hasFindings;
    done.querySelector('h2').focus();
    if (body.getAttribute('data-mode') === 'dialog') document.getElementById('close').hidden = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!chosen) return;
    uploadButton.disabled = true;
    showError('');
    statusLine.textContent = messages.uploading;
    fetch(location.pathname + location.search, {
      method: 'POST',
      body: chosen,
      // The name is shown on the chat's result card; it travels in a header, never in the URL.
      headers: { 'content-type': chosen.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(chosen.name) },
      credentials: 'omit',
      cache: 'no-store',
    })
      .then(function (response) {
        return response.json().catch(function () {
          return { ok: false, final: false, message: messages.failed };
        });
      })
      .then(function (result) {
        if (result.ok) return finished(result.findings);
        statusLine.textContent = '';
        if (result.final) {
          form.hidden = true;
          showError(result.message);
        } else {
          reset();
          showError(result.message + ' ' + messages.tryAnother);
        }
      })
      .catch(function () {
        statusLine.textContent = '';
        uploadButton.disabled = false;
        showError(messages.network);
      });
  });

  document.getElementById('close').addEventListener('click', function () {
    if (teams) teams.dialog.url.submit({ uploaded: true });
  });

  // Teams: initialise the SDK; outside Teams it rejects or never answers, so give up after a
  // moment and stay a plain page. Nothing on the page waits for this.
  function withTimeout(promise, ms) {
    return Promise.race([
      promise,
      new Promise(function (_, reject) {
        setTimeout(function () {
          reject(new Error('timeout'));
        }, ms);
      }),
    ]);
  }
  var sdk = window.microsoftTeams;
  if (!sdk || !sdk.app) {
    body.setAttribute('data-mode', 'plain');
    return;
  }
  withTimeout(
    Promise.resolve().then(function () {
      return sdk.app.initialize();
    }),
    3000,
  )
    .then(function () {
      return withTimeout(sdk.app.getContext(), 3000);
    })
    .then(function (context) {
      teams = sdk;
      var inDialog = context && context.page && context.page.frameContext === 'task';
      body.setAttribute('data-mode', inDialog ? 'dialog' : 'teams');
      if (inDialog && !done.hidden) document.getElementById('close').hidden = false;
    })
    .catch(function () {
      body.setAttribute('data-mode', 'plain');
    });
})();
