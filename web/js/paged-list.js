// A list drawn a page at a time from a list route, with a "more" button. Starting again (a new filter, a saved
// filter applied, a language change) or leaving the view forgets the pages still being fetched: they would
// otherwise arrive late and be drawn under the new ones, mixing two queries in one list.

/**
 * @param list the element the items are appended to
 * @param more the button that asks for the next page (hidden while a page loads and when there is none)
 * @param source where the list comes from and how it is drawn:
 *   page(cursor) the list route's answer (ids and nextCursor); read(id) one record's answer; item(record) its
 *   element (or a promise of it); failed(answer) says that the list route refused; drawn(count) is told how many
 *   items the list shows. failed and drawn are called only for the pages still wanted.
 */
export function pagedList(list, more, source) {
  let cursor = null;
  let shown = 0;
  let start = 0; // which start the pages being fetched belong to

  async function next() {
    const mine = start;
    more.hidden = true;
    const answer = await source.page(cursor);
    if (!answer.ok) {
      if (mine === start) {
        source.failed(answer);
      }
      return;
    }
    const records = await Promise.all(answer.body.ids.map((id) => source.read(id)));
    const items = await Promise.all(records.filter((record) => record.ok).map((record) => source.item(record.body)));
    if (mine !== start) {
      return; // its records were read for nothing: one check here keeps the flow straight, and the race is rare
    }
    list.append(...items);
    shown += items.length;
    cursor = answer.body.nextCursor;
    more.hidden = !cursor;
    source.drawn(shown);
  }

  function restart() {
    start++;
    list.replaceChildren();
    cursor = null;
    shown = 0;
    return next();
  }

  /** Pages still being fetched are dropped when they arrive (the view is being left). */
  function stop() {
    start++;
  }

  more.addEventListener('click', next);
  return { restart, stop };
}

/**
 * An entry of a list to choose from: a button with a name and a line of details, its data attributes from
 * <data>; the chosen entry carries aria-current.
 */
export function choiceItem(list, data, name, details, choose) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'need-button';
  Object.assign(button.dataset, data);
  const title = document.createElement('span');
  title.className = 'need-name';
  title.textContent = name;
  title.dir = 'auto';
  const meta = document.createElement('span');
  meta.className = 'muted';
  meta.dir = 'auto';
  meta.textContent = details.filter(Boolean).join(' · ');
  button.append(title, meta);
  button.addEventListener('click', () => {
    for (const other of list.querySelectorAll('[aria-current]')) {
      other.removeAttribute('aria-current');
    }
    button.setAttribute('aria-current', 'true');
    choose();
  });
  item.append(button);
  return item;
}
