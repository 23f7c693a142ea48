// Rows of (language, level) in a form, from the language-row template: add, remove, fill, read. Each row's inputs are
// labelled and carry the JSON path the server's field errors name (e.g. requiredLanguages[1].level).
import { languageName, translate } from './i18n.js';
import { fillSelect, levelOptions } from './forms.js';

export function languageRows(container, { prefix, path, codes }) {
  function renumber() {
    [...container.children].forEach((row, index) => {
      const code = row.querySelector('.lang-code');
      const level = row.querySelector('.lang-level');
      code.id = `${prefix}-lang-${index}`;
      level.id = `${prefix}-level-${index}`;
      code.dataset.path = `${path}[${index}].code`;
      level.dataset.path = `${path}[${index}].level`;
      const [codeLabel, levelLabel] = row.querySelectorAll('label');
      codeLabel.htmlFor = code.id;
      levelLabel.htmlFor = level.id;
    });
  }

  function label(row, language) {
    fillSelect(row.querySelector('.lang-code'), codes.map((c) => [c, languageName(c)]), language?.code);
    fillSelect(row.querySelector('.lang-level'), levelOptions(), language?.level);
  }

  function add(language) {
    const row = document.getElementById('language-row').content.firstElementChild.cloneNode(true);
    translate(row);
    label(row, language);
    row.querySelector('.remove').addEventListener('click', () => {
      row.remove();
      renumber();
    });
    container.append(row);
    renumber();
    return row;
  }

  return {
    add,
    fill(languages) {
      container.replaceChildren();
      for (const language of languages ?? []) {
        add(language);
      }
    },
    read: () => [...container.children].map((row) => ({ code: row.querySelector('.lang-code').value, level: row.querySelector('.lang-level').value })),
    relabel() {
      for (const row of container.children) {
        label(row);
      }
    },
  };
}
