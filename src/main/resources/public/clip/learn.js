// CLIP-4 e-learning runner: the course from /clip/learn/{token}/course (never its
// answers), every answer sent at once to /clip/learn/{token}/attempts as JSON; wrong
// questions come back with their explanations, and the employee answers again until
// every answer is correct. Texts are set with textContent only.
(function () {
  'use strict';
  var match = location.pathname.match(/\/clip\/learn\/([^/]+)\/?$/);
  var base = match ? '/clip/learn/' + match[1] : null;
  var course = null;

  function byId(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function say(text, info) {
    var box = byId('message');
    box.textContent = text;
    box.className = info ? 'message info' : 'message';
    box.hidden = !text;
    if (text) { box.scrollIntoView({ block: 'center' }); }
  }

  function invalid(text) {
    byId('course').hidden = true;
    byId('title').textContent = 'リンクが無効です';
    say(text || 'このリンクは無効です。勤務先のご担当者に、eラーニングのリンクを確認してください。');
  }

  function render(c) {
    course = c;
    document.title = c.title;
    byId('title').textContent = c.title;
    byId('business').textContent = c.businessName + ' の従業者の皆さまへ';
    byId('intro').textContent = c.intro;
    var list = byId('questions');
    c.questions.forEach(function (q, i) {
      var choices = q.choices.map(function (choice) {
        var id = 'q-' + q.id + '-' + choice.id;
        var input = el('input', { type: 'radio', name: 'q-' + q.id, id: id, value: choice.id });
        return el('label', { for: id }, [input, ' ' + choice.text]);
      });
      var item = el('li', { id: 'q-' + q.id }, [el('p', { class: 'text' }, [q.text])].concat(choices)
        .concat([el('p', { class: 'explanation', id: 'explain-' + q.id, hidden: '' }, [])]));
      list.appendChild(item);
    });
    byId('course').hidden = false;
  }

  function answers() {
    var chosen = {};
    course.questions.forEach(function (q) {
      var checked = document.querySelector('input[name="q-' + q.id + '"]:checked');
      chosen[q.id] = checked ? checked.value : '';
    });
    return chosen;
  }

  function clearMarks() {
    Array.prototype.forEach.call(document.querySelectorAll('.wrong'), function (n) { n.classList.remove('wrong'); });
    Array.prototype.forEach.call(document.querySelectorAll('.explanation'), function (n) { n.hidden = true; n.textContent = ''; });
    Array.prototype.forEach.call(document.querySelectorAll('.field-error'), function (n) { n.classList.remove('field-error'); });
  }

  function showWrong(body) {
    body.wrong.forEach(function (w) {
      var item = byId('q-' + w.questionId);
      if (!item) { return; }
      item.classList.add('wrong');
      var explain = byId('explain-' + w.questionId);
      explain.textContent = w.explanation;
      explain.hidden = false;
    });
    say(body.message + '（' + body.attempt + '回目）');
  }

  function showRefusal(body) {
    var lines = (body.violations || []).map(function (v) {
      var field = byId(v.field === 'employeeCode' || v.field === 'name' ? v.field : 'q-' + String(v.field).replace(/^answers\./, ''));
      if (field) { field.classList.add('field-error'); }
      return v.message;
    });
    say(lines.length ? lines.join('\n') : (body.detail || '送信できませんでした。'));
  }

  function send(event) {
    event.preventDefault();
    clearMarks();
    var sheet = { courseVersion: course.version, employeeCode: byId('employeeCode').value, name: byId('name').value, answers: answers() };
    var button = byId('send');
    button.disabled = true;
    fetch(base + '/attempts', {
      method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(sheet)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.status === 201 && body.passed) {
          byId('course').hidden = true;
          say('');
          byId('doneText').textContent = body.message;
          byId('done').hidden = false;
          byId('done').scrollIntoView({ block: 'center' });
        } else if (response.ok) {
          showWrong(body);
        } else if (response.status === 404) {
          invalid(body.detail);
        } else {
          showRefusal(body);
        }
      });
    }).catch(function () {
      say('送信できませんでした。通信の状態を確かめて、もう一度送信してください。');
    }).then(function () { button.disabled = false; });
  }

  if (!base) { invalid(); return; }
  byId('course').addEventListener('submit', send);
  fetch(base + '/course', { credentials: 'omit', headers: { Accept: 'application/json' } })
    .then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { invalid(body.detail); return; }
        render(body);
      });
    })
    .catch(function () { invalid('講座を読み込めませんでした。時間をおいて開き直してください。'); });
}());
