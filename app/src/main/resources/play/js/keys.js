// Access keys kept by this browser (localStorage; never in a URL). A key is the campaign, the participant and the
// participant's access token; the page shows it once, to be saved, and signs in with it from then on.

const STORE = 'duality.keys';
const CURRENT = 'duality.current';
const PREFIX = 'duality1';

function read() {
  try { return JSON.parse(localStorage.getItem(STORE)) || []; } catch (e) { return []; }
}
function write(list) { localStorage.setItem(STORE, JSON.stringify(list)); }

export function all() { return read(); }

export function save(key) {
  const list = read().filter(k => k.campaign_id !== key.campaign_id);
  list.push(key);
  write(list);
  localStorage.setItem(CURRENT, key.campaign_id);
}

export function update(campaignId, changes) {
  write(read().map(k => (k.campaign_id === campaignId ? { ...k, ...changes } : k)));
}

export function current() {
  const id = localStorage.getItem(CURRENT);
  return read().find(k => k.campaign_id === id) || null;
}

export function choose(campaignId) {
  if (campaignId) localStorage.setItem(CURRENT, campaignId); else localStorage.removeItem(CURRENT);
}

export function forget(campaignId) {
  write(read().filter(k => k.campaign_id !== campaignId));
  if (localStorage.getItem(CURRENT) === campaignId) localStorage.removeItem(CURRENT);
}

/** The text a user saves: it holds everything needed to sign in again, on any browser. */
export function exportText(key) {
  return [PREFIX, key.campaign_id, key.participant_id, key.token].join('.');
}

export function parse(text) {
  const parts = String(text || '').trim().split('.');
  if (parts.length !== 4 || parts[0] !== PREFIX || !parts[3].startsWith('dpt_')) return null;
  return { campaign_id: parts[1], participant_id: parts[2], token: parts[3] };
}
