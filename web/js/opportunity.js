// Institution member: posts an investment opportunity for their organisation (investment centres, incubators).
import { call } from './api.js';
import { setText, t } from './i18n.js';
import { clearErrors, fillSelect, lines, showProblem } from './forms.js';

export const sectors = ['health', 'education', 'ict', 'engineering', 'business', 'finance', 'public-services', 'hospitality', 'tourism', 'trade',
  'agri-food', 'water', 'energy', 'construction', 'manufacturing', 'transport', 'culture', 'services'];
export const regions = Array.from({ length: 12 }, (_, i) => `MA-${String(i + 1).padStart(2, '0')}`);
export const stages = ['idea', 'create', 'expand', 'partner'];

export function bindOpportunityForm(root, caller) {
  const form = root.querySelector('#opp-form');
  const value = (selector) => form.querySelector(selector).value.trim();
  const relabel = () => {
    fillSelect(form.querySelector('#o-sector'), sectors.map((s) => [s, t(`sector.${s}`)]));
    fillSelect(form.querySelector('#o-region'), [['', t('form.none')], ...regions.map((r) => [r, t(`region.${r}`)])]);
    fillSelect(form.querySelector('#o-stage'), stages.map((s) => [s, t(`stage.${s}`)]));
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
    posted.hidden = false;
    form.reset();
    relabel();
    posted.focus?.();
  });

  document.addEventListener('languagechange', relabel);
  return () => document.removeEventListener('languagechange', relabel);
}
