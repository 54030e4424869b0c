// pmark-workflow: the webapps speak Japanese (locales/ja.json, written for this product);
// a browser set to English gets Camunda's English, any other language Japanese.
export default {
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'ja'
  }
};
