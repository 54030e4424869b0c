// pmark-workflow: the webapps speak Japanese (locales/ja.json, written for this product);
// a browser set to English gets Camunda's English, any other language Japanese.
export default {
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'ja'
  },
  // form-js's own messages in Japanese (scripts/pmark-tasklist.js)
  customScripts: ['scripts/pmark-tasklist'],
  dateFormat: {
    monthName: 'M月',
    day: 'D日',
    abbr: 'YYYY/MM/DD HH:mm',
    normal: 'YYYY年M月D日 HH:mm',
    long: 'YYYY年M月D日（ddd） HH:mm',
    short: 'YYYY年M月D日'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '選択中のタスクを担当する'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '最初のフィルターへ移動する'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'タスク一覧の最初のタスクへ移動する'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'フォームの最初の入力欄へ移動する'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'プロセス開始の画面を開く'
    }
  }
};
