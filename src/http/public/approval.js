/* global AdaptiveCards -- the official renderer, loaded by the page before this script */
// The e-mailed approval page: asks for the date of birth, then renders the approval card (the
// same Adaptive Card as in Teams) with the official renderer and posts the decision.
(function () {
  'use strict';
  var texts = JSON.parse(document.getElementById('texts').textContent);
  var form = document.getElementById('dob');
  var input = document.getElementById('dateOfBirth');
  var message = document.getElementById('message');
  var cardHost = document.getElementById('card');
  var dateOfBirth = '';

  function say(text) {
    message.textContent = text || '';
  }

  function call(action, body) {
    return fetch(location.pathname + '/' + action + location.search, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (res) {
      return res.json().catch(function () {
        return { state: 'error', message: texts.failed };
      });
    });
  }

  function renderCard(json, open) {
    var card = new AdaptiveCards.AdaptiveCard();
    card.parse(json);
    card.onExecuteAction = function (action) {
      var data = action.data || {};
      say(texts.sending);
      call('decide', { dateOfBirth: dateOfBirth, decision: data.decision, field: data.field, reason: data.reason }).then(show, function () {
        say(texts.failed);
      });
    };
    cardHost.textContent = '';
    cardHost.appendChild(card.render());
    cardHost.setAttribute('data-state', open ? 'open' : 'closed');
  }

  function show(answer) {
    if (answer.state === 'needs_date') {
      form.hidden = false;
      input.focus();
      say(answer.message);
      return;
    }
    if (answer.state === 'wrong_date') {
      form.hidden = false;
      input.select();
      say(answer.message);
      return;
    }
    form.hidden = true;
    if (answer.card) renderCard(answer.card, answer.state === 'open');
    else cardHost.textContent = '';
    say(answer.message);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    dateOfBirth = input.value.trim();
    call('open', { dateOfBirth: dateOfBirth }).then(show, function () {
      say(texts.failed);
    });
  });

  call('open', {}).then(show, function () {
    say(texts.failed);
  });
})();
