// Assignments a party answers: the expert accepts or declines a proposal; the institution confirms or declines an
// accepted expert. Each row shows the need, the dates and the state, with the buttons the workflow allows now.
import { call } from './api.js';
import { regionName, setIsolated, setText, t } from './i18n.js';
import { organisationName } from './names.js';
import { bdi, statusLine } from './forms.js';

// A mission the expert is committed to: a new proposal overlapping one of these gets a warning before accepting.
const committed = new Set(['accepted', 'confirmed', 'approved', 'in-progress']);
const overlaps = (a, b) => a.from <= b.to && b.from <= a.to;
const days = (a) => Math.round((Date.parse(a.to) - Date.parse(a.from)) / 86_400_000) + 1;

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
  const byId = Object.fromEntries(needs.filter((n) => n.ok).map((n) => [n.body.id, n.body]));
  const organisations = Object.fromEntries(await Promise.all(Object.values(byId).map(async (n) => [n.organisationId, await organisationName(n.organisationId)])));
  list.replaceChildren(...rows.map((assignment) => {
    const need = byId[assignment.needId];
    const clash = rows.find((other) => other.id !== assignment.id && other.expertId === assignment.expertId && committed.has(other.state) && overlaps(other, assignment));
    const context = { need, organisation: need ? organisations[need.organisationId] : null, clash, clashTitle: clash ? byId[clash.needId]?.title ?? clash.needId : null };
    return row(assignment, context, moves, label, () => showAssignments(list, status, moves, { label }));
  }));
  setText(status, rows.length ? 'proposals.count' : 'proposals.none', { count: rows.length });
}

function row(assignment, { need, organisation, clash, clashTitle }, moves, label, refresh) {
  const title = need?.title;
  const item = document.createElement('li');
  item.className = 'result assignment';
  item.dataset.assignmentId = assignment.id;
  item.dataset.state = assignment.state;
  const heading = document.createElement('h3');
  heading.textContent = title ?? assignment.needId;
  const meta = document.createElement('p');
  meta.className = 'muted';
  // Ids and dates isolated, so Arabic text around them does not reorder them.
  meta.append(bdi(assignment.id), ' · ', bdi(`${assignment.from}\u00a0–\u00a0${assignment.to}`)); // one unbreakable range
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
  // Who asks, where and for how long: what an expert needs to decide.
  const details = document.createElement('p');
  details.className = 'details';
  const place = [need?.city, need?.region ? regionName(need.region) : null].filter(Boolean).join(', ');
  setIsolated(details, 'flowa.proposalDetails', { organisation: organisation || '—', place: place || '—', days: days(assignment) });
  item.append(meta, details, state);
  if (clash && assignment.state === 'proposed') {
    const warning = document.createElement('p');
    warning.className = 'warning';
    warning.setAttribute('role', 'note');
    setIsolated(warning, 'flowa.overlapWarning', { title: clashTitle, from: clash.from, to: clash.to });
    item.append(warning);
  }
  const offered = moves[assignment.state] ?? [];
  if (offered.length) {
    const actions = document.createElement('div');
    actions.className = 'actions';
    const message = statusLine();
    for (const to of offered) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = to === 'declined' || to === 'rejected' || to === 'cancelled' ? 'secondary' : 'primary';
      setText(button, `move.${to}`);
      button.addEventListener('click', async () => {
        // Accepting commits the expert: a second, explicit click confirms it.
        if (to === 'accepted' && button.dataset.confirming !== 'true') {
          button.dataset.confirming = 'true';
          setText(button, 'flowa.confirmAccept');
          setIsolated(message, clash ? 'flowa.confirmAcceptOverlap' : 'flowa.confirmAcceptHint', { from: assignment.from, to: assignment.to });
          return;
        }
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
