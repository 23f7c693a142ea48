// Shows the server's field-level validation errors (ProblemDetails `errors`, keyed by JSON path) next to the inputs.
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
    const text = messages.join(' ');
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
    item.textContent = paths && path.replace(/^\$\.?/, '') ? `${path.replace(/^\$\.?/, '')}: ${text}` : text;
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
