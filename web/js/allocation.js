// Staff: plan experts onto every open need at once (POST /api/allocation/plans): a table grouped by need, needs left
// short highlighted with why, pin / exclude toggles per row and "plan again" with them, then apply (all rows or none).
import { call } from './api.js';
import { formatNumber, setText, t } from './i18n.js';

export function allocationView(root) {
  const pins = new Map();
  const excludes = new Map();
  const status = root.querySelector('#alloc-state');
  const body = root.querySelector('#alloc-rows');
  const summary = root.querySelector('#alloc-summary');
  const applyButton = root.querySelector('#alloc-apply');
  let plan = null;

  const key = (row) => `${row.needId}|${row.expertId}`;
  const problemOf = (result) => result.body?.detail ?? Object.values(result.body?.errors ?? {}).flat().join('; ') ?? '';

  async function planAgain() {
    setText(status, 'alloc.planning');
    applyButton.disabled = true;
    const cap = root.querySelector('#alloc-cap').value;
    const request = { top: 20, pin: [...pins.values()], exclude: [...excludes.values()] };
    if (cap) {
      request.maxPerExpert = Number(cap);
    }
    const result = await call('POST', '/api/allocation/plans', { body: request });
    if (!result.ok) {
      setText(status, 'alloc.refused', { status: result.status, detail: problemOf(result) });
      return;
    }
    plan = result.body;
    render();
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    return td;
  }

  function toggle(label, checked, onChange) {
    const td = document.createElement('td');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = checked;
    box.setAttribute('aria-label', label);
    box.addEventListener('change', () => onChange(box.checked));
    td.append(box);
    return td;
  }

  function render() {
    const needs = new Map();
    for (const row of plan.rows) {
      needs.set(row.needId, [...(needs.get(row.needId) ?? []), row]);
    }
    for (const unfilled of plan.unfilled) {
      needs.set(unfilled.needId, needs.get(unfilled.needId) ?? []);
    }
    const lines = [];
    for (const [needId, rows] of [...needs].sort(([a], [b]) => a.localeCompare(b))) {
      const short = plan.unfilled.find((u) => u.needId === needId);
      const head = document.createElement('tr');
      head.className = short ? 'alloc-need alloc-short' : 'alloc-need';
      const th = document.createElement('th');
      th.scope = 'rowgroup';
      th.colSpan = 5;
      th.textContent = short ? `${needId} — ${t('alloc.short', { open: short.open, reason: t(`alloc.reason.${short.reason}`) })}` : needId;
      head.append(th);
      lines.push(head);
      for (const row of rows) {
        const tr = document.createElement('tr');
        tr.dataset.need = row.needId;
        tr.dataset.expert = row.expertId;
        tr.className = pins.has(key(row)) ? 'alloc-pinned' : '';
        tr.append(
          cell(row.expertId),
          cell(formatNumber(row.score, 3), 'num'),
          toggle(t('alloc.pinRow', { expert: row.expertId, need: row.needId }), pins.has(key(row)), (on) => (on ? pins.set(key(row), { needId: row.needId, expertId: row.expertId }) : pins.delete(key(row)))),
          toggle(t('alloc.excludeRow', { expert: row.expertId, need: row.needId }), excludes.has(key(row)), (on) => (on ? excludes.set(key(row), { needId: row.needId, expertId: row.expertId }) : excludes.delete(key(row)))),
        );
        lines.push(tr);
      }
    }
    body.replaceChildren(...lines);
    setText(summary, 'alloc.summary', {
      rows: plan.rows.length,
      quality: formatNumber(plan.quality, 0),
      greedy: formatNumber(plan.greedyQuality, 0),
      gini: formatNumber(plan.gini, 2),
      coverage: formatNumber(plan.coverage * 100, 1),
      unfilled: plan.unfilled.length,
    });
    setText(status, plan.optimal ? 'alloc.optimal' : 'alloc.timeLimit', { id: plan.id });
    applyButton.disabled = plan.rows.length === 0;
  }

  async function apply() {
    applyButton.disabled = true;
    const result = await call('POST', `/api/allocation/plans/${encodeURIComponent(plan.id)}/apply`, { body: { exclude: [...excludes.values()].filter((p) => plan.rows.some((r) => key(r) === key(p))) } });
    if (result.ok) {
      setText(status, 'alloc.applied', { count: result.body.assignments.length });
      return;
    }
    setText(status, 'alloc.refused', { status: result.status, detail: problemOf(result) });
  }

  const form = root.querySelector('#alloc-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    planAgain();
  });
  applyButton.addEventListener('click', apply);
  planAgain();
}
