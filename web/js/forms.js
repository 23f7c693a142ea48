// Shows the server's field-level validation errors (ProblemDetails `errors`, keyed by JSON path, worded by the API in
// the page's language) next to the inputs.
import { setText, t } from './i18n.js';

export function clearErrors(form) {
  for (const message of form.querySelectorAll('.field-error')) {
    message.remove();
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('err-'));
    if (described.length) {
      input.setAttribute('aria-describedby', described.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  }
  const summary = form.querySelector('.error-summary');
  summary.hidden = true;
  summary.replaceChildren();
}

/** The element a JSON path belongs to: the exact one, else the nearest parent path on the form. */
function target(form, path) {
  let current = path.replace(/^\$\.?/, '');
  while (current) {
    const element = form.querySelector(`[data-path="${CSS.escape(current)}"]`);
    if (element) {
      return element;
    }
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : '';
  }
  return null;
}

/** The words a reader knows a field by: its label, or its fieldset's legend. */
function fieldName(element) {
  const input = element.matches('input, select, textarea') ? element : null;
  const label = input?.labels?.[0] ?? element.closest('fieldset')?.querySelector('legend') ?? element.closest('.field')?.querySelector('label');
  return label?.textContent.trim() ?? '';
}

let counter = 0;

/**
 * Places each message beside its field; anything without a field goes in the summary. Answers true when it showed
 * something. The browser's own checks pass their summary title and leave the JSON paths out of the summary.
 */
export function showProblem(form, problem, status, { summary: title = 'form.errorSummary', paths = true } = {}) {
  clearErrors(form);
  const summary = form.querySelector('.error-summary');
  const list = document.createElement('ul');
  let first = null;
  for (const [path, messages] of Object.entries(problem?.errors ?? {})) {
    const element = target(form, path);
    const text = messages.join(' '); // the API words them in the page's language (Accept-Language)
    if (element) {
      const message = document.createElement('p');
      message.className = 'field-error';
      message.id = `err-${++counter}`;
      message.textContent = text;
      const container = element.matches('fieldset') ? element : element.closest('.field') ?? element.parentElement;
      if (element.matches('fieldset')) {
        container.querySelector('legend').after(message);
      } else {
        container.append(message);
      }
      const input = element.matches('input, select, textarea') ? element : element.querySelector('input, select, textarea');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '));
        first ??= input;
      }
    }
    const item = document.createElement('li');
    // The field is named by its label, as the reader sees it, never by its JSON path.
    const name = paths && element ? fieldName(element) : '';
    item.textContent = name ? `${name}: ${text}` : text;
    list.append(item);
  }
  const heading = document.createElement('p');
  heading.className = 'summary-title';
  if (list.children.length) {
    setText(heading, title);
  } else {
    setText(heading, status === 412 ? 'form.stale' : status === 401 || status === 403 ? 'form.denied' : 'form.failed', { status });
    if (problem?.detail) {
      const item = document.createElement('li');
      item.textContent = problem.detail;
      list.append(item);
    }
  }
  summary.append(heading, list);
  summary.hidden = false;
  (first ?? summary).focus?.();
  return true;
}

export const lines = (text) => text.split(/\r?\n|,/).map((s) => s.trim()).filter(Boolean);

export function fillSelect(select, options, selected) {
  const value = selected ?? select.value;
  select.replaceChildren(...options.map(([code, label]) => new Option(label, code)));
  if (value !== undefined && options.some(([code]) => code === value)) {
    select.value = value;
  }
}

export const levelOptions = () => ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'].map((level) => [level, level === 'native' ? t('form.native') : level]);

/**
 * A list of checkboxes, one per code (codes() read from the reference data), labelled name(code); relabel() renames
 * them in the current language and adds codes that arrived since, keeping what is ticked.
 */
export function checkboxes(list, codes, prefix, name) {
  const relabel = () => {
    for (const code of codes()) {
      if (!list.querySelector(`input[value="${CSS.escape(code)}"]`)) {
        const item = document.createElement('li');
        const label = document.createElement('label');
        label.className = 'choice';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = code;
        box.id = `${prefix}-${code}`;
        const text = document.createElement('span');
        text.className = 'choice-name';
        label.append(box, ' ', text);
        item.append(label);
        list.append(item);
      }
    }
    for (const box of list.querySelectorAll('input')) {
      box.closest('label').querySelector('.choice-name').textContent = name(box.value);
    }
  };
  relabel();
  return { relabel };
}

/** A button labelled by the catalogue's `key` (so it follows the page's language), of `className` and `type`. */
export function button(key, className = 'secondary', type = 'button') {
  const element = document.createElement('button');
  element.type = type;
  element.className = className;
  setText(element, key);
  return element;
}

/** A quiet line that screen readers announce when it changes: where an action says how it went. */
export function statusLine() {
  const line = document.createElement('p');
  line.className = 'muted';
  line.setAttribute('role', 'status');
  return line;
}

/** An id, date or number isolated from the text around it, so right-to-left text does not reorder it. */
export function bdi(text) {
  const element = document.createElement('bdi');
  element.textContent = text;
  return element;
}

/** A mail link to an address, kept left to right inside right-to-left text. */
export function mailLink(address, className) {
  const link = document.createElement('a');
  link.href = `mailto:${address}`;
  link.textContent = address;
  link.dir = 'ltr';
  if (className) {
    link.className = className;
  }
  return link;
}

/** A listed record: its title, and a meta line of parts each isolated and joined by " · " (empty parts left out). */
export function resultItem(title, parts) {
  const item = document.createElement('li');
  item.className = 'result';
  const heading = document.createElement('h3');
  heading.textContent = title;
  const meta = document.createElement('p');
  meta.className = 'muted meta';
  meta.append(...parts.filter(Boolean).flatMap((part, index) => (index ? [' · ', bdi(part)] : [bdi(part)])));
  item.append(heading, meta);
  return item;
}
