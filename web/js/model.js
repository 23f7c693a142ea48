// Staff: the ranking model in use — its NDCG@1/3/10 per ranker on the time-split holdout, as a table and as the
// chart `dmatch eval` draws (fetched with the bearer token, so shown through an object URL).
import { call, objectUrl } from './api.js';
import { currentLanguage, formatNumber, setText, t } from './i18n.js';

export function modelView(root) {
  let url = null;

  function fact(facts, key, value) {
    const term = document.createElement('dt');
    setText(term, key);
    const detail = document.createElement('dd');
    detail.textContent = value;
    facts.append(term, detail);
  }

  async function load() {
    const status = root.querySelector('#model-state');
    const result = await call('GET', '/api/models/current');
    if (!result.ok) {
      setText(status, result.status === 404 ? 'model.none' : 'common.failed', { status: result.status });
      return;
    }
    const manifest = result.body;
    const facts = root.querySelector('#model-facts');
    facts.replaceChildren();
    fact(facts, 'model.version', manifest.version);
    fact(facts, 'model.trainer', manifest.trainer);
    fact(facts, 'model.created', new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(manifest.createdAt)));
    fact(facts, 'model.pairs', t('model.pairsValue', { pairs: manifest.trainingPairs, groups: manifest.trainingGroups, holdout: manifest.holdoutGroups }));
    const table = root.querySelector('#model-table');
    const best = Math.max(...Object.values(manifest.metrics).map((m) => m.at10));
    table.tBodies[0].replaceChildren(...Object.entries(manifest.metrics).map(([ranker, m]) => {
      const row = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      // The manifest names this model "candidate" (as it was when promoted) and its predecessor "current".
      name.textContent = { candidate: t('model.rankerCandidate'), current: t('model.rankerCurrent') }[ranker] ?? ranker;
      row.append(name);
      for (const value of [m.at1, m.at3, m.at10]) {
        const cell = document.createElement('td');
        cell.textContent = formatNumber(value, 3);
        row.append(cell);
      }
      if (m.at10 === best) {
        row.className = 'best';
      }
      return row;
    }));
    table.hidden = false;
    setText(status, 'model.loaded', { version: manifest.version });
    url = await objectUrl('/api/models/current/chart.png');
    if (url) {
      const image = root.querySelector('#model-chart');
      image.src = url;
      image.alt = t('model.chartAlt', { version: manifest.version });
      root.querySelector('#model-figure').hidden = false;
    }
  }

  load();
  return () => url && URL.revokeObjectURL(url);
}
