// Staff: the audit trail — the newest events of the whole log, or every event about one record.
import { call } from './api.js';
import { currentLanguage, setText } from './i18n.js';
import { clearErrors, showProblem } from './forms.js';

export function auditView(root) {
  const form = root.querySelector('#audit-form');
  const body = root.querySelector('#audit-table tbody');
  const status = root.querySelector('#audit-state');

  async function load(subject) {
    clearErrors(form);
    setText(status, 'common.loading');
    const result = subject
      ? await call('GET', `/api/audit?subject=${encodeURIComponent(subject)}`)
      : await call('GET', '/api/audit/recent?limit=100');
    if (!result.ok) {
      setText(status, 'common.failed', { status: result.status });
      showProblem(form, result.body, result.status);
      return;
    }
    // Newest first in both views: the per-record trail comes oldest first.
    const events = subject ? [...result.body.events].reverse() : result.body.events;
    const when = new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
    body.replaceChildren(...events.map((event) => {
      const row = document.createElement('tr');
      const cells = [
        when.format(new Date(event.at)) + ' UTC',
        `${event.by} (${event.role})`,
        event.action,
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
  load(null);
}
