// The table: joining a campaign, then the core's panels (session, spotlight, gates, people, the action log) around the
// game system's own screen, loaded from play/systems/<system id>.js. Every screen follows the campaign's event stream
// and reads again what changed.

import { client } from './api.js';
import { follow } from './live.js';
import * as keys from './keys.js';
import { act, clearNotice, html, humanize, once, options, put, say, time, values } from './ui.js';

const main = document.getElementById('main');
const LOG_LIMIT = 200;

function start() {
  document.getElementById('leave').onclick = () => { keys.choose(null); location.hash = ''; location.reload(); };
  const join = joinFromHash();
  const key = keys.current();
  if (key && !join) openTable(key);
  else landing(join);
}

/** An invite link carries the campaign and the invite code in the fragment, which browsers never send to a server. */
function joinFromHash() {
  const match = /^#join=([0-9a-f-]{36})\/(dinv_[A-Za-z0-9_-]+)$/.exec(location.hash);
  return match ? { campaign_id: match[1], code: match[2] } : null;
}

// ---------------------------------------------------------------- landing: start, join, sign in

function landing(join) {
  document.getElementById('campaign-title').textContent = '';
  document.getElementById('whoami').textContent = '';
  document.getElementById('leave').hidden = true;
  const stored = keys.all();
  put(main, html`
    <div class="grid landing">
      <section class="panel" aria-labelledby="create-title">
        <h2 id="create-title">Start a campaign</h2>
        <form id="create-form" class="stack">
          <div><label for="create-name">Campaign name</label><input id="create-name" name="name" type="text" required maxlength="200"></div>
          <div><label for="create-owner">Your name</label><input id="create-owner" name="owner_name" type="text" required maxlength="200"></div>
          <div><label for="create-system">Game system</label>
            <select id="create-system" name="game_system"><option value="daggerheart">Daggerheart 1.0</option></select></div>
          <button class="primary" type="submit">Create as GM</button>
        </form>
      </section>
      <section class="panel" aria-labelledby="join-title">
        <h2 id="join-title">Join with an invite</h2>
        <form id="join-form" class="stack">
          <div><label for="join-campaign">Campaign id</label><input id="join-campaign" name="campaign_id" type="text" required value="${join ? join.campaign_id : ''}"></div>
          <div><label for="join-code">Invite code</label><input id="join-code" name="code" type="text" required value="${join ? join.code : ''}"></div>
          <div><label for="join-name">Your name</label><input id="join-name" name="name" type="text" required maxlength="200"></div>
          <button class="primary" type="submit">Join the table</button>
        </form>
      </section>
      <section class="panel" aria-labelledby="signin-title">
        <h2 id="signin-title">Sign in with your key</h2>
        <form id="signin-form" class="stack">
          <div><label for="signin-key">Access key</label><textarea id="signin-key" name="key" rows="3" required></textarea></div>
          <button type="submit">Sign in</button>
        </form>
        ${stored.length ? html`<h3>On this device</h3><ul class="plain">${stored.map(k => html`
          <li><button type="button" data-open="${k.campaign_id}">${k.campaign_name || k.campaign_id}</button>
            <span class="muted small">as ${k.name || 'you'}</span></li>`)}</ul>` : ''}
      </section>
    </div>`);
  const anonymous = client(null);

  const createForm = document.getElementById('create-form');
  createForm.onsubmit = async event => {
    event.preventDefault();
    const v = values(createForm);
    const created = await act(event.submitter, () => anonymous.post('/campaigns', {
      name: v.name, owner_name: v.owner_name, game_system: { id: v.game_system, version: '1.0.0' }
    }), createForm);
    if (!created) return;
    const key = { campaign_id: created.campaign_id, participant_id: created.owner_participant_id,
      token: created.access_token, campaign_name: v.name, name: v.owner_name };
    keys.save(key);
    await offerExport(key);
    openTable(key);
  };

  const joinForm = document.getElementById('join-form');
  joinForm.onsubmit = async event => {
    event.preventDefault();
    const v = values(joinForm);
    const joined = await act(event.submitter, () => anonymous.post(
      `/campaigns/${encodeURIComponent(v.campaign_id)}/invites/claim`, { code: v.code, name: v.name }), joinForm);
    if (!joined) return;
    const key = { campaign_id: joined.campaign_id, participant_id: joined.participant_id, token: joined.access_token,
      name: v.name };
    keys.save(key);
    history.replaceState(null, '', location.pathname);
    await offerExport(key);
    openTable(key);
  };

  const signinForm = document.getElementById('signin-form');
  signinForm.onsubmit = async event => {
    event.preventDefault();
    const parsed = keys.parse(values(signinForm).key);
    if (!parsed) {
      say('That is not an access key: it starts with "duality1." and has four parts.', 'error');
      signinForm.key.setAttribute('aria-invalid', 'true');
      signinForm.key.focus();
      return;
    }
    const campaign = await act(event.submitter, () => client(parsed.token).get(`/campaigns/${parsed.campaign_id}`),
      signinForm);
    if (!campaign) return;
    const key = { ...parsed, campaign_name: campaign.name };
    keys.save(key);
    openTable(key);
  };

  main.querySelectorAll('[data-open]').forEach(button => {
    button.onclick = () => {
      const key = keys.all().find(k => k.campaign_id === button.dataset.open);
      keys.choose(key.campaign_id);
      openTable(key);
    };
  });
  main.focus();
}

/** The only time the page shows a key: right after it was issued. */
function offerExport(key) {
  const dialog = document.getElementById('key-dialog');
  const text = keys.exportText(key);
  document.getElementById('key-text').value = text;
  document.getElementById('key-copy').onclick = async () => {
    try { await navigator.clipboard.writeText(text); say('Key copied.'); }
    catch (e) { document.getElementById('key-text').select(); say('Select the key and copy it by hand.'); }
  };
  document.getElementById('key-download').onclick = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text + '\n'], { type: 'text/plain' }));
    link.download = 'duality-key.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  return new Promise(resolve => {
    dialog.addEventListener('close', () => {
      document.getElementById('key-text').value = '';
      resolve();
    }, { once: true });
    dialog.showModal();
  });
}

// ---------------------------------------------------------------- the table

let table = null;

async function openTable(key) {
  if (table) table.live.stop();
  const api = client(key.token);
  const base = `/campaigns/${key.campaign_id}`;
  let campaign;
  try {
    campaign = await api.get(base);
  } catch (problem) {
    if (problem.status === 401 || problem.status === 403 || problem.status === 404) {
      say('This key no longer opens that campaign (you left the table, or the campaign is gone). It was forgotten on this device.', 'error');
      keys.forget(key.campaign_id);
    } else {
      say(`The campaign could not be opened: ${problem.message}`, 'error');
    }
    landing(null);
    return;
  }
  keys.update(key.campaign_id, { campaign_name: campaign.name });
  let system = null;
  try {
    system = (await import(`../systems/${encodeURIComponent(campaign.game_system.id)}.js`)).default;
  } catch (e) {
    console.error(e);
  }
  table = {
    key, api, base, campaign, system,
    participants: [], characters: [], session: null, gate: null, me: null,
    names: new Map(), refreshing: null, again: false, timer: null,
    get isGm() { return this.me && this.me.role === 'gm'; },
    get manages() { return this.me && (this.me.access === 'owner' || this.me.access === 'manager'); },
    name(id) { return this.names.get(id) || (id === 'admin' ? 'the admin' : 'someone'); },
    refresh: () => scheduleRefresh(),
    character(id) { return this.characters.find(c => c.character_id === id); }
  };
  document.getElementById('campaign-title').textContent = campaign.name;
  document.getElementById('leave').hidden = false;
  put(main, html`
    <div class="grid">
      <div class="column" id="table-column">
        <section class="panel" id="session-panel" aria-labelledby="session-title"><h2 id="session-title">Session</h2><div id="session-body"></div><div id="session-form"></div></section>
        <section class="panel" id="spotlight-panel" aria-labelledby="spotlight-title"><h2 id="spotlight-title">Spotlight</h2><div id="spotlight-body"></div><div id="spotlight-form"></div></section>
        <section class="panel" id="gate-panel" aria-labelledby="gate-title"><h2 id="gate-title">Gate</h2><div id="gate-body"></div><div id="gate-form"></div></section>
        <section class="panel" id="people-panel" aria-labelledby="people-title"><h2 id="people-title">At the table</h2><div id="people-body"></div><div id="people-form"></div></section>
        <section class="panel" id="notes-panel" aria-labelledby="notes-title"><h2 id="notes-title">Notes</h2><div id="notes-form"></div></section>
      </div>
      <div class="column" id="system-column"></div>
      <div class="column log-column">
        <section class="panel" aria-labelledby="log-title"><h2 id="log-title">Action log</h2>
          <ol id="log" class="plain log" aria-live="polite" aria-relevant="additions"></ol></section>
      </div>
    </div>`);
  await refreshNow();
  if (table.system) {
    table.system.mount(table, document.getElementById('system-column'));
    table.mounted = true;
  }
  else put(document.getElementById('system-column'), html`<section class="panel"><p>This page has no screen for the game system "${campaign.game_system.id}".</p></section>`);
  await refreshNow();
  const status = document.getElementById('live-status');
  const current = table;
  table.live = follow(`/api/v1${base}/events/stream`, key.token, {
    onEntry: entry => { if (table === current) { addToLog(entry); scheduleRefresh(); } },
    onStatus: state => {
      if (table !== current) return;
      status.dataset.state = state;
      status.textContent = state === 'live' ? 'Live' : state === 'reconnecting' ? 'Reconnecting…' : 'Disconnected';
    },
    onDenied: () => { if (table === current) lostAccess(); }
  });
}

function lostAccess() {
  say('Your access to this campaign ended: you are no longer at this table.', 'error');
  keys.forget(table.key.campaign_id);
  table.live.stop();
  table = null;
  landing(null);
}

function scheduleRefresh() {
  if (!table) return;
  clearTimeout(table.timer);
  table.timer = setTimeout(refreshNow, 60);
}

/** Reads the table again; a refresh asked for while one runs runs once more after it. */
async function refreshNow() {
  const current = table;
  if (!current) return;
  if (current.refreshing) { current.again = true; return current.refreshing; }
  current.refreshing = (async () => {
    do {
      current.again = false;
      try {
        await load(current);
        if (table !== current) return;
        renderCore(current);
        if (current.system && current.mounted) await current.system.refresh(current);
        if (current.readFailed) { current.readFailed = false; clearNotice(); }
      } catch (problem) {
        if (problem.status === 401) { lostAccess(); return; }
        current.readFailed = true;
        say(`Could not read the table: ${problem.message}`, 'error');
      }
    } while (current.again && table === current);
  })();
  try { await current.refreshing; } finally { current.refreshing = null; }
}

async function load(t) {
  const [campaign, participants, characters, session] = await Promise.all([
    t.api.get(t.base), t.api.get(`${t.base}/participants`), t.api.get(`${t.base}/characters`),
    t.api.get(`${t.base}/sessions/active`).catch(p => { if (p.status === 404) return null; throw p; })
  ]);
  t.campaign = campaign;
  t.participants = participants.items;
  t.characters = characters.items.filter(c => !c.deleted);
  t.session = session;
  t.me = t.participants.find(p => p.participant_id === t.key.participant_id) || null;
  if (!t.me) throw Object.assign(new Error('not at the table'), { status: 401 });
  t.names = new Map();
  t.participants.forEach(p => t.names.set(p.participant_id, p.name));
  t.characters.forEach(c => t.names.set(c.character_id, c.name));
  t.gate = null;
  if (session) {
    const gates = await t.api.get(`${t.base}/sessions/${session.session_id}/gates`);
    t.gate = gates.items.find(g => g.status === 'open') || null;
  }
}

// ---------------------------------------------------------------- the core's panels

function renderCore(t) {
  document.getElementById('whoami').textContent = `${t.me.name} · ${t.me.role === 'gm' ? 'GM' : 'Player'}`;
  renderSession(t);
  renderSpotlight(t);
  renderGate(t);
  renderPeople(t);
  renderNotes(t);
}

/** A story note for the log; a GM's may stay secret (only GMs see it) until revealed from the log. */
function renderNotes(t) {
  const box = document.getElementById('notes-form');
  if (!once(box, `notes:${t.isGm}`, () => html`<form id="note-form" class="stack">
      <div><label for="note-text">A note for the story</label><textarea id="note-text" name="content" rows="2" required maxlength="4000"></textarea></div>
      <div class="row">${t.isGm ? html`<label class="check"><input type="checkbox" name="secret" id="note-secret"> Only GMs see it (reveal it later from the log)</label>` : ''}
      <button type="submit">Write</button></div></form>`)) return;
  const form = document.getElementById('note-form');
  form.onsubmit = async e => {
    e.preventDefault();
    const v = values(form);
    const done = await act(e.submitter, () => t.api.post(`${t.base}/${v.secret ? 'gm-notes' : 'notes'}`,
      { content: v.content }), form);
    if (done !== undefined) form.content.value = '';
  };
}

function renderSession(t) {
  const body = document.getElementById('session-body');
  const form = document.getElementById('session-form');
  const s = t.session;
  put(body, s
    ? html`<p><strong>${s.name}</strong> is running <span class="muted">(since ${time(s.started_at)})</span></p>
      ${s.dice_commitment ? html`<p class="small muted" id="dice-commitment" title="${s.dice_commitment}">Server dice
        committed: <code>${s.dice_commitment.slice(0, 16)}…</code>; the seed is revealed when the session ends, and
        every roll can be checked.</p>` : ''}`
    : html`<p class="muted">No session is running. Campaign: ${t.campaign.status}.</p>`);
  if (!t.manages) { put(form, ''); return; }
  if (once(form, s ? `end:${s.session_id}` : 'start', () => s
    ? html`<button id="end-session" type="button">End the session</button>`
    : html`<form id="start-form" class="row"><div class="field"><label for="session-name">Session name</label>
        <input id="session-name" name="name" type="text" maxlength="200" placeholder="Session 1"></div>
        <button class="primary" type="submit">Start the session</button></form>`)) {
    if (s) {
      document.getElementById('end-session').onclick = e =>
        act(e.target, () => t.api.post(`${t.base}/sessions/${s.session_id}/end`)).then(scheduleRefresh);
    } else {
      const startForm = document.getElementById('start-form');
      startForm.onsubmit = async e => {
        e.preventDefault();
        const name = values(startForm).name || `Session ${new Date().toLocaleDateString()}`;
        await act(e.submitter, () => t.api.post(`${t.base}/sessions`, { name }), startForm);
        scheduleRefresh();
      };
    }
  }
}

function spotlightText(t, spotlight) {
  if (!spotlight) return 'Nobody';
  return spotlight.type === 'gm' ? 'The GM' : t.name(spotlight.character_id);
}

function renderSpotlight(t) {
  const panel = document.getElementById('spotlight-panel');
  panel.hidden = !t.session;
  if (!t.session) return;
  const spotlight = t.session.spotlight;
  put(document.getElementById('spotlight-body'), html`<p id="spotlight-now" class="verdict">${spotlightText(t, spotlight)}</p>`);
  const form = document.getElementById('spotlight-form');
  if (!t.isGm) { put(form, ''); return; }
  if (once(form, `spotlight:${t.session.session_id}`, () => html`
      <form id="spotlight-set" class="row"><div class="field"><label for="spotlight-target">Put the spotlight on</label>
      <select id="spotlight-target" name="target"></select></div>
      <button type="submit">Set</button><button type="button" id="spotlight-clear">Clear</button></form>`)) {
    const setForm = document.getElementById('spotlight-set');
    setForm.onsubmit = async e => {
      e.preventDefault();
      const target = setForm.target.value;
      const body = target === 'gm' ? { type: 'gm' } : { type: 'character', character_id: target };
      await act(e.submitter, () => t.api.put(`${t.base}/sessions/${t.session.session_id}/spotlight`, body), setForm);
      scheduleRefresh();
    };
    document.getElementById('spotlight-clear').onclick = e =>
      act(e.target, () => t.api.del(`${t.base}/sessions/${t.session.session_id}/spotlight`)).then(scheduleRefresh);
  }
  options(document.getElementById('spotlight-target'), [{ value: 'gm', label: 'The GM' }]
    .concat(t.characters.map(c => ({ value: c.character_id, label: c.name }))));
}

function renderGate(t) {
  const panel = document.getElementById('gate-panel');
  const form = document.getElementById('gate-form');
  panel.hidden = !t.session || (!t.gate && !t.manages);
  if (panel.hidden) return;
  const gate = t.gate;
  const body = document.getElementById('gate-body');
  if (!gate) {
    put(body, html`<p class="muted">No gate is open.</p>`);
  } else {
    const eligible = gate.eligible_participant_ids && gate.eligible_participant_ids.length
      ? gate.eligible_participant_ids : t.participants.map(p => p.participant_id);
    const answered = new Map((gate.responses || []).map(r => [r.participant_id, r]));
    put(body, html`<p><strong>${humanize(gate.gate_type)}</strong>${gate.reason ? html`: ${gate.reason}` : ''}</p>
      <p class="small muted">${gate.resolution_state === 'ready_to_resolve' ? 'Everyone answered.' : 'Waiting for answers.'}
        Rolls wait until the gate is closed.</p>
      <ul class="plain small">${eligible.map(id => html`<li>${t.name(id)}: ${answered.has(id)
        ? html`<strong>${humanize(answered.get(id).decision)}</strong>${answered.get(id).response ? html` (${answered.get(id).response})` : ''}`
        : html`<span class="muted">no answer yet</span>`}</li>`)}</ul>`);
  }
  const mayAnswer = gate && !(gate.responses || []).some(r => r.participant_id === t.me.participant_id)
    && (!gate.eligible_participant_ids || gate.eligible_participant_ids.length === 0
      || gate.eligible_participant_ids.includes(t.me.participant_id));
  const key = gate ? `gate:${gate.gate_id}:${mayAnswer}:${t.manages}` : `open:${t.session.session_id}`;
  if (!once(form, key, () => gate ? html`
      ${mayAnswer ? html`<form id="gate-answer" class="row"><div class="field"><label for="gate-response">Your answer (optional words)</label>
        <input id="gate-response" name="response" type="text" maxlength="500"></div>
        <button type="submit" name="agree" value="agree">Agree</button><button type="submit" value="object">Object</button></form>` : ''}
      ${t.manages ? html`<form id="gate-close" class="row"><div class="field"><label for="gate-resolution">Ruling</label>
        <input id="gate-resolution" name="resolution" type="text" maxlength="500"></div>
        <button type="submit" class="primary" value="resolve">Resolve</button><button type="submit" value="abandon">Abandon</button></form>` : ''}`
    : html`<form id="gate-open" class="row"><div class="field"><label for="gate-type">Open a gate</label>
        <select id="gate-type" name="gate_type"><option value="group_decision">Group decision</option>
        <option value="consent_check">Consent check</option><option value="gm_ruling">GM ruling</option></select></div>
        <div class="field"><label for="gate-reason">Reason</label><input id="gate-reason" name="reason" type="text" maxlength="500"></div>
        <button type="submit">Open</button></form>`)) return;
  const gatePath = gate ? `${t.base}/sessions/${t.session.session_id}/gates/${gate.gate_id}` : null;
  const answer = document.getElementById('gate-answer');
  if (answer) answer.onsubmit = async e => {
    e.preventDefault();
    const response = values(answer).response;
    await act(e.submitter, () => t.api.post(`${gatePath}/responses`,
      { decision: e.submitter.value, ...(response ? { response } : {}) }), answer);
    scheduleRefresh();
  };
  const close = document.getElementById('gate-close');
  if (close) close.onsubmit = async e => {
    e.preventDefault();
    const text = values(close).resolution;
    const body = e.submitter.value === 'resolve'
      ? { decision: 'resolved', ...(text ? { resolution: text } : {}) } : (text ? { reason: text } : {});
    await act(e.submitter, () => t.api.post(`${gatePath}/${e.submitter.value}`, body), close);
    scheduleRefresh();
  };
  const open = document.getElementById('gate-open');
  if (open) open.onsubmit = async e => {
    e.preventDefault();
    const v = values(open);
    await act(e.submitter, () => t.api.post(`${t.base}/sessions/${t.session.session_id}/gates`,
      { gate_type: v.gate_type, ...(v.reason ? { reason: v.reason } : {}), eligible_participant_ids: [] }), open);
    scheduleRefresh();
  };
}

function renderPeople(t) {
  const mine = t.characters.filter(c => c.owner_participant_id === t.me.participant_id);
  put(document.getElementById('people-body'), html`<ul class="plain">${t.participants.map(p => html`
    <li>${p.name}${p.participant_id === t.me.participant_id ? html` <span class="muted">(you)</span>` : ''}
      <span class="chip">${p.role === 'gm' ? 'GM' : 'Player'}</span>
      ${t.characters.filter(c => c.owner_participant_id === p.participant_id).map(c => html` <span class="chip">${c.name}</span>`)}</li>`)}</ul>`);
  const form = document.getElementById('people-form');
  const between = !t.session;
  const key = `${t.manages}:${between}:${t.isGm || mine.length > 0}`;
  once(form, key, () => html`
    ${t.manages && between ? html`<form id="invite-form" class="row"><div class="field"><label for="invite-role">Invite a</label>
      <select id="invite-role" name="role"><option value="player">Player</option><option value="gm">GM</option></select></div>
      <button type="submit">Create invite</button></form><div id="invite-out"></div>` : ''}
    ${!t.isGm && mine.length === 0 && between ? html`<form id="character-form" class="row"><div class="field">
      <label for="character-name">Your character's name</label><input id="character-name" name="name" type="text" required maxlength="200"></div>
      <button class="primary" type="submit">Create my character</button></form>` : ''}
    ${t.manages && !between ? html`<p class="small muted">Invites and new characters wait until the session ends.</p>` : ''}`);
  const invite = document.getElementById('invite-form');
  if (invite && !invite.onsubmit) invite.onsubmit = async e => {
    e.preventDefault();
    const role = values(invite).role;
    const created = await act(e.submitter, () => t.api.post(`${t.base}/invites`, { role, access: 'member' }), invite);
    if (!created) return;
    const link = `${location.origin}/play/#join=${t.key.campaign_id}/${created.code}`;
    put(document.getElementById('invite-out'), html`<p class="small">Give this to your ${role === 'gm' ? 'co-GM' : 'player'}
      (it works once): campaign <code id="invite-campaign">${t.key.campaign_id}</code>, code <code id="invite-code">${created.code}</code>.</p>
      <label for="invite-link">Or the invite link</label><input id="invite-link" type="text" readonly value="${link}">`);
  };
  const character = document.getElementById('character-form');
  if (character && !character.onsubmit) character.onsubmit = async e => {
    e.preventDefault();
    const name = values(character).name;
    const created = await act(e.submitter, () => t.api.post(`${t.base}/characters`,
      { name, kind: 'pc', owner_participant_id: t.me.participant_id }), character);
    if (created) scheduleRefresh();
  };
}

// ---------------------------------------------------------------- the action log

const CORE_EVENTS = {
  'campaign.created': 'Campaign created', 'participant.joined': 'Joined the table', 'participant.left': 'Left the table',
  'participant.token_issued': 'Signed in', 'invite.created': 'Invite created', 'invite.claimed': 'Invite claimed',
  'character.created': 'Character created', 'session.started': 'Session started', 'session.ended': 'Session ended',
  'campaign.activated': 'Campaign is active', 'session.spotlight_set': 'Spotlight', 'session.spotlight_cleared': 'Spotlight cleared',
  'session.gate_opened': 'Gate opened', 'session.gate_response_recorded': 'Gate answered', 'session.gate_resolved': 'Gate resolved',
  'session.gate_abandoned': 'Gate abandoned', 'action.roll_resolved': 'Dice rolled', 'action.outcome_applied': 'Outcome applied',
  'action.outcome_rejected': 'Outcome turned down', 'story.note_added': 'Note',
  'story.gm_note_added': 'GM note (secret)', 'story.gm_note_revealed': 'GM note revealed'
};


function addToLog(entry) {
  const t = table;
  const list = document.getElementById('log');
  if (!list) return;
  const described = (t.system && t.system.describe && t.system.describe(entry, t)) || null;
  const what = described || CORE_EVENTS[entry.event_type] || humanize(entry.event_type);
  let detail = entry.summary.replace(/^[\w.]+:\s*/, '').replace(/^[\w.]+$/, '');
  for (const [id, name] of t.names) detail = detail.split(id).join(name);
  const item = document.createElement('li');
  item.dataset.seq = entry.seq;
  item.dataset.type = entry.event_type;
  put(item, html`<div><span class="muted small">#${entry.seq} · ${time(entry.occurred_at)}</span>
    <span class="what">${what}</span> <span class="muted">by ${t.name(entry.actor_id)}</span></div>
    ${detail ? html`<div class="detail">${detail}</div>` : ''}`);
  if (entry.event_type === 'story.gm_note_revealed') {
    const revealed = /note_id=([\w-]+)/.exec(entry.summary);
    if (revealed) list.querySelectorAll(`[data-reveal-note="${CSS.escape(revealed[1])}"]`).forEach(b => b.remove());
  }
  const secret = entry.event_type === 'story.gm_note_added' && t.isGm && /note_id=([\w-]+)/.exec(entry.summary);
  if (secret) {
    const reveal = document.createElement('button');
    reveal.type = 'button';
    reveal.textContent = 'Reveal to the table';
    reveal.dataset.revealNote = secret[1];
    reveal.onclick = () => act(reveal, () => t.api.post(`${t.base}/gm-notes/${secret[1]}/reveal`))
      .then(done => { if (done !== undefined) reveal.remove(); });
    item.append(reveal);
  }
  const actions = t.system && t.system.actions && t.system.actions(entry, t);
  if (actions) item.append(...actions);
  list.prepend(item);
  while (list.children.length > LOG_LIMIT) list.lastElementChild.remove();
}

start();
