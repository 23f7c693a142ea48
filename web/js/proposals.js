// Assignments a party answers: the expert accepts or declines a proposal; the institution confirms or declines an
// accepted expert. Each row shows the need, the dates and the state, with the buttons the workflow allows now.
import { call } from './api.js';
import { setText, t } from './i18n.js';

/** Fills `list` with the caller's assignments; `moves` maps a state to the moves offered, e.g. { proposed: ['accepted', 'declined'] }. */
export async function showAssignments(list, status, moves, { label } = {}) {
  setText(status, 'common.loading');
  const result = await call('GET', '/api/assignments');
  if (!result.ok) {
    setText(status, 'common.failed', { status: result.status });
    return;
  }
  const rows = result.body.assignments.map((row) => row.assignment);
  const needs = await Promise.all([...new Set(rows.map((a) => a.needId))].map((id) => call('GET', `/api/needs/${encodeURIComponent(id)}`)));
  const titles = Object.fromEntries(needs.filter((n) => n.ok).map((n) => [n.body.id, n.body.title]));
  list.replaceChildren(...rows.map((assignment) => row(assignment, titles[assignment.needId], moves, label, () => showAssignments(list, status, moves, { label }))));
  setText(status, rows.length ? 'proposals.count' : 'proposals.none', { count: rows.length });
}

function row(assignment, title, moves, label, refresh) {
  const item = document.createElement('li');
  item.className = 'result assignment';
  item.dataset.assignmentId = assignment.id;
  item.dataset.state = assignment.state;
  const heading = document.createElement('h3');
  heading.textContent = title ?? assignment.needId;
  const meta = document.createElement('p');
  meta.className = 'muted';
  setText(meta, 'proposals.meta', { id: assignment.id, from: assignment.from, to: assignment.to });
  const state = document.createElement('p');
  state.className = 'state';
  setText(state, 'proposals.state', { state: `state.${assignment.state}` });
  item.append(heading);
  if (label) {
    const who = document.createElement('p');
    who.className = 'expert';
    who.append(label(assignment)); // text, or nodes (the institution's contact link)
    item.append(who);
  }
  item.append(meta, state);
  const offered = moves[assignment.state] ?? [];
  if (offered.length) {
    const actions = document.createElement('div');
    actions.className = 'actions';
    const message = document.createElement('p');
    message.className = 'muted';
    message.setAttribute('role', 'status');
    for (const to of offered) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = to === 'declined' || to === 'rejected' || to === 'cancelled' ? 'secondary' : 'primary';
      setText(button, `move.${to}`);
      button.addEventListener('click', async () => {
        const moved = await call('POST', `/api/assignments/${encodeURIComponent(assignment.id)}/transitions`, { body: { to, reason: to === 'cancelled' ? t('move.cancelReason') : undefined } });
        if (!moved.ok) {
          setText(message, 'move.refused', { status: moved.status, detail: moved.body?.detail ?? '' });
          return;
        }
        document.getElementById('announce').textContent = t('move.done', { state: `state.${to}` });
        await refresh();
      });
      actions.append(button);
    }
    item.append(actions, message);
  }
  return item;
}
