// Staff: the audit trail — the newest events of the whole log, or every event about one record — in the reader's
// language, kept to one kind of record or one role when asked.
import { call } from './api.js';
import { currentLanguage, setText, t } from './i18n.js';
import { clearErrors, fillSelect, showProblem } from './forms.js';

const kinds = ['assignments', 'allocation-plans', 'decisions', 'imports', 'needs', 'opportunities', 'organisations', 'profiles'];
const roles = ['expert', 'institution', 'staff', 'admin', 'system'];

/** A catalogue text when the catalogue has it, else null (an action the catalogue does not word shows as written). */
const known = (key, args) => (t(key, args) === key ? null : t(key, args));

/** "Mission · approuvée": the record's kind, then the verb (an assignment's verb is its new state). */
function actionText(event) {
  const verb = event.action.slice(event.action.indexOf('.') + 1);
  const kind = known(`audit.kind.${event.subjectKind}`);
  const did = known(`state.${verb}`) ?? known(`audit.verb.${verb}`);
  return kind && did ? `${kind} · ${did}` : event.action;
}

export function auditView(root) {
  const form = root.querySelector('#audit-form');
  const body = root.querySelector('#audit-table tbody');
  const status = root.querySelector('#audit-state');
  const kind = root.querySelector('#audit-kind');
  const role = root.querySelector('#audit-role');
  const relabel = () => {
    fillSelect(kind, [['', t('audit.all')], ...kinds.map((k) => [k, t(`audit.kind.${k}`)])]);
    fillSelect(role, [['', t('audit.all')], ...roles.map((r) => [r, t(`role.${r}`)])]);
  };
  relabel();
  let shown = null; // the subject last shown (null: the newest events), drawn again in a new language

  async function load(subject) {
    shown = subject;
    clearErrors(form);
    setText(status, 'common.loading');
    const filters = new URLSearchParams({ limit: '100' });
    if (kind.value) {
      filters.set('subjectKind', kind.value);
    }
    if (role.value) {
      filters.set('role', role.value);
    }
    const result = subject
      ? await call('GET', `/api/audit?subject=${encodeURIComponent(subject)}`)
      : await call('GET', `/api/audit/recent?${filters}`);
    if (!result.ok) {
      setText(status, 'common.failed', { status: result.status });
      showProblem(form, result.body, result.status);
      return;
    }
    // Newest first in both views: the per-record trail comes oldest first.
    // One record's trail is short: its filters apply here.
    const events = subject
      ? [...result.body.events].reverse().filter((e) => (!kind.value || e.subjectKind === kind.value) && (!role.value || e.role === role.value))
      : result.body.events;
    const when = new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
    body.replaceChildren(...events.map((event) => {
      const row = document.createElement('tr');
      const cells = [
        when.format(new Date(event.at)) + ' UTC',
        `${event.by} (${known(`role.${event.role}`) ?? event.role})`,
        actionText(event),
        `${event.subjectKind}/${event.subjectId}`,
        [event.before, event.after].filter((v) => v !== null && v !== undefined).join(' → '),
      ];
      for (const text of cells) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      return row;
    }));
    setText(status, subject ? 'audit.forSubject' : 'audit.recent', { count: events.length, subject: subject ?? '' });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load(form.querySelector('#audit-subject').value.trim() || null);
  });
  // Options and rows are built text, not data-i18n elements: build them again in the new language.
  const redraw = () => {
    relabel();
    load(shown);
  };
  document.addEventListener('languagechange', redraw);
  load(null);
  return () => document.removeEventListener('languagechange', redraw);
}
