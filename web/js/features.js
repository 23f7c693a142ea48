// Per-feature bars for one candidate: each ranking feature's value on a 0–1 bar (counts and scores above 1 fill the
// bar), in a disclosure so the list stays short. Feature names are i18n keys (feature.*).
import { formatNumber, setText } from './i18n.js';

export function featureBars(features) {
  const details = document.createElement('details');
  details.className = 'features';
  if (!features) {
    return details;
  }
  const summary = document.createElement('summary');
  setText(summary, 'staff.features');
  const list = document.createElement('dl');
  list.className = 'feature-bars';
  for (const [name, value] of Object.entries(features)) {
    const term = document.createElement('dt');
    setText(term, `feature.${name}`);
    const detail = document.createElement('dd');
    // The name (dt) and the number beside the bar say it all: the bar itself is decoration for sighted readers.
    const bar = document.createElement('span');
    bar.className = 'feature-bar';
    bar.setAttribute('aria-hidden', 'true');
    const fill = document.createElement('span');
    fill.style.inlineSize = `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%`;
    bar.append(fill);
    const number = document.createElement('span');
    number.className = 'score-number';
    number.textContent = formatNumber(value);
    detail.append(bar, number);
    list.append(term, detail);
  }
  details.append(summary, list);
  return details;
}
