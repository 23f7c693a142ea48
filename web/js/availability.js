// Expert availability: a list of date ranges (one fieldset of from/to date inputs per period), checked in the
// browser against the record validator's limits (both dates, 1900–2200, from ≤ to, at most 50) before saving.
import { setText, t, translate } from './i18n.js';
import { drawMonth } from './month-strip.js';

export const maxPeriods = 50;
const earliest = '1900-01-01';
const latest = '2200-12-31';

export function availabilityEditor(root) {
  const rows = root.querySelector('#p-availability');
  const add = root.querySelector('#p-add-period');
  const month = root.querySelector('#p-month');
  const inputs = (row) => [row.querySelector('.period-from'), row.querySelector('.period-to')];
  // A date input answers '' for a partly typed date too; the browser's badInput flag tells it from an empty one.
  const typed = (input) => input.value !== '' || input.validity.badInput;
  const filled = () => [...rows.children].filter((row) => inputs(row).some(typed));

  function number() {
    [...rows.children].forEach((row, index) => {
      const [from, to] = inputs(row);
      from.id = `p-from-${index}`;
      to.id = `p-to-${index}`;
      const [fromLabel, toLabel] = row.querySelectorAll('label');
      fromLabel.htmlFor = from.id;
      toLabel.htmlFor = to.id;
      setText(row.querySelector('.period-name'), 'availability.period', { n: index + 1 });
      setText(row.querySelector('.remove'), 'availability.remove', { n: index + 1 });
    });
    add.disabled = rows.children.length >= maxPeriods;
    redraw();
  }

  /** Data paths follow the list that is sent (blank rows are left out), so the server's errors land on the right row. */
  function paths() {
    for (const input of rows.querySelectorAll('input')) {
      delete input.dataset.path;
    }
    filled().forEach((row, index) => {
      const [from, to] = inputs(row);
      from.dataset.path = `availability[${index}].from`;
      to.dataset.path = `availability[${index}].to`;
    });
  }

  function addPeriod(range) {
    const row = document.getElementById('period-row').content.firstElementChild.cloneNode(true);
    translate(row);
    const [from, to] = inputs(row);
    from.value = range?.from ?? '';
    to.value = range?.to ?? '';
    row.querySelector('.remove').addEventListener('click', () => {
      const next = row.nextElementSibling ?? row.previousElementSibling;
      row.remove();
      number();
      (next?.querySelector('input') ?? add).focus();
    });
    rows.append(row);
    number();
    return row;
  }

  function read() {
    paths();
    return filled().map((row) => ({ from: inputs(row)[0].value, to: inputs(row)[1].value }));
  }

  function redraw() {
    const ranges = [...rows.children].map((row) => inputs(row).map((input) => input.value));
    drawMonth(month, ranges.filter(([from, to]) => from && to && from <= to).map(([from, to]) => ({ from, to })));
  }

  rows.addEventListener('change', redraw);
  add.addEventListener('click', () => addPeriod().querySelector('input').focus());

  return {
    /** Shows the profile's ranges, or one empty period when there are none. */
    fill(ranges) {
      rows.replaceChildren();
      for (const range of ranges?.length ? ranges : [undefined]) {
        addPeriod(range);
      }
    },
    read,
    redraw,
    /** Field errors keyed by JSON path, like the server's; empty when the ranges can be sent. */
    check() {
      paths();
      const errors = {};
      const periods = filled();
      periods.forEach((row, index) => {
        const [from, to] = inputs(row);
        const path = `availability[${index}]`;
        for (const [input, name] of [[from, 'from'], [to, 'to']]) {
          if (input.value === '') {
            errors[`${path}.${name}`] = [t(input.validity.badInput ? 'availability.badDate' : 'availability.missingDate', { n: index + 1 })];
          } else if (input.value < earliest || input.value > latest) {
            errors[`${path}.${name}`] = [t('availability.outOfRange', { n: index + 1, earliest, latest })];
          }
        }
        if (!errors[`${path}.from`] && !errors[`${path}.to`] && to.value < from.value) {
          errors[`${path}.to`] = [t('availability.toBeforeFrom', { n: index + 1 })];
        }
      });
      if (periods.length > maxPeriods) {
        errors.availability = [t('availability.tooMany', { max: maxPeriods })];
      }
      return errors;
    },
  };
}
