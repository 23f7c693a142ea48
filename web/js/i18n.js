// UI strings live in i18n/{lang}.json only; elements name their string with data-i18n (text),
// data-i18n-args (JSON parameters) and data-i18n-aria-label. Arabic switches the page to right-to-left.
export const languages = ['fr', 'ar', 'en', 'nl'];
const rtl = new Set(['ar']);
let current = 'fr';
let strings = {};

export const currentLanguage = () => current;

export function t(key, args) {
  const text = Object.hasOwn(strings, key) ? strings[key] : key;
  // A parameter that is itself a string key (e.g. "role.staff") is translated too.
  const value = (v) => (typeof v === 'string' && Object.hasOwn(strings, v) ? strings[v] : String(v));
  return args ? text.replace(/\{(\w+)\}/g, (m, name) => (name in args ? value(args[name]) : m)) : text;
}

/** Sets an element's text to a string and remembers the key, so a language switch re-translates it. */
export function setText(element, key, args) {
  delete element.dataset.i18nIsolate;
  element.dataset.i18n = key;
  if (args) {
    element.dataset.i18nArgs = JSON.stringify(args);
  } else {
    delete element.dataset.i18nArgs;
  }
  element.textContent = t(key, args);
  return element;
}

/**
 * Like setText, with each argument in its own <bdi>: ids, dates, numbers and names keep their own direction inside
 * Arabic text (and Arabic names inside French), so nothing around them is reordered.
 */
export function setIsolated(element, key, args = {}) {
  element.dataset.i18n = key;
  element.dataset.i18nArgs = JSON.stringify(args);
  element.dataset.i18nIsolate = 'true';
  renderIsolated(element, key, args);
  return element;
}

function renderIsolated(element, key, args) {
  const text = Object.hasOwn(strings, key) ? strings[key] : key;
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    parts.push(text.slice(last, match.index));
    if (match[1] in args) {
      const value = args[match[1]];
      const isolated = document.createElement('bdi');
      isolated.textContent = typeof value === 'string' && Object.hasOwn(strings, value) ? strings[value] : String(value);
      parts.push(isolated);
    } else {
      parts.push(match[0]);
    }
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  element.replaceChildren(...parts);
}

export function translate(root) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    const args = element.dataset.i18nArgs ? JSON.parse(element.dataset.i18nArgs) : undefined;
    if (element.dataset.i18nIsolate === 'true') {
      renderIsolated(element, element.dataset.i18n, args ?? {});
    } else {
      element.textContent = t(element.dataset.i18n, args);
    }
  }
  for (const element of root.querySelectorAll('[data-i18n-aria-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  }
}

export function preferredLanguage() {
  const saved = localStorage.getItem('dmatch.lang');
  if (languages.includes(saved)) {
    return saved;
  }
  const browser = (navigator.language || '').slice(0, 2);
  return languages.includes(browser) ? browser : 'fr';
}

/** Names of reference codes (countries, regions, sectors, languages, stages) in one language, served by the API from data/reference. */
let names = null;

async function loadNames(lang) {
  try {
    const response = await fetch(`/api/reference?lang=${encodeURIComponent(lang)}`, { headers: { Accept: 'application/json' } });
    names = response.ok ? await response.json() : null;
  } catch {
    names = null;
  }
}

export async function setLanguage(lang) {
  const response = await fetch(`i18n/${lang}.json`);
  strings = await response.json();
  await loadNames(lang);
  current = lang;
  localStorage.setItem('dmatch.lang', lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = rtl.has(lang) ? 'rtl' : 'ltr';
  for (const template of document.querySelectorAll('template')) {
    translate(template.content);
  }
  translate(document);
  document.dispatchEvent(new CustomEvent('languagechange', { detail: lang }));
}

/** Country and language names from the API's reference data (the browser's locale data if it could not be read). */
export const countryName = (code) => names?.countries?.[code] ?? new Intl.DisplayNames([current], { type: 'region' }).of(code) ?? code;
export const languageName = (code) => names?.languages?.[code] ?? new Intl.DisplayNames([current], { type: 'language' }).of(code) ?? code;
/** Region, sector and investment-stage names from the API's reference data; the code itself only if it is unknown. */
export const regionName = (code) => names?.regions?.[code] ?? code;
export const sectorName = (code) => names?.sectors?.[code] ?? code;
export const stageName = (code) => names?.stages?.[code] ?? code;
/** Sector codes in the alphabetical order of their names; a country's region codes in code order. */
export const sectorCodes = () => Object.keys(names?.sectors ?? {}).sort((a, b) => sectorName(a).localeCompare(sectorName(b), current));
export const regionCodes = (country = 'MA') => names?.regionsByCountry?.[country] ?? [];
export const formatNumber = (value, digits = 2) => new Intl.NumberFormat(current, { maximumFractionDigits: digits }).format(value);

/** The codes of a catalogue kept in the strings ("sector", "region"): the part after the prefix of every key that has it. */
export const codesOf = (prefix) => Object.keys(strings).filter((key) => key.startsWith(`${prefix}.`)).map((key) => key.slice(prefix.length + 1));
