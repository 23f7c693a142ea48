// Staff: the investment side of the programme. Every opportunity with its organisation, place, sector, amount and
// stage, and the investors who said "I'm interested" (by name: staff introduce them), each one introduced to the
// opportunity's organisation with one click, after which the organisation sees their name and email.
import { call } from './api.js';
import { formatNumber, regionName, sectorName, setIsolated, setText, stageName, t } from './i18n.js';
import { organisationName } from './names.js';
import { button, statusLine } from './forms.js';
import { pagedList } from './paged-list.js';

const pageSize = 20;

export function staffInvestmentsView(root) {
  const list = root.querySelector('#si-opportunities');
  const more = root.querySelector('#si-more');
  const status = root.querySelector('#si-state');

  const opportunities = pagedList(list, more, {
    page: (cursor) => call('GET', `/api/opportunities?limit=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
    read: (id) => call('GET', `/api/opportunities/${encodeURIComponent(id)}`),
    item,
    failed: (answer) => setText(status, 'common.failed', { status: answer.status }),
    drawn: (count) => setText(status, 'staffInv.shown', { count }),
  });
  // Sector, region, stage and amounts are named in the page's language when drawn: draw again on a change.
  const redraw = () => opportunities.restart();
  document.addEventListener('languagechange', redraw);
  opportunities.restart();
  return () => {
    opportunities.stop();
    document.removeEventListener('languagechange', redraw);
  };
}

async function item(opportunity) {
  const entry = document.createElement('li');
  entry.className = 'result opportunity';
  entry.dataset.opportunityId = opportunity.id;
  const title = document.createElement('h2');
  title.dir = 'auto';
  title.textContent = opportunity.title;
  const organisation = await organisationName(opportunity.organisationId);
  const facts = document.createElement('p');
  facts.className = 'muted';
  setIsolated(facts, 'flowd.opportunityDetails', {
    organisation,
    place: opportunity.region ? regionName(opportunity.region) : '—',
    sector: sectorName(opportunity.sector),
    amount: opportunity.amountSoughtEur === undefined ? '—' : `${formatNumber(opportunity.amountSoughtEur, 0)} €`,
    stage: opportunity.stage ? stageName(opportunity.stage) : '—',
  });
  const count = document.createElement('p');
  const investors = document.createElement('ul');
  investors.className = 'investors';
  const message = statusLine();
  entry.append(title, facts, count, investors, message);
  await showInvestors(opportunity, organisation, count, investors, message);
  return entry;
}

/** The interested investors, newest first: who, since when, and either when they were introduced or the button to do it. */
async function showInvestors(opportunity, organisation, count, list, message) {
  const result = await call('GET', `/api/opportunities/${encodeURIComponent(opportunity.id)}/interests`);
  if (!result.ok) {
    setText(count, 'common.failed', { status: result.status });
    return;
  }
  const investors = result.body.investors;
  setText(count, investors.length ? 'flowd.investorsCount' : 'flowd.investorsNone', { count: investors.length });
  list.replaceChildren(...investors.map((investor) => {
    const row = document.createElement('li');
    row.className = investor.introduced ? 'investor introduced' : 'investor';
    row.dataset.expertId = investor.expertId;
    const who = document.createElement('span');
    setIsolated(who, 'staffInv.investor', { name: investor.name ?? investor.expertId, id: investor.expertId, date: investor.at.slice(0, 10) });
    row.append(who);
    if (investor.introduced) {
      const when = document.createElement('span');
      setIsolated(when, 'staffInv.introducedOn', { date: (investor.introducedAt ?? investor.at).slice(0, 10) });
      row.append(' · ', when);
      return row;
    }
    const introduce = button('staffInv.introduce');
    introduce.addEventListener('click', async () => {
      introduce.disabled = true;
      const done = await call('POST', `/api/opportunities/${encodeURIComponent(opportunity.id)}/introductions`, { body: { expertId: investor.expertId } });
      if (!done.ok) {
        introduce.disabled = false;
        setText(message, 'staffInv.failed', { status: done.status, detail: done.body?.detail ?? '' });
        return;
      }
      document.getElementById('announce').textContent = t('staffInv.introducedDone', { name: investor.name ?? investor.expertId, organisation });
      await showInvestors(opportunity, organisation, count, list, message);
    });
    row.append(' ', introduce);
    return row;
  }));
}
