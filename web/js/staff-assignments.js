// Staff: one need's assignments with the moves staff make next; an assignment whose dates overlap the expert's
// other live assignments is flagged before the approve button (the server refuses a double booking anyway).
import { call } from './api.js';
import { setText, t } from './i18n.js';

const staffMoves = {
  shortlisted: ['proposed', 'cancelled'],
  proposed: ['cancelled'],
  accepted: ['cancelled'],
  confirmed: ['approved', 'rejected'],
  approved: ['in-progress', 'cancelled'],
};

export async function showNeedAssignments(root, need) {
  const list = root.querySelector('#assignments');
  const status = root.querySelector('#assignments-state');
  root.querySelector('#assignments-title').hidden = false;
  const result = await call('GET', `/api/assignments?needId=${encodeURIComponent(need.id)}`);
  if (!result.ok) {
    setText(status, 'common.failed', { status: result.status });
    return;
  }
  list.replaceChildren(...result.body.assignments.map(({ assignment, conflicts }) => row(root, need, assignment, conflicts)));
  setText(status, result.body.assignments.length ? 'proposals.count' : 'staff.noAssignments', { count: result.body.assignments.length });
}

function row(root, need, assignment, conflicts) {
  const item = document.createElement('li');
  item.className = 'result assignment';
  item.dataset.assignmentId = assignment.id;
  item.dataset.state = assignment.state;
  const heading = document.createElement('h4');
  setText(heading, 'staff.assignmentOf', { expert: assignment.expertId, state: `state.${assignment.state}` });
  const meta = document.createElement('p');
  meta.className = 'muted';
  setText(meta, 'proposals.meta', { id: assignment.id, from: assignment.from, to: assignment.to });
  item.append(heading, meta);
  let warning = null;
  if (conflicts.length) {
    warning = document.createElement('p');
    warning.className = 'conflict';
    warning.id = `conflict-${assignment.id}`;
    setText(warning, 'staff.conflict', { ids: conflicts.join(', ') });
    item.append(warning);
  }
  const actions = document.createElement('div');
  actions.className = 'actions';
  const message = document.createElement('p');
  message.className = 'muted';
  message.setAttribute('role', 'status');
  for (const to of staffMoves[assignment.state] ?? []) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = to === 'approved' || to === 'proposed' || to === 'in-progress' ? 'primary' : 'secondary';
    setText(button, `move.${to}`);
    if (to === 'approved' && warning) {
      button.setAttribute('aria-describedby', warning.id);
    }
    button.addEventListener('click', async () => {
      const moved = await call('POST', `/api/assignments/${encodeURIComponent(assignment.id)}/transitions`, { body: { to, reason: to === 'cancelled' || to === 'rejected' ? t('move.cancelReason') : undefined } });
      if (!moved.ok) {
        setText(message, 'move.refused', { status: moved.status, detail: moved.body?.detail ?? '' });
        return;
      }
      document.getElementById('announce').textContent = t('move.done', { state: `state.${to}` });
      await showNeedAssignments(root, need);
    });
    actions.append(button);
  }
  item.append(actions, message);
  return item;
}
