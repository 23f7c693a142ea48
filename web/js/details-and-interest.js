// A suggested need or opportunity opened in place ("Details", a toggle) with "I'm interested": both read the item at
// `path`, word it with `render`, and post the interest to `${path}/interest`; they differ only in those two.
import { call } from './api.js';
import { setText } from './i18n.js';
import { button, statusLine } from './forms.js';

export function detailsAndInterest({ path, panelClass, render, savedKey }) {
  const box = document.createElement('div');
  const actions = document.createElement('div');
  actions.className = 'actions';
  const details = document.createElement('button');
  details.type = 'button';
  details.className = 'secondary';
  details.setAttribute('aria-expanded', 'false');
  setText(details, 'flowa.details');
  const interested = button('flowa.interested', 'primary');
  const message = statusLine();
  const panel = document.createElement('div');
  panel.className = panelClass;
  panel.hidden = true;

  details.addEventListener('click', async () => {
    if (!panel.hidden) {
      panel.hidden = true;
      details.setAttribute('aria-expanded', 'false');
      return;
    }
    const result = await call('GET', path);
    if (!result.ok) {
      setText(message, 'common.failed', { status: result.status });
      return;
    }
    panel.replaceChildren(...await render(result.body));
    panel.hidden = false;
    details.setAttribute('aria-expanded', 'true');
  });

  interested.addEventListener('click', async () => {
    const result = await call('POST', `${path}/interest`);
    setText(message, result.ok ? savedKey : 'flowa.interestFailed', { status: result.status });
    interested.disabled = result.ok;
  });

  actions.append(details, interested);
  box.append(actions, panel, message);
  return box;
}
