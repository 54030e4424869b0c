// 案件の状況: the numbers from /oversight/api/summary, each opening its list
// (/oversight/api/cases) below them; the webapps' login is the session.
(function () {
  'use strict';
  var api = '/oversight/api/';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function link(text, query, late) {
    var a = el('a', { href: '#' + query, class: late ? 'late' : '' }, [String(text)]);
    return a;
  }

  function get(path) {
    return fetch(api + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 401) {
          location.href = '/camunda/app/cockpit/default/';
          throw new Error('ログインしていません');
        }
        return response.json().then(function (body) {
          if (!response.ok) { throw new Error(body.detail || body.title || response.status); }
          return body;
        });
      });
  }

  function day(instant) {
    return instant ? new Date(instant).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' }) : '';
  }

  function showSummary(s) {
    document.getElementById('asOf').textContent = day(s.asOf) + ' 現在';
    var box = document.getElementById('summary');
    box.innerHTML = '';
    var totals = el('p', { class: 'totals' }, [
      el('span', {}, ['未完了のタスク ', String(s.openTasks), ' 件（期限切れ ', link(s.lateTasks, 'list=late', true), ' 件）']),
      el('span', {}, ['未入金の請求 ', link(s.unpaidInvoices.count, 'list=unpaid-invoices'),
        ' 件（支払期限切れ ', link(s.unpaidInvoices.late, 'list=unpaid-invoices&late=true', true), ' 件）']),
      el('span', {}, ['対応中の事故報告 ', link(s.openIncidentReports, 'list=incident-reports'), ' 件']),
      el('span', {}, ['更新申請受付期間が', String(s.renewalsClosingSoon.withinDays), '日以内に終わる登録 ',
        link(s.renewalsClosingSoon.count, 'list=renewals-closing'), ' 件'])
    ]);
    box.appendChild(totals);
    s.processes.forEach(function (p) {
      if (p.openCases === 0 && p.openTasks === 0) { return; }
      box.appendChild(el('h2', {}, [p.name + '（実行中 ' + p.openCases + ' 件、期限切れ ', link(p.lateTasks,
        'list=late&process=' + encodeURIComponent(p.key), true), ' 件' + (p.incidents ? '、インシデント ' + p.incidents + ' 件' : '') + '）']));
      if (p.stages.length === 0) { return; }
      var table = el('table', {}, [el('tr', {}, [el('th', {}, ['段階']), el('th', {}, ['待っている件数']), el('th', {}, ['うち期限切れ'])])]);
      p.stages.forEach(function (st) {
        var q = 'list=stage&process=' + encodeURIComponent(p.key) + '&activity=' + encodeURIComponent(st.activityId);
        table.appendChild(el('tr', {}, [el('td', {}, [st.name]), el('td', { class: 'n' }, [link(st.waiting, q)]),
          el('td', { class: 'n' }, [link(st.late, q + '&late=true', st.late > 0)])]));
      });
      box.appendChild(table);
    });
  }

  function showList(query) {
    var box = document.getElementById('list');
    box.innerHTML = '';
    if (!query) { return; }
    get('cases?' + query + '&max=200').then(function (page) {
      box.appendChild(el('h2', {}, ['一覧（' + page.total + ' 件' + (page.total > page.cases.length ? '、先頭 ' + page.cases.length + ' 件を表示' : '') + '）']));
      var table;
      if (page.list === 'renewals-closing') {
        table = el('table', {}, [el('tr', {}, ['登録番号', '事業者', '有効期間の満了日', '受付期間', '残り日数'].map(function (h) { return el('th', {}, [h]); }))]);
        page.cases.forEach(function (r) {
          table.appendChild(el('tr', {}, [el('td', {}, [r.registrationNumber]), el('td', {}, [r.holder]), el('td', {}, [r.validUntil]),
            el('td', {}, [r.windowOpensOn + '〜' + r.windowClosesOn]), el('td', { class: 'n' }, [String(r.daysLeft)])]));
        });
      } else {
        table = el('table', {}, [el('tr', {}, ['案件番号', 'プロセス', '段階', '担当者', '開始', '期限'].map(function (h) { return el('th', {}, [h]); }))]);
        page.cases.forEach(function (c) {
          table.appendChild(el('tr', {}, [el('td', {}, [el('a', { href: c.cockpitUrl }, [c.businessKey || c.processInstanceId])]),
            el('td', {}, [c.processName]), el('td', {}, [c.stage || '']), el('td', {}, [c.assignee || '']),
            el('td', {}, [day(c.since)]), el('td', { class: c.late ? 'late' : '' }, [day(c.due) + (c.late ? '（期限切れ）' : '')])]));
        });
      }
      box.appendChild(table);
    }).catch(function (e) { document.getElementById('message').textContent = e.message; });
  }

  get('summary').then(showSummary).catch(function (e) { document.getElementById('message').textContent = e.message; });
  window.addEventListener('hashchange', function () { showList(location.hash.substring(1)); });
  showList(location.hash.substring(1));
})();
