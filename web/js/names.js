// Organisation names by id, read once per page from the API (GET /api/organisations/{id}): pages show the name, never the code.
import { call } from './api.js';

const cache = new Map();

/** The organisation's name, or its id when it cannot be read. */
export function organisationName(id) {
  if (!id) {
    return Promise.resolve('');
  }
  if (!cache.has(id)) {
    cache.set(id, call('GET', `/api/organisations/${encodeURIComponent(id)}`).then((r) => (r.ok && r.body?.name ? r.body.name : id)));
  }
  return cache.get(id);
}
