// Calls to Duality's HTTP API. A refusal is thrown as a Problem carrying the API's problem+json answer, so screens can
// show its message and point at the field it names.

export class Problem extends Error {
  constructor(status, body) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.status = status;
    this.code = body.code || `HTTP_${status}`;
    this.field = body.field || null;
    this.blockers = body.blockers || null;
    this.retryAfter = null;
  }
}

/** A fresh key for Idempotency-Key: crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export function client(token) {
  async function call(method, path, body, headers = {}) {
    const sent = { Accept: 'application/json', ...headers };
    if (token) sent.Authorization = `Bearer ${token}`;
    if (body !== undefined) sent['Content-Type'] = 'application/json';
    if (method === 'POST' && !sent['Idempotency-Key']) sent['Idempotency-Key'] = newKey();
    let response;
    try {
      response = await fetch(`/api/v1${path}`, {
        method, headers: sent, cache: 'no-store',
        body: body === undefined ? undefined : JSON.stringify(body)
      });
    } catch (e) {
      throw new Problem(0, { code: 'NETWORK', detail: 'The service could not be reached. Check the connection and try again.' });
    }
    if (response.status === 204) return null;
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    if (!response.ok) {
      const problem = new Problem(response.status, json || { detail: text || response.statusText });
      problem.retryAfter = response.headers.get('Retry-After');
      throw problem;
    }
    return json;
  }
  return {
    get: path => call('GET', path),
    post: (path, body = {}, headers) => call('POST', path, body, headers),
    put: (path, body) => call('PUT', path, body),
    patch: (path, body) => call('PATCH', path, body),
    del: path => call('DELETE', path)
  };
}
