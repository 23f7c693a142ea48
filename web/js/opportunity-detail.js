// Expert: an investment opportunity suggested to them, opened in place (who, where, how much, what stage, what support)
// and "I'm interested", which staff see and which may lead them to introduce the investor to the organisation.
import { formatNumber, regionName, sectorName, setIsolated, stageName } from './i18n.js';
import { organisationName } from './names.js';
import { detailsAndInterest } from './details-and-interest.js';

export function opportunityActions(item) {
  return detailsAndInterest({
    path: `/api/opportunities/${encodeURIComponent(item.id)}`,
    panelClass: 'opportunity-detail',
    savedKey: 'flowd.investorInterestSaved',
    render: async (opportunity) => {
      const facts = document.createElement('p');
      setIsolated(facts, 'flowd.opportunityDetails', {
        organisation: await organisationName(opportunity.organisationId),
        place: opportunity.region ? regionName(opportunity.region) : '—',
        sector: sectorName(opportunity.sector),
        amount: opportunity.amountSoughtEur === undefined ? '—' : `${formatNumber(opportunity.amountSoughtEur, 0)} €`,
        stage: opportunity.stage ? stageName(opportunity.stage) : '—',
      });
      const description = document.createElement('p');
      description.dir = 'auto';
      description.textContent = opportunity.description ?? '';
      const parts = [facts, description];
      if ((opportunity.supportOffered ?? []).length) {
        const support = document.createElement('p');
        setIsolated(support, 'flowd.supportOffered', { support: opportunity.supportOffered.join(' · ') });
        parts.push(support);
      }
      return parts;
    },
  });
}
