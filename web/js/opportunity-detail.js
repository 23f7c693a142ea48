// Expert: an investment opportunity suggested to them, opened in place (who, where, how much, what stage, what support)
// and "I'm interested", which staff see and which may lead them to introduce the investor to the organisation.
import { call } from './api.js';
import { formatNumber, regionName, sectorName, setIsolated, setText, stageName } from './i18n.js';
import { organisationName } from './names.js';

export function opportunityActions(item) {
  const box = document.createElement('div');
  const actions = document.createElement('div');
  actions.className = 'actions';
  const details = document.createElement('button');
  details.type = 'button';
  details.className = 'secondary';
  details.setAttribute('aria-expanded', 'false');
  setText(details, 'flowa.details');
  const interested = document.createElement('button');
  interested.type = 'button';
  interested.className = 'primary';
  setText(interested, 'flowa.interested');
  const message = document.createElement('p');
  message.className = 'muted';
  message.setAttribute('role', 'status');
  const panel = document.createElement('div');
  panel.className = 'opportunity-detail';
  panel.hidden = true;
  let organisation = '';

  details.addEventListener('click', async () => {
    if (!panel.hidden) {
      panel.hidden = true;
      details.setAttribute('aria-expanded', 'false');
      return;
    }
    const result = await call('GET', `/api/opportunities/${encodeURIComponent(item.id)}`);
    if (!result.ok) {
      setText(message, 'common.failed', { status: result.status });
      return;
    }
    const opportunity = result.body;
    organisation = await organisationName(opportunity.organisationId);
    const facts = document.createElement('p');
    setIsolated(facts, 'flowd.opportunityDetails', {
      organisation,
      place: opportunity.region ? regionName(opportunity.region) : '—',
      sector: sectorName(opportunity.sector),
      amount: opportunity.amountSoughtEur === undefined ? '—' : `${formatNumber(opportunity.amountSoughtEur, 0)} €`,
      stage: opportunity.stage ? stageName(opportunity.stage) : '—',
    });
    const description = document.createElement('p');
    description.dir = 'auto';
    description.textContent = opportunity.description ?? '';
    panel.replaceChildren(facts, description);
    if ((opportunity.supportOffered ?? []).length) {
      const support = document.createElement('p');
      setIsolated(support, 'flowd.supportOffered', { support: opportunity.supportOffered.join(' · ') });
      panel.append(support);
    }
    panel.hidden = false;
    details.setAttribute('aria-expanded', 'true');
  });

  interested.addEventListener('click', async () => {
    const result = await call('POST', `/api/opportunities/${encodeURIComponent(item.id)}/interest`);
    if (result.ok) {
      setText(message, 'flowd.investorInterestSaved');
    } else {
      setText(message, 'flowa.interestFailed', { status: result.status });
    }
    interested.disabled = result.ok;
  });

  actions.append(details, interested);
  box.append(actions, panel, message);
  return box;
}
