// Institution member: posts an investment opportunity for their organisation (investment centres, incubators).
import { call } from './api.js';
import { regionCodes, regionName, sectorCodes, sectorName, setIsolated, setText, stageName, t } from './i18n.js';
import { clearErrors, fillSelect, lines, mailLink, resultItem, showProblem } from './forms.js';

// Sectors and regions come from the API's reference data (i18n.js), named in the reader's language.
export const sectors = () => sectorCodes();
export const regions = () => regionCodes('MA');
export const stages = ['idea', 'create', 'expand', 'partner'];

/** The organisation's own opportunities, listed back with sector, place, amount and stage by their names. */
export async function showOwnOpportunities(root, caller) {
  const list = root.querySelector('#own-opps');
  const status = root.querySelector('#own-opps-state');
  const page = await call('GET', `/api/opportunities?limit=200&organisationId=${encodeURIComponent(caller.org)}`);
  if (!page.ok) {
    setText(status, 'common.failed', { status: page.status });
    return;
  }
  const items = (await Promise.all(page.body.ids.map((id) => call('GET', `/api/opportunities/${encodeURIComponent(id)}`)))).filter((r) => r.ok).map((r) => r.body);
  list.replaceChildren(...items.map((opportunity) => {
    const amount = opportunity.amountSoughtEur === undefined ? null : `${new Intl.NumberFormat(document.documentElement.lang || 'fr').format(opportunity.amountSoughtEur)} €`;
    const item = resultItem(opportunity.title, [opportunity.id, sectorName(opportunity.sector), opportunity.region ? regionName(opportunity.region) : null, amount, opportunity.stage ? stageName(opportunity.stage) : null]);
    item.dataset.opportunityId = opportunity.id;
    return item;
  }));
  // Each opportunity's interested investors, read after the list is shown.
  await Promise.all([...list.children].map((item) => showInvestors(item, item.dataset.opportunityId)));
  setText(status, items.length ? 'flowa.ownOpportunitiesCount' : 'flowa.ownOpportunitiesNone', { count: items.length });
}

export function bindOpportunityForm(root, caller) {
  const form = root.querySelector('#opp-form');
  const value = (selector) => form.querySelector(selector).value.trim();
  const relabel = () => {
    fillSelect(form.querySelector('#o-sector'), sectors().map((s) => [s, sectorName(s)]));
    fillSelect(form.querySelector('#o-region'), [['', t('form.none')], ...regions().map((r) => [r, regionName(r)])]);
    fillSelect(form.querySelector('#o-stage'), stages.map((s) => [s, stageName(s)]));
  };
  relabel();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const posted = root.querySelector('#opp-posted');
    posted.hidden = true;
    const body = {
      organisationId: caller.org,
      title: value('#o-title'),
      description: value('#o-description') || undefined,
      country: 'MA',
      region: value('#o-region') || undefined,
      sector: value('#o-sector'),
      amountSoughtEur: value('#o-amount') === '' ? undefined : Number(value('#o-amount')),
      stage: value('#o-stage'),
      supportOffered: lines(value('#o-support')),
    };
    const result = await call('POST', '/api/opportunities', { body });
    if (!result.ok) {
      showProblem(form, result.body, result.status);
      return;
    }
    setText(posted, 'opportunity.posted', { id: result.body.id });
    showOwnOpportunities(root, caller);
    posted.hidden = false;
    form.reset();
    relabel();
    posted.focus?.();
  });

  showOwnOpportunities(root, caller);
  document.addEventListener('languagechange', relabel);
  return () => document.removeEventListener('languagechange', relabel);
}

/**
 * The investors who said "I'm interested": a pseudonym until programme staff introduce them, then their name and email
 * (the rule the API applies; the page only shows what it gets).
 */
async function showInvestors(item, opportunityId) {
  const heading = document.createElement('h4');
  setText(heading, 'flowd.investors');
  const status = document.createElement('p');
  status.className = 'muted';
  const list = document.createElement('ul');
  list.className = 'investors';
  item.append(heading, status, list);
  const result = await call('GET', `/api/opportunities/${encodeURIComponent(opportunityId)}/interests`);
  if (!result.ok) {
    setText(status, 'common.failed', { status: result.status });
    return;
  }
  const investors = result.body.investors;
  list.replaceChildren(...investors.map((investor) => {
    const row = document.createElement('li');
    row.className = investor.introduced ? 'investor introduced' : 'investor';
    const since = investor.at.slice(0, 10);
    if (!investor.introduced) {
      setIsolated(row, 'flowd.investorPseudonym', { pseudonym: investor.expertId, date: since });
      return row;
    }
    const who = document.createElement('span');
    setIsolated(who, 'flowd.investorIntroduced', { name: investor.name ?? investor.expertId, date: (investor.introducedAt ?? investor.at).slice(0, 10) });
    row.append(who);
    if (investor.email) {
      row.append(' · ', mailLink(investor.email));
    }
    return row;
  }));
  setText(status, investors.length ? 'flowd.investorsCount' : 'flowd.investorsNone', { count: investors.length });
}
