// Carebridge patient portal: progressive enhancement only. Every page works
// without this file (forms post normally, the thread is server-rendered);
// this just adds live updates, local times and error focus.
// CSP forbids inline script and eval, so everything lives here.
(function () {
  'use strict';

  var BASE_DELAY = 5000;
  var MAX_DELAY = 60000;

  var reduceMotion = window.matchMedia &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  // Server renders times in UTC; show them in the reader's own zone and
  // in the page language. Keep the server text if anything goes wrong.
  var formatter = null;
  try {
    formatter = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
      { dateStyle: 'medium', timeStyle: 'short' });
  } catch (e) {
    formatter = null;
  }

  function localizeTimes(root) {
    if (!formatter) return;
    var times = root.querySelectorAll('time[datetime]');
    for (var i = 0; i < times.length; i++) {
      var el = times[i];
      var date = new Date(el.getAttribute('datetime'));
      if (isNaN(date.getTime())) continue;
      try {
        el.textContent = formatter.format(date);
      } catch (e) { /* keep the server's text */ }
    }
  }

  // A keyboard or screen-reader user should land on the field to fix, not at
  // the top of the page. Hidden CSRF inputs are not fields.
  function focusFormError() {
    var error = document.getElementById('form-error');
    if (!error) return;
    var form = error.nextElementSibling;
    while (form && form.tagName !== 'FORM') form = form.nextElementSibling;
    if (!form) return;
    var field = form.querySelector('input:not([type="hidden"]), textarea');
    if (field) field.focus();
  }

  function nearBottom() {
    var doc = document.documentElement;
    return window.innerHeight + window.pageYOffset >= doc.scrollHeight - 200;
  }

  function startPolling(thread) {
    var empty = document.getElementById('thread-empty');
    var delay = BASE_DELAY;
    var timer = null;
    var inFlight = false;
    var stopped = false;

    function schedule(ms) {
      clearTimeout(timer);
      timer = null;
      if (stopped || document.hidden) return;
      timer = setTimeout(poll, ms);
    }

    function append(messages) {
      var wasNearBottom = nearBottom();
      var newest = null;
      messages.forEach(function (m) {
        if (!m || typeof m.html !== 'string') return;
        // Skip what we already show (the page load or an earlier poll).
        if (document.getElementById('message-' + m.id)) return;
        // The server escapes the content; <template> parses it inertly
        // (no script runs, no image loads until it is attached).
        var tpl = document.createElement('template');
        tpl.innerHTML = m.html.trim();
        var node = tpl.content.firstElementChild;
        if (!node) return;
        localizeTimes(tpl.content);
        thread.appendChild(tpl.content);
        newest = node;
      });
      if (newest) {
        if (empty) empty.hidden = true;
        if (wasNearBottom) {
          newest.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'end' });
        }
      }
    }

    function poll() {
      if (stopped || inFlight || document.hidden) return;
      inFlight = true;
      var url = '/portal/updates?after=' + encodeURIComponent(thread.dataset.after || '0');
      fetch(url, {
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { 'Accept': 'application/json' }
      }).then(function (res) {
        // Session ended or was revoked: let the server explain on a full page.
        if (res.status === 401 || res.status === 403) {
          stopped = true;
          location.assign('/portal');
          return null;
        }
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.json();
      }).then(function (data) {
        if (stopped || !data) return;
        if (Array.isArray(data.messages) && data.messages.length) append(data.messages);
        if (data.after !== undefined && data.after !== null) {
          thread.dataset.after = String(data.after);
        }
        delay = BASE_DELAY;
      }).catch(function () {
        // Flaky mobile networks and server restarts: back off, don't hammer.
        delay = Math.min(delay * 2, MAX_DELAY);
      }).then(function () {
        inFlight = false;
        schedule(delay);
      });
    }

    // No point polling a tab nobody is looking at; catch up the moment it
    // is visible again.
    document.addEventListener('visibilitychange', function () {
      if (document.hidden) {
        clearTimeout(timer);
        timer = null;
      } else if (!stopped) {
        poll();
      }
    });

    schedule(delay);
  }

  document.addEventListener('DOMContentLoaded', function () {
    localizeTimes(document);
    focusFormError();
    var thread = document.getElementById('thread');
    if (thread && window.fetch && 'content' in document.createElement('template')) {
      startPolling(thread);
    }
  });
})();
