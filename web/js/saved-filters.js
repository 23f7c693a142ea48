// Staff's saved filters of one list (needs or experts), kept on the server for the person so they follow them
// between browsers: pick one to fill the filter form and apply it, save the form as it is under a name, or delete
// the one picked. The server checks a filter as its list would, so what is saved is what applies.
import { call } from './api.js';
import { setText } from './i18n.js';
import { button, statusLine } from './forms.js';

export function bindSavedFilters(form, list) {
  const box = document.createElement('div');
  box.className = 'filter-form saved-filters';
  const field = (id, key, control) => {
    const wrap = document.createElement('div');
    wrap.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = id;
    setText(label, key);
    control.id = id;
    wrap.append(label, control);
    return wrap;
  };
  const pick = document.createElement('select');
  const name = document.createElement('input');
  name.maxLength = 60;
  name.autocomplete = 'off';
  const save = button('savedFilters.save');
  const remove = button('savedFilters.delete');
  const status = statusLine();
  status.classList.add('saved-filters-state');
  box.append(field(`${form.id}-saved`, 'savedFilters.pick', pick), field(`${form.id}-saved-name`, 'savedFilters.name', name), save, remove, status);
  form.after(box);
  let all = [];

  function render(selected = '') {
    const none = document.createElement('option');
    none.value = '';
    setText(none, 'savedFilters.choose');
    const mine = all.filter((f) => f.list === list);
    pick.replaceChildren(none, ...mine.map((f) => new Option(f.name, f.name)));
    pick.value = mine.some((f) => f.name === selected) ? selected : '';
    remove.disabled = !pick.value;
  }

  /** Replaces every saved filter of the person (the route takes them all at once); answers whether it was kept. */
  async function store(next, doneKey, filterName) {
    const result = await call('PUT', '/api/saved-filters', { body: { filters: next } });
    if (!result.ok) {
      const first = Object.values(result.body?.errors ?? {})[0]?.[0] ?? result.body?.detail ?? '';
      setText(status, 'savedFilters.failed', { status: result.status, detail: first });
      return false;
    }
    all = result.body.filters;
    render(doneKey === 'savedFilters.saved' ? filterName : '');
    setText(status, doneKey, { name: filterName });
    return true;
  }

  pick.addEventListener('change', () => {
    remove.disabled = !pick.value;
    const chosen = all.find((f) => f.list === list && f.name === pick.value);
    if (!chosen) {
      return;
    }
    for (const control of form.querySelectorAll('[name]')) {
      const value = chosen.query[control.name];
      // A parameter left out was empty when saved; a select with no empty choice (the sort) takes its first.
      control.value = value ?? (control.matches('select') && ![...control.options].some((o) => o.value === '') ? control.options[0].value : '');
    }
    name.value = chosen.name;
    setText(status, 'savedFilters.applied', { name: chosen.name });
    form.requestSubmit();
  });

  save.addEventListener('click', async () => {
    const title = name.value.trim();
    if (!title) {
      setText(status, 'savedFilters.nameMissing');
      name.focus();
      return;
    }
    const query = {};
    for (const [key, value] of new FormData(form)) {
      if (String(value).trim() !== '') {
        query[key] = String(value).trim();
      }
    }
    // Saving under a name the list has already replaces that filter.
    await store([...all.filter((f) => !(f.list === list && f.name === title)), { name: title, list, query }], 'savedFilters.saved', title);
  });

  remove.addEventListener('click', async () => {
    const title = pick.value;
    if (title && await store(all.filter((f) => !(f.list === list && f.name === title)), 'savedFilters.deleted', title)) {
      name.value = '';
    }
  });

  render();
  call('GET', '/api/saved-filters').then((result) => {
    if (result.ok) {
      all = result.body.filters;
      render();
    }
  });
}
