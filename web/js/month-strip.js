// A one-month strip of days, the days inside any availability range filled; its text line says the same for
// screen readers (the strip itself is decoration). Previous/next buttons move the month.
import { currentLanguage, setText } from './i18n.js';

const pad = (n) => String(n).padStart(2, '0');

/** The month (YYYY-MM) to open on: the first range that has not ended yet, else this month. */
function startMonth(ranges) {
  const today = new Date().toISOString().slice(0, 10);
  const next = ranges.filter((r) => r.to >= today).sort((a, b) => a.from.localeCompare(b.from))[0];
  return next ? (next.from > today ? next.from : today).slice(0, 7) : today.slice(0, 7);
}

export function drawMonth(container, ranges) {
  container.ranges = ranges;
  if (!container.dataset.month || !container.dataset.moved) {
    container.dataset.month = startMonth(ranges);
  }
  if (!container.firstChild) {
    const head = document.createElement('div');
    head.className = 'month-head';
    const move = (key, step) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      setText(button, key);
      button.addEventListener('click', () => {
        const [y, m] = container.dataset.month.split('-').map(Number);
        const date = new Date(Date.UTC(y, m - 1 + step, 1));
        container.dataset.month = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
        container.dataset.moved = 'true';
        drawMonth(container, container.ranges);
      });
      return button;
    };
    const summary = document.createElement('p');
    summary.className = 'month-summary';
    summary.setAttribute('aria-live', 'polite');
    const days = document.createElement('ol');
    days.className = 'month-days';
    days.setAttribute('aria-hidden', 'true');
    head.append(move('availability.previousMonth', -1), summary, move('availability.nextMonth', 1));
    container.append(head, days);
  }
  const [year, month] = container.dataset.month.split('-').map(Number);
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells = [];
  for (let day = 1; day <= length; day++) {
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    const cell = document.createElement('li');
    cell.textContent = String(day);
    cell.className = ranges.some((r) => r.from <= iso && iso <= r.to) ? 'on' : '';
    cells.push(cell);
  }
  container.querySelector('.month-days').replaceChildren(...cells);
  const name = new Intl.DateTimeFormat(currentLanguage(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  const count = cells.filter((c) => c.className === 'on').length;
  setText(container.querySelector('.month-summary'), 'availability.monthSummary', { month: name, count, days: length });
}
