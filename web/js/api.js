// Same-origin calls to the local host's API with the signed-in caller's bearer token.
const key = 'dmatch.session';

export const session = {
  get: () => JSON.parse(sessionStorage.getItem(key) ?? 'null'),
  set: (value) => sessionStorage.setItem(key, JSON.stringify(value)),
  clear: () => sessionStorage.removeItem(key),
};

/** The caller's headers: JSON accepted, in the page's language (the API writes ranking reasons in it), the bearer token when signed in, plus any extra. */
function headersWith(extra) {
  const headers = { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'fr', ...extra };
  const current = session.get();
  if (current?.token) {
    headers.Authorization = `Bearer ${current.token}`;
  }
  return headers;
}

/** Sends one request; answers { ok, status, body, etag } with body parsed JSON (ProblemDetails on errors) or null. */
async function send(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    return { ok: false, status: 0, body: null, etag: null };
  }
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { ok: response.ok, status: response.status, body: parsed, etag: response.headers.get('ETag') };
}

/** A JSON call: answers { ok, status, body, etag }. */
export async function call(method, path, { body, etag } = {}) {
  const headers = headersWith(body === undefined ? {} : { 'Content-Type': 'application/json' });
  if (etag) {
    headers['If-Match'] = etag;
  }
  return send(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Sends a file as the raw request body (a CV): answers like call(). */
export async function upload(path, file, contentType) {
  return send(path, { method: 'POST', headers: headersWith({ 'Content-Type': contentType }), body: file });
}

/** An image or other binary the API serves behind the bearer token, as an object URL (null on failure). */
export async function objectUrl(path) {
  const current = session.get();
  try {
    const response = await fetch(path, { headers: current?.token ? { Authorization: `Bearer ${current.token}` } : {} });
    return response.ok ? URL.createObjectURL(await response.blob()) : null;
  } catch {
    return null;
  }
}

export async function signIn(role, subject, org) {
  const result = await call('POST', '/dev/token', { body: { role, subject, org } });
  if (result.ok) {
    session.set(result.body);
  }
  return result;
}
