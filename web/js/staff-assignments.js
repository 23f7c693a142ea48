// Staff: one need's assignments with the moves staff make next; an assignment whose dates overlap the expert's
// other live assignments is flagged before the approve button (the server refuses a double booking anyway).
import { call } from './api.js';
import { setIsolated, setText, t } from './i18n.js';
import { button, showProblem, statusLine } from './forms.js';

const staffMoves = {
  shortlisted: ['proposed', 'cancelled'],
  proposed: ['cancelled'],
  accepted: ['cancelled'],
  confirmed: ['approved', 'rejected'],
  approved: ['in-progress', 'cancelled'],
  'in-progress': ['completed', 'cancelled'],
};

// Moves that ask something first: a reason (and a confirmation) to cancel or reject, a rating to complete.
const asking = new Set(['cancelled', 'rejected', 'completed']);

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
  setIsolated(meta, 'proposals.meta', { id: assignment.id, from: assignment.from, to: assignment.to });
  item.append(heading, meta);
  const moved = assignment.reschedules?.at(-1);
  if (moved) {
    const before = document.createElement('p');
    before.className = 'muted';
    setIsolated(before, 'staffDates.movedFrom', { from: moved.previousFrom, to: moved.previousTo });
    item.append(before);
  }
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
  const message = statusLine();
  for (const to of staffMoves[assignment.state] ?? []) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = to === 'approved' || to === 'proposed' || to === 'in-progress' ? 'primary' : 'secondary';
    setText(button, to === 'completed' ? 'staffMove.completed' : `move.${to}`);
    if (to === 'approved' && warning) {
      button.setAttribute('aria-describedby', warning.id);
    }
    if (to === 'proposed' && warning) {
      // The server would let the proposal through, but the expert holds these dates elsewhere: say so, don't offer it.
      button.disabled = true;
      button.setAttribute('aria-describedby', warning.id);
    }
    const move = async (extra) => {
      const moved = await call('POST', `/api/assignments/${encodeURIComponent(assignment.id)}/transitions`, { body: { to, ...extra } });
      if (!moved.ok) {
        setText(message, 'move.refused', { status: moved.status, detail: refusal(moved) });
        return;
      }
      document.getElementById('announce').textContent = t('move.done', { state: `state.${to}` });
      await showNeedAssignments(root, need);
    };
    button.addEventListener('click', () => {
      if (!asking.has(to)) {
        move({});
        return;
      }
      item.querySelector('.move-form')?.remove();
      const form = to === 'completed' ? completeForm(assignment, move) : reasonForm(assignment, to, move);
      item.insertBefore(form, message);
      form.querySelector('select, textarea').focus();
    });
    actions.append(button);
  }
  if (staffMoves[assignment.state]) {
    // Any assignment that has not ended can take new dates within the need's window; a booked one moves its booking.
    const change = button('staffDates.change');
    change.addEventListener('click', () => {
      item.querySelector('.move-form')?.remove();
      const form = datesForm(assignment, need, message, () => showNeedAssignments(root, need));
      item.insertBefore(form, message);
      form.querySelector('input').focus();
    });
    actions.append(change);
  }
  item.append(actions, message);
  return item;
}

/** New dates: the first and last day (the browser offers the need's window), an optional reason; the API has the last word. */
function datesForm(assignment, need, message, done) {
  const form = document.createElement('form');
  form.className = 'move-form';
  form.noValidate = true;
  const summary = document.createElement('div');
  summary.className = 'error-summary';
  summary.setAttribute('role', 'alert');
  summary.tabIndex = -1;
  summary.hidden = true;
  const field = (name, key, make) => {
    const wrap = document.createElement('div');
    wrap.className = 'field';
    wrap.dataset.path = name;
    const input = make();
    wrap.append(labelFor(input, `${name}-${assignment.id}`, key), input);
    return [wrap, input];
  };
  const date = (value) => () => {
    const input = document.createElement('input');
    input.type = 'date';
    input.required = true;
    input.value = value;
    if (need.window) {
      input.min = need.window.from;
      input.max = need.window.to;
    }
    return input;
  };
  const [fromField, from] = field('from', 'staffDates.from', date(assignment.from));
  const [toField, to] = field('to', 'staffDates.to', date(assignment.to));
  const [reasonField, reason] = field('reason', 'staffDates.reason', () => shortText(2));
  form.append(summary, fromField, toField, reasonField, button('staffDates.save', 'primary', 'submit'), keepButton(form));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { from: from.value, to: to.value, reason: reason.value.trim() || undefined };
    const result = await call('PUT', `/api/assignments/${encodeURIComponent(assignment.id)}/dates`, { body });
    if (!result.ok) {
      showProblem(form, { ...result.body, detail: refusal(result) }, result.status);
      return;
    }
    document.getElementById('announce').textContent = t('staffDates.done', { from: result.body.from, to: result.body.to });
    await done();
    message.textContent = '';
  });
  return form;
}

/** A label for a control; the control takes the id. */
function labelFor(control, id, key) {
  control.id = id;
  const label = document.createElement('label');
  label.htmlFor = id;
  setText(label, key);
  return label;
}

/** A short free text, at most 500 characters as the API takes. */
function shortText(rows) {
  const area = document.createElement('textarea');
  area.maxLength = 500;
  area.rows = rows;
  return area;
}

/** The message beside a required control left empty: show() words it, marks the control and focuses it. */
function missingMessage(control) {
  const error = document.createElement('p');
  error.className = 'field-error';
  error.id = `${control.id}-error`;
  error.hidden = true;
  return {
    element: error,
    show(key) {
      setText(error, key);
      error.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', error.id);
      control.focus();
    },
  };
}

/** Cancel or reject: a required reason, then an explicit confirmation; "Keep" closes the form and changes nothing. */
function reasonForm(assignment, to, move) {
  const form = document.createElement('form');
  form.className = 'move-form';
  form.noValidate = true;
  const reason = shortText(2);
  reason.required = true;
  const label = labelFor(reason, `reason-${assignment.id}`, 'staffMove.reason');
  const missing = missingMessage(reason);
  const confirm = button(to === 'rejected' ? 'staffMove.confirmReject' : 'staffMove.confirmCancel', 'primary', 'submit');
  form.append(label, reason, missing.element, confirm, keepButton(form));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!reason.value.trim()) {
      missing.show('staffMove.reasonMissing');
      return;
    }
    move({ reason: reason.value.trim() });
  });
  return form;
}

/** Complete: a rating from 1 to 5 (required) and an optional short mission report, kept in the assignment's history. */
function completeForm(assignment, move) {
  const form = document.createElement('form');
  form.className = 'move-form';
  form.noValidate = true;
  const rating = document.createElement('select');
  rating.required = true;
  for (const value of ['', '5', '4', '3', '2', '1']) {
    const option = document.createElement('option');
    option.value = value;
    setText(option, value ? `staffMove.rating${value}` : 'staffMove.ratingPick');
    rating.append(option);
  }
  const ratingLabel = labelFor(rating, `rating-${assignment.id}`, 'staffMove.rating');
  const missing = missingMessage(rating);
  const report = shortText(3);
  const reportLabel = labelFor(report, `report-${assignment.id}`, 'staffMove.report');
  const done = button('staffMove.confirmComplete', 'primary', 'submit');
  form.append(ratingLabel, rating, missing.element, reportLabel, report, done, keepButton(form));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!rating.value) {
      missing.show('staffMove.ratingMissing');
      return;
    }
    move({ rating: Number(rating.value), reason: report.value.trim() || undefined });
  });
  return form;
}

/** Why the API refused, in the page's language where it says so as data (the expert's other booking, the filled positions), else its own words. */
function refusal(result) {
  const booking = result.body?.booking;
  if (result.status === 409 && Number.isInteger(result.body?.positionsFilled)) {
    return t('staffDates.positionsFilled', { count: result.body.positionsFilled });
  }
  if (result.status !== 409 || !booking) {
    return result.body?.detail ?? '';
  }
  const isolate = (text) => `\u2068${text}\u2069`; // first-strong isolates: ids and dates keep their order in Arabic
  return t('staffDates.booked', { id: isolate(booking.assignmentId), from: isolate(booking.from), to: isolate(booking.to) });
}

function keepButton(form) {
  const keep = button('staffMove.keep');
  keep.addEventListener('click', () => form.remove());
  return keep;
}
