// pmark-workflow: the managers' view of every case (案件の状況) in Cockpit: a link in the
// header, and its numbers on the dashboard, each opening its list on /oversight/.
// The numbers come from /oversight/api/summary with Cockpit's login; anyone who is not an
// assessment manager or administrator gets 403 there and sees nothing on the dashboard.
const page = '/oversight/';

function numbers(summary) {
  const link = (n, query, late) =>
    `<a href="${page}#${query}" style="${late && n > 0 ? 'color:#b00;font-weight:bold' : ''}">${n}</a>`;
  return `<section class="pmark-oversight">
    <h3 class="section-title">案件の状況 <small><a href="${page}">すべて見る</a></small></h3>
    <p>
      未完了のタスク ${summary.openTasks} 件（期限切れ ${link(summary.lateTasks, 'list=late', true)} 件）・
      未入金の請求 ${link(summary.unpaidInvoices.count, 'list=unpaid-invoices')} 件（支払期限切れ
      ${link(summary.unpaidInvoices.late, 'list=unpaid-invoices&late=true', true)} 件）・
      対応中の事故報告 ${link(summary.openIncidentReports, 'list=incident-reports')} 件・
      更新申請受付期間が${summary.renewalsClosingSoon.withinDays}日以内に終わる登録
      ${link(summary.renewalsClosingSoon.count, 'list=renewals-closing', true)} 件
    </p>
  </section>`;
}

// Human Tasks and 案件の状況 are the oversight groups' pages (the managers'): anyone else
// (process designers) does not get them offered, rather than a page of refused calls. Asked
// again as the person moves in Cockpit, since its login happens without a page load.
const hidden = document.createElement('style');
hidden.textContent = `body.pmark-no-oversight a[href="#/tasks"], body.pmark-no-oversight a[href="${page}"],
  body.pmark-no-oversight a[ng-href="${page}"] { display: none !important; }`;
document.head.appendChild(hidden);
document.body.classList.add('pmark-no-oversight');

function checkOversight() {
  fetch(`${page}api/access`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => {
      document.body.classList.toggle('pmark-no-oversight', !response.ok);
      if (!response.ok && response.status === 403 && window.location.hash.startsWith('#/tasks')) {
        window.location.hash = '#/dashboard';
      }
    })
    .catch(() => {});
}

window.addEventListener('hashchange', checkOversight);
checkOversight();

export default [
  {
    id: 'pmark-oversight-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    // without a render function Cockpit draws <a ng-href="pagePath">label</a>
    properties: {
      label: '案件の状況',
      pagePath: page
    }
  },
  {
    id: 'pmark-oversight-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node) => {
      fetch(`${page}api/summary`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : null))
        .then((summary) => {
          if (summary) {
            node.innerHTML = numbers(summary);
          }
        })
        .catch(() => {});
    }
  }
];
