// Staff: the programme dashboard — headline figures and bar charts drawn as plain SVG (no chart library, nothing to
// build). Each chart is an image with a text alternative, followed by its numbers as a table for screen readers.
import { call, objectUrl } from './api.js';
import { countryName, currentLanguage, formatNumber, regionName, sectorName, setText, t } from './i18n.js';

const svgNs = 'http://www.w3.org/2000/svg';

export function dashboardView(root) {
  async function load() {
    const status = root.querySelector('#dash-state');
    const result = await call('GET', '/api/programme/dashboard');
    if (!result.ok) {
      setText(status, 'common.failed', { status: result.status });
      return;
    }
    const d = result.body;
    const figures = root.querySelector('#dash-figures');
    figures.replaceChildren(
      figure('dash.needs', formatNumber(d.needs, 0), t('dash.openOf', { open: d.openNeeds })),
      figure('dash.assignments', formatNumber(d.assignments, 0), t('dash.approvedOf', { approved: (d.assignmentsByState.approved ?? 0) + (d.assignmentsByState['in-progress'] ?? 0) + (d.assignmentsByState.completed ?? 0) })),
      figure('dash.timeToMatch', d.timeToMatch.medianDays === null ? '—' : t('dash.days', { days: formatNumber(d.timeToMatch.medianDays, 1) }),
        t('dash.timeToMatchNote', { count: d.timeToMatch.matched, mean: d.timeToMatch.meanDays === null ? '—' : formatNumber(d.timeToMatch.meanDays, 1) })),
    );
    const region = (code) => (code === 'none' ? t('dash.noRegion') : t(`region.${code}`));
    const sector = (code) => t(`sector.${code}`);
    root.querySelector('#dash-charts').replaceChildren(
      chart('dash.needsByRegion', d.needsByRegion, region),
      chart('dash.needsBySector', d.needsBySector, sector),
      chart('dash.assignmentsByRegion', d.assignmentsByRegion, region),
      chart('dash.assignmentsBySector', d.assignmentsBySector, sector),
      chart('dash.assignmentsByState', d.assignmentsByState, (s) => t(`state.${s}`)),
    );
    setText(status, 'dash.generated', { at: new Date(d.generatedAt).toISOString().slice(0, 16).replace('T', ' ') });
  }

  const indicators = indicatorsPanel(root);
  const redraw = () => {
    load();
    indicators.show();
  };

  // Chart labels are drawn text, not data-i18n elements: draw again in the new language.
  document.addEventListener('languagechange', redraw);
  load();
  return () => {
    document.removeEventListener('languagechange', redraw);
    indicators.dispose();
  };
}

/** The breakdowns by the experts' own attributes: the server pools their small groups and counts no needs there. */
const peopleBreakdowns = new Set(['countryOfResidence', 'gender']);

/** A group's name in the page's language: sector, region and country names, genders in words; months and organisations as they are. */
function groupName(by, key) {
  if (by === 'total') {
    return t('ind.by.total');
  }
  if (['unknown', 'not-declared', 'small-groups'].includes(key)) {
    return t(`ind.group.${key}`);
  }
  switch (by) {
    case 'sector': return sectorName(key);
    case 'region': return key === 'none' ? t('dash.noRegion') : regionName(key);
    case 'countryOfResidence': return countryName(key);
    case 'gender': return t(`ind.gender.${key}`);
    default: return key;
  }
}

const indicatorColumns = ['needsActive', 'positionsFilled', 'missionsStarted', 'missionsCompleted', 'missionsCancelled', 'personDays',
  'medianDaysToApproval', 'p90DaysToApproval', 'acceptanceRate', 'meanRating'];

/**
 * Indicators over a period: a period picker and breakdown selector, the indicator table, the two charts the server
 * draws (ScottPlot SVG in the page's language, fetched with the bearer token) and the export downloads.
 */
function indicatorsPanel(root) {
  const form = root.querySelector('#ind-form');
  const from = root.querySelector('#ind-from');
  const to = root.querySelector('#ind-to');
  const by = root.querySelector('#ind-by');
  const status = root.querySelector('#ind-state');
  const year = new Date().getUTCFullYear();
  from.value = `${year}-01-01`;
  to.value = `${year}-12-31`;
  let urls = [];
  const release = () => {
    urls.forEach((url) => URL.revokeObjectURL(url));
    urls = [];
  };
  const query = () => `from=${encodeURIComponent(from.value)}&to=${encodeURIComponent(to.value)}&by=${encodeURIComponent(by.value)}`;
  const valid = () => from.value !== '' && to.value !== '' && from.value <= to.value;

  // Only the latest request draws: an earlier answer that arrives late (the first load, a double click) must not
  // replace the table or the charts with another period or breakdown than the form now shows.
  let latest = 0;

  async function show() {
    if (!valid()) {
      setText(status, 'ind.badPeriod');
      return;
    }
    const ticket = ++latest;
    const asked = { query: query(), by: by.value, from: from.value, to: to.value };
    setText(status, 'ind.loading');
    const result = await call('GET', `/api/programme/indicators?${asked.query}`);
    if (ticket !== latest) {
      return;
    }
    if (!result.ok) {
      setText(status, 'common.failed', { status: result.status });
      return;
    }
    const rows = result.body.rows;
    const table = root.querySelector('#ind-table');
    const head = document.createElement('tr');
    head.append(cell('th', t(asked.by === 'total' ? 'ind.group' : `ind.by.${asked.by}`), 'col'),
      ...indicatorColumns.map((column) => cell('th', t(`ind.col.${column}`), 'col')));
    table.tHead.replaceChildren(head);
    table.tBodies[0].replaceChildren(...rows.map((row) => {
      const line = document.createElement('tr');
      line.append(cell('th', groupName(result.body.by, row.key), 'row'), ...indicatorColumns.map((column) => cell('td', row[column] === null ? '—' : formatNumber(row[column], 3))));
      return line;
    }));
    root.querySelector('#ind-note').hidden = !peopleBreakdowns.has(result.body.by);
    release();
    const byName = t(`ind.by.${asked.by}`).toLowerCase();
    for (const name of ['person-days', 'missions']) {
      const image = root.querySelector(`#ind-chart-${name}`);
      const url = await objectUrl(`/api/programme/charts/${name}.svg?${asked.query}&lang=${currentLanguage()}`);
      if (ticket !== latest) {
        if (url) {
          URL.revokeObjectURL(url);
        }
        return;
      }
      if (url) {
        urls.push(url);
        image.src = url;
      }
      image.alt = t(`ind.chartAlt.${name}`, { by: byName, from: asked.from, to: asked.to });
    }
    setText(status, 'ind.shown', { count: rows.length, from: asked.from, to: asked.to });
  }

  /** Fetches a file behind the bearer token and hands it to the browser as a download with the server's file name. */
  async function download(path, fallbackName) {
    const url = await objectUrl(path);
    if (!url) {
      setText(status, 'ind.exportFailed', { status: 0 });
      return;
    }
    const link = document.createElement('a');
    link.href = url;
    link.download = fallbackName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  root.querySelectorAll('.ind-export').forEach((button) => button.addEventListener('click', () => {
    if (!valid()) {
      setText(status, 'ind.badPeriod');
      return;
    }
    const { kind, format } = button.dataset;
    download(`/api/programme/exports/${kind}?format=${format}&${query()}`, `dmatch-${kind}-${from.value}-${to.value}.${format}`);
  }));
  root.querySelector('#ind-report').addEventListener('click', () => {
    if (valid()) {
      download(`/api/programme/report.html?${query()}&lang=${currentLanguage()}`, `dmatch-report-${from.value}-${to.value}.html`);
    }
  });
  show();
  return { show, dispose: release };
}

function cell(tag, text, scope) {
  const element = document.createElement(tag);
  if (scope) {
    element.scope = scope;
  }
  element.textContent = text;
  return element;
}

function figure(label, value, note) {
  const box = document.createElement('div');
  box.className = 'figure card';
  const name = document.createElement('p');
  name.className = 'figure-label';
  setText(name, label);
  const number = document.createElement('p');
  number.className = 'figure-value';
  number.textContent = value;
  const detail = document.createElement('p');
  detail.className = 'muted';
  detail.textContent = note;
  box.append(name, number, detail);
  return box;
}

/** A horizontal bar chart of `counts` (largest first), labels in the current language; RTL mirrors via the SVG's direction. */
function chart(titleKey, counts, label) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const section = document.createElement('figure');
  section.className = 'chart card';
  const caption = document.createElement('figcaption');
  setText(caption, titleKey);
  const rowHeight = 26;
  const labelWidth = 210;
  const width = 520;
  const height = Math.max(1, entries.length) * rowHeight + 8;
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const rtl = document.documentElement.dir === 'rtl';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${t(titleKey)}: ${entries.map(([k, n]) => `${label(k)} ${n}`).join(', ')}`);
  entries.forEach(([key, count], index) => {
    const y = index * rowHeight + 4;
    const barWidth = Math.max(2, ((width - labelWidth - 50) * count) / max);
    const text = document.createElementNS(svgNs, 'text');
    text.setAttribute('x', rtl ? String(width - 4) : '4');
    text.setAttribute('y', String(y + 16));
    text.setAttribute('text-anchor', 'start');
    text.setAttribute('direction', rtl ? 'rtl' : 'ltr');
    text.textContent = truncate(label(key), 30);
    const bar = document.createElementNS(svgNs, 'rect');
    bar.setAttribute('x', String(rtl ? width - labelWidth - barWidth : labelWidth));
    bar.setAttribute('y', String(y + 3));
    bar.setAttribute('width', String(barWidth));
    bar.setAttribute('height', String(rowHeight - 10));
    bar.setAttribute('rx', '3');
    bar.setAttribute('class', 'bar');
    const value = document.createElementNS(svgNs, 'text');
    value.setAttribute('x', String(rtl ? width - labelWidth - barWidth - 6 : labelWidth + barWidth + 6));
    value.setAttribute('y', String(y + 16));
    // Numbers run left to right in Arabic too; "end" then means the number's right edge sits just before the bar.
    value.setAttribute('direction', 'ltr');
    value.setAttribute('text-anchor', rtl ? 'end' : 'start');
    value.textContent = formatNumber(count, 0);
    svg.append(text, bar, value);
  });
  const table = document.createElement('table');
  table.className = 'visually-hidden';
  table.replaceChildren(...entries.map(([key, count]) => {
    const row = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = label(key);
    const cell = document.createElement('td');
    cell.textContent = String(count);
    row.append(name, cell);
    return row;
  }));
  section.append(caption, svg, table);
  if (entries.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'muted';
    setText(empty, 'dash.empty');
    section.append(empty);
  }
  return section;
}

const truncate = (text, length) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
