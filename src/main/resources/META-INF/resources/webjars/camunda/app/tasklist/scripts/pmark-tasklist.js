// pmark-workflow: Tasklist's Camunda Forms (form-js) speak Japanese, and a case's files open
// in a tab of their own.
//
// form-js has no translation hook for its own messages ("Field is required." and the
// like) and placeholders, so this module, loaded through config.js's customScripts,
// replaces them where they appear in a form. The product's own refusals come from the
// server, already in Japanese.

const MESSAGES = [
  [/^Field is required\.?$/, () => 'この項目は必須です。入力してください。'],
  [/^Field must have minimum length of (\d+)\.?$/, (n) => `${n}文字以上で入力してください。`],
  [/^Field must have maximum length of (\d+)\.?$/, (n) => `${n}文字以内で入力してください。`],
  [/^Field must have minimum value of (.+?)\.?$/, (n) => `${n}以上の値を入力してください。`],
  [/^Field must have maximum value of (.+?)\.?$/, (n) => `${n}以下の値を入力してください。`],
  [/^Field must match pattern .*$/, () => '入力の形式が正しくありません。'],
  [/^Field must be a valid email\.?$/, () => 'メールアドレスの形式で入力してください。'],
  [/^Field must be a valid\s+international phone number.*$/, () => '電話番号の形式で入力してください。'],
  [/^No results$/, () => '該当なし'],
  [/^No values$/, () => '選択肢がありません'],
  [/^Select$/, () => '選択してください'],
  [/^Search$/, () => '検索']
];

const PLACEHOLDERS = { Search: '検索', Select: '選択してください' };

function translated(text) {
  const trimmed = text.trim();
  for (const [pattern, japanese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return japanese(...match.slice(1));
    }
  }
  return null;
}

function translate(root) {
  if (!(root instanceof Element) || !root.closest('.fjs-container, .fjs-form')) {
    if (root instanceof Element) {
      root.querySelectorAll('.fjs-container').forEach(translate);
    }
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const japanese = translated(node.nodeValue);
    if (japanese) {
      node.nodeValue = japanese;
    }
  }
  // a case's file opens beside the form, which keeps what the clerk has entered
  root.querySelectorAll('a[href*="/files/tasks/"]').forEach((link) => {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
  });
  root.querySelectorAll('input[placeholder]').forEach((input) => {
    const japanese = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (japanese) {
      input.setAttribute('placeholder', japanese);
    }
  });
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      translate(mutation.target.parentElement);
    }
    mutation.addedNodes.forEach((node) => translate(node.nodeType === Node.TEXT_NODE ? node.parentElement : node));
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });

export default [];
