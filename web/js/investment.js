// Expert investment interest (optional as a whole): sectors, regions, ticket range in EUR, stage and the support
// looked for (phrases, one per line, as an opportunity's support offered), checked in the
// browser against the record validator's limits (amounts 0…10^12, largest ticket not below the smallest).
import { formatNumber, regionName, sectorName, setText, stageName, t } from './i18n.js';
import { checkboxes, fillSelect, lines } from './forms.js';
import { regions, sectors, stages } from './opportunity.js';

const maxAmount = 1e12;

export function investmentEditor(root) {
  const sectorList = root.querySelector('#p-inv-sectors');
  const regionList = root.querySelector('#p-inv-regions');
  const min = root.querySelector('#p-inv-min');
  const max = root.querySelector('#p-inv-max');
  const stage = root.querySelector('#p-inv-stage');
  const support = root.querySelector('#p-inv-support');
  let kept = { regions: [] }; // regions of other countries the profile holds and these boxes do not show

  const sectorBoxes = checkboxes(sectorList, sectors, 'p-inv-sector', sectorName);
  const regionBoxes = checkboxes(regionList, regions, 'p-inv-region', regionName);
  const relabel = () => {
    fillSelect(stage, [['', t('form.none')], ...stages.map((s) => [s, stageName(s)])]);
    sectorBoxes.relabel();
    regionBoxes.relabel();
  };
  relabel();

  const ticked = (list) => [...list.querySelectorAll('input:checked')].map((box) => box.value);
  const tick = (list, codes) => {
    for (const box of list.querySelectorAll('input')) {
      box.checked = codes.includes(box.value);
    }
  };
  const amount = (input) => (input.value === '' ? undefined : Number(input.value));

  return {
    relabel,
    fill(interest) {
      tick(sectorList, interest?.sectors ?? []);
      tick(regionList, interest?.regions ?? []);
      kept = { regions: (interest?.regions ?? []).filter((r) => !regions().includes(r)) };
      min.value = interest?.ticketMinEur ?? '';
      max.value = interest?.ticketMaxEur ?? '';
      relabel();
      stage.value = interest?.stage ?? '';
      support.value = (interest?.supportWanted ?? []).join('\n');
    },
    /** The interest, or undefined when every field is empty (no investment interest). */
    read() {
      const interest = {
        sectors: ticked(sectorList),
        regions: [...ticked(regionList), ...kept.regions],
        ticketMinEur: amount(min),
        ticketMaxEur: amount(max),
        stage: stage.value || undefined,
        supportWanted: lines(support.value),
      };
      if (!interest.supportWanted.length) {
        interest.supportWanted = undefined; // none stated: left out, as the server writes it
      }
      const empty = !interest.sectors.length && !interest.regions.length && interest.ticketMinEur === undefined
        && interest.ticketMaxEur === undefined && interest.stage === undefined && interest.supportWanted === undefined;
      return empty ? undefined : interest;
    },
    /** Field errors keyed by JSON path, like the server's; empty when the interest can be sent. */
    check() {
      const errors = {};
      for (const [input, name] of [[min, 'ticketMinEur'], [max, 'ticketMaxEur']]) {
        const value = amount(input);
        if (input.validity.badInput || (value !== undefined && !(value >= 0 && value <= maxAmount))) {
          errors[`investment.${name}`] = [t('investment.badAmount', { max: formatNumber(maxAmount, 0) })];
        }
      }
      if (!errors['investment.ticketMinEur'] && !errors['investment.ticketMaxEur']
        && amount(min) !== undefined && amount(max) !== undefined && amount(max) < amount(min)) {
        errors['investment.ticketMaxEur'] = [t('investment.maxBelowMin')];
      }
      return errors;
    },
  };
}
