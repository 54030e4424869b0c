// CLIP-7: the public register's page: looks up by the one field filled in and shows
// the answer as a table. Every text is set as text, never as markup.
(function () {
  'use strict';

  var FIELDS = ['certificateNumber', 'name', 'corporateNumber'];
  var SCHEMES = { CLIP: 'CLIPマーク', PMARK: 'プライバシーマーク' };
  var VALID = ['CERTIFIED', 'RENEWING', 'VALID', 'RENEWAL_WINDOW_OPEN', 'RENEWAL_APPLIED', 'RENEWAL_GRANTED',
    'LAPSING', 'EXTENDED'];

  var form = document.getElementById('search');
  var message = document.getElementById('message');
  var answer = document.getElementById('answer');
  var count = document.getElementById('count');
  var body = document.querySelector('#results tbody');

  function date(value) {
    if (!value) {
      return '';
    }
    var parts = value.split('-');
    return parts[0] + '年' + Number(parts[1]) + '月' + Number(parts[2]) + '日';
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text || '';
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
  }

  function show(results) {
    body.textContent = '';
    results.forEach(function (entry) {
      var row = document.createElement('tr');
      var clip = entry.scheme === 'CLIP';
      cell(row, SCHEMES[entry.scheme] || entry.scheme);
      cell(row, entry.name);
      cell(row, clip ? entry.certificateNumber : entry.registrationNumber);
      cell(row, entry.statusJa, VALID.indexOf(entry.status) >= 0 ? 'valid' : 'ended');
      cell(row, clip ? date(entry.certifiedSince) : '');
      cell(row, clip ? entry.plan : '');
      cell(row, clip ? date(entry.lastReviewOn) : '');
      cell(row, clip ? (entry.validUntil ? date(entry.validUntil) + 'まで' : '')
        : date(entry.validFrom) + '〜' + date(entry.validUntil));
      body.appendChild(row);
    });
    count.textContent = results.length === 0 ? '該当する事業者は見つかりませんでした。' : results.length + '件見つかりました。';
    answer.hidden = false;
  }

  function refused(problem, status) {
    var lines = [];
    if (problem && problem.violations) {
      problem.violations.forEach(function (violation) {
        lines.push(violation.message);
      });
    }
    if (lines.length === 0) {
      lines.push(status === 429 ? '照会が多すぎます。しばらく待ってから照会してください。' : '照会できませんでした（' + status + '）。');
    }
    message.textContent = lines.join('\n');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    message.textContent = '';
    answer.hidden = true;
    var query = new URLSearchParams();
    FIELDS.forEach(function (field) {
      var value = document.getElementById(field).value.trim();
      if (value !== '') {
        query.append(field, value);
      }
    });
    fetch('search?' + query.toString(), { headers: { Accept: 'application/json, application/problem+json' } })
      .then(function (response) {
        return response.json().catch(function () {
          return null;
        }).then(function (json) {
          if (response.ok && json) {
            show(json.results);
          } else {
            refused(json, response.status);
          }
        });
      })
      .catch(function () {
        message.textContent = '照会できませんでした。通信の状態を確かめて、もう一度お試しください。';
      });
  });

  form.addEventListener('reset', function () {
    message.textContent = '';
    answer.hidden = true;
  });
}());
