// Expert: as they type their occupation, the taxonomy's occupations that match it (the resolver that normalises
// profiles, GET /api/reference/occupations), labelled in the page's language; choosing one fills the field, and
// their own words are kept if they choose none.
import { call } from './api.js';
import { currentLanguage, setText } from './i18n.js';

const minLength = 3;
const pause = 300; // ms after the last key before asking, so a word typed is one request

export function bindOccupationSuggestions(root) {
  const input = root.querySelector('#p-occupation');
  const list = root.querySelector('#p-occupation-list');
  const status = root.querySelector('#p-occupation-state');
  let timer = null;
  let asked = 0;

  const clear = () => {
    list.replaceChildren();
    list.hidden = true;
    status.textContent = '';
    delete status.dataset.i18n;
  };

  async function suggest(text) {
    const ticket = ++asked;
    const result = await call('GET', `/api/reference/occupations?q=${encodeURIComponent(text)}&lang=${currentLanguage()}&top=6`);
    if (ticket !== asked || input.value.trim() !== text) {
      return; // typed on since: a newer answer is coming
    }
    if (!result.ok) {
      clear();
      return;
    }
    list.replaceChildren(...result.body.results.map((occupation) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.dir = 'auto';
      button.textContent = occupation.label;
      button.dataset.uri = occupation.uri;
      button.addEventListener('click', () => {
        input.value = occupation.label;
        clear();
        input.focus();
      });
      item.append(button);
      return item;
    }));
    list.hidden = result.body.results.length === 0;
    setText(status, result.body.results.length ? 'flowd.occupationSuggested' : 'flowd.occupationNone', { count: result.body.results.length });
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < minLength) {
      asked++;
      clear();
      return;
    }
    timer = setTimeout(() => suggest(text), pause);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      clear();
    }
  });
  return clear;
}
