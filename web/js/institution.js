// Institution member: posts a need for their own organisation.
import { call } from './api.js';
import { languageName, setText, t } from './i18n.js';
import { clearErrors, fillSelect, levelOptions, lines, showProblem } from './forms.js';

const sectors = ['health', 'education', 'ict', 'engineering', 'business', 'finance', 'public-services', 'hospitality', 'tourism', 'trade',
  'agri-food', 'water', 'energy', 'construction', 'manufacturing', 'transport', 'culture', 'services'];
const regions = Array.from({ length: 12 }, (_, i) => `MA-${String(i + 1).padStart(2, '0')}`);
const needLanguages = ['', 'fr', 'ar', 'en', 'nl', 'es', 'de', 'it'];

export function institutionView(root, caller) {
  const form = root.querySelector('#need-form');
  setText(root.querySelector('#need-org'), 'institution.forOrganisation', { org: caller.org });

  const relabel = () => {
    fillSelect(form.querySelector('#n-sector'), sectors.map((s) => [s, t(`sector.${s}`)]));
    fillSelect(form.querySelector('#n-region'), [['', t('form.none')], ...regions.map((r) => [r, t(`region.${r}`)])]);
    fillSelect(form.querySelector('#n-lang'), needLanguages.map((c) => [c, c ? languageName(c) : t('form.none')]));
    fillSelect(form.querySelector('#n-level'), levelOptions(), form.querySelector('#n-level').value || 'B2');
  };
  relabel();

  const value = (selector) => form.querySelector(selector).value.trim();
  const number = (selector) => (value(selector) === '' ? undefined : Number(value(selector)));

  function read() {
    const need = {
      organisationId: caller.org,
      title: value('#n-title'),
      description: value('#n-description') || undefined,
      country: 'MA',
      region: value('#n-region') || undefined,
      city: value('#n-city') || undefined,
      sector: value('#n-sector'),
      occupation: value('#n-occupation') || undefined,
      requiredSkills: lines(value('#n-required')),
      optionalSkills: lines(value('#n-optional')),
      requiredLanguages: value('#n-lang') ? [{ code: value('#n-lang'), level: value('#n-level') }] : [],
      durationDays: number('#n-duration'),
      positions: number('#n-positions'),
      onSite: form.querySelector('#n-onsite').checked,
      status: 'open',
    };
    if (value('#n-from') || value('#n-to')) {
      need.window = { from: value('#n-from'), to: value('#n-to') };
    }
    return need;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const posted = root.querySelector('#need-posted');
    posted.hidden = true;
    const result = await call('POST', '/api/needs', { body: read() });
    if (!result.ok) {
      showProblem(form, result.body, result.status);
      return;
    }
    setText(posted, 'institution.posted', { id: result.body.id });
    posted.hidden = false;
    form.reset();
    relabel();
    posted.focus?.();
  });

  document.addEventListener('languagechange', relabel);
  return () => document.removeEventListener('languagechange', relabel);
}
