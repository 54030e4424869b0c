// pmark-workflow: the webapps speak Japanese (locales/ja.json, written for this product);
// a browser set to English gets Camunda's English, any other language Japanese.
// The managers' view of every case (案件の状況, /oversight/) is linked in the header and
// summed up on the dashboard (scripts/pmark-oversight.js).
export default {
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'ja'
  },
  customScripts: ['scripts/pmark-oversight']
};
