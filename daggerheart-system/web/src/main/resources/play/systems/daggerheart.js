// Daggerheart's screens on the table page: the GM's screen (the party, Fear, damage, conditions, roll outcomes,
// adversaries, countdowns) and the player's view (creation, the sheet and its state, Duality rolls, Hope).
// Loaded by the core page for campaigns that play Daggerheart; it uses the core's UI kit and the HTTP API only.

import { act, esc, html, humanize, once, options, put, raw, slots, values } from '../js/ui.js';

const CLASSES = {
  bard: { domains: ['grace', 'codex'], subclasses: ['troubadour', 'wordsmith'] },
  druid: { domains: ['sage', 'arcana'], subclasses: ['warden_of_the_elements', 'warden_of_renewal'] },
  guardian: { domains: ['valor', 'blade'], subclasses: ['stalwart', 'vengeance'] },
  ranger: { domains: ['bone', 'sage'], subclasses: ['beastbound', 'wayfinder'] },
  rogue: { domains: ['midnight', 'grace'], subclasses: ['nightwalker', 'syndicate'] },
  seraph: { domains: ['splendor', 'valor'], subclasses: ['divine_wielder', 'winged_sentinel'] },
  sorcerer: { domains: ['arcana', 'midnight'], subclasses: ['elemental_origin', 'primal_origin'] },
  warrior: { domains: ['blade', 'bone'], subclasses: ['call_of_the_brave', 'call_of_the_slayer'] },
  wizard: { domains: ['codex', 'splendor'], subclasses: ['school_of_knowledge', 'school_of_war'] }
};
const ANCESTRIES = ['clank', 'drakona', 'dwarf', 'elf', 'faerie', 'faun', 'firbolg', 'fungril', 'galapa', 'giant',
  'goblin', 'halfling', 'human', 'infernis', 'katari', 'orc', 'ribbet', 'simiah'];
const COMMUNITIES = ['highborne', 'loreborne', 'orderborne', 'ridgeborne', 'seaborne', 'slyborne', 'underborne',
  'wanderborne', 'wildborne'];
const TRAITS = ['agility', 'strength', 'finesse', 'instinct', 'presence', 'knowledge'];
const STARTING_TRAITS = [2, 1, 1, 0, 0, -1];
const CONDITIONS = ['hidden', 'restrained', 'vulnerable'];
const RESULTS = {
  critical_success: { words: 'Critical success!', tone: 'crit' },
  success_with_hope: { words: 'Success with Hope', tone: 'hope' },
  success_with_fear: { words: 'Success with Fear', tone: 'fear' },
  failure_with_hope: { words: 'Failure with Hope', tone: 'hope' },
  failure_with_fear: { words: 'Failure with Fear', tone: 'fear' },
  with_hope: { words: 'Rolled with Hope', tone: 'hope' },
  with_fear: { words: 'Rolled with Fear', tone: 'fear' }
};
// Two SRD tier-1 stat blocks to start from; the GM may paste any other as JSON.
const ADVERSARIES = {
  'Zombie Pack': { name: 'Zombie Pack', tier: 1, type: 'horde', difficulty: 8, thresholds: { major: 6, severe: 12 },
    hp_max: 6, stress_max: 3, attack_modifier: -1,
    standard_attack: { name: 'Bite', range: 'melee', damage: { count: 1, sides: 10, bonus: 2 }, damage_types: ['physical'] },
    horde: { creatures_per_hp: 2, reduced_damage: { count: 1, sides: 4, bonus: 2 } } },
  'Jagged Knife Lackey': { name: 'Jagged Knife Lackey', tier: 1, type: 'minion', difficulty: 9, hp_max: 1,
    stress_max: 1, attack_modifier: -2,
    standard_attack: { name: 'Daggers', range: 'melee', damage: { bonus: 2 }, damage_types: ['physical'] },
    minion_value: 3, experiences: [{ name: 'Thief', modifier: 2 }] }
};

const words = code => humanize(code);
const signed = n => (n > 0 ? `+${n}` : `${n}`);

/** What one duality roll was and did, in words. */
function rollSentence(t, roll) {
  const parts = [`${words(roll.trait)} ${signed(roll.trait_score)}`];
  if (roll.experience_bonus) parts.push(`${roll.experiences.join(', ')} ${signed(roll.experience_bonus)}`);
  if (roll.advantage) parts.push(`${roll.advantage > 0 ? 'advantage' : 'disadvantage'} d6`);
  if (roll.modifier) parts.push(`modifier ${signed(roll.modifier)}`);
  const against = roll.difficulty == null ? '' : ` against ${roll.difficulty}`;
  return `${t.name(roll.character_id)}${roll.reaction ? ' (reaction)' : ''}: Hope ${roll.hope_die}, Fear ${roll.fear_die}, `
    + `${parts.join(', ')} = ${roll.total}${against}`;
}

function rollEffects(roll) {
  if (roll.reaction) return 'A reaction roll: no Hope, no Fear.';
  const effects = [];
  if (roll.hope_gained) effects.push(`+${roll.hope_gained} Hope`);
  if (roll.stress_cleared) effects.push(`clears ${roll.stress_cleared} Stress`);
  if (roll.fear_gained) effects.push(`the GM gains ${roll.fear_gained} Fear`);
  if (roll.spotlight_to_gm) effects.push('the spotlight goes to the GM');
  return effects.length ? `Outcome: ${effects.join(', ')}.` : '';
}

function verdict(roll) {
  const result = RESULTS[roll.result] || { words: words(roll.result), tone: '' };
  return html`<span class="verdict ${result.tone}">${result.words}</span>`;
}

function dice(roll) {
  return html`<div class="dice"><span class="die hope" aria-label="Hope die ${roll.hope_die}">${roll.hope_die}<small>Hope</small></span>
    <span class="die fear" aria-label="Fear die ${roll.fear_die}">${roll.fear_die}<small>Fear</small></span>
    <span class="verdict">= ${roll.total}</span></div>`;
}

// ---------------------------------------------------------------- module state, per table

function state(t) {
  if (!t.dh) t.dh = { party: [], fear: null, countdowns: [], adversaries: [], rolls: [], attacks: [], targets: new Set() };
  return t.dh;
}

const sheetPath = t => `${t.base}/daggerheart`;
const sessionPath = t => `${t.base}/daggerheart/sessions/${t.session.session_id}`;

export default {
  id: 'daggerheart',

  mount(t, column) {
    state(t);
    put(column, t.isGm ? html`
      <section class="panel" aria-labelledby="dh-fear-title"><h2 id="dh-fear-title">GM Fear</h2><div id="dh-fear"></div></section>
      <section class="panel" aria-labelledby="dh-party-title"><h2 id="dh-party-title">The party</h2>
        <div id="dh-party" class="cards"></div><div id="dh-damage"></div></section>
      <section class="panel" aria-labelledby="dh-rolls-title"><h2 id="dh-rolls-title">Duality rolls</h2><ol id="dh-rolls" class="plain"></ol></section>
      <section class="panel" aria-labelledby="dh-adv-title"><h2 id="dh-adv-title">Adversaries</h2>
        <div id="dh-adversaries" class="cards"></div><div id="dh-adversary-form"></div></section>
      <section class="panel" aria-labelledby="dh-cd-title"><h2 id="dh-cd-title">Countdowns</h2>
        <ul id="dh-countdowns" class="plain"></ul><div id="dh-countdown-form"></div></section>`
      : html`
      <section class="panel" aria-labelledby="dh-mine-title"><h2 id="dh-mine-title">My character</h2><div id="dh-mine"></div></section>
      <section class="panel" id="dh-roll-panel" aria-labelledby="dh-roll-title"><h2 id="dh-roll-title">Roll the Duality Dice</h2>
        <div id="dh-roll-form"></div><div id="dh-last-roll" aria-live="polite"></div></section>
      <section class="panel" aria-labelledby="dh-fear-title"><h2 id="dh-fear-title">GM Fear</h2><div id="dh-fear"></div></section>
      <section class="panel" aria-labelledby="dh-party-title"><h2 id="dh-party-title">The party</h2><div id="dh-party" class="cards"></div></section>
      <section class="panel" aria-labelledby="dh-adv-title"><h2 id="dh-adv-title">Adversaries</h2><div id="dh-adversaries" class="cards"></div></section>
      <section class="panel" aria-labelledby="dh-cd-title"><h2 id="dh-cd-title">Countdowns</h2><ul id="dh-countdowns" class="plain"></ul></section>
      <section class="panel" aria-labelledby="dh-rolls-title"><h2 id="dh-rolls-title">Duality rolls</h2><ol id="dh-rolls" class="plain"></ol></section>`);
  },

  async refresh(t) {
    const s = state(t);
    const none = fallback => p => { if (p.status === 404) return fallback; throw p; };
    const [party, fear, countdowns] = await Promise.all([
      t.api.get(`${sheetPath(t)}/characters`),
      t.api.get(`${sheetPath(t)}/gm-fear`).catch(none(null)),
      t.api.get(`${sheetPath(t)}/countdowns`)
    ]);
    s.party = party.items;
    s.fear = fear;
    s.countdowns = countdowns.items;
    s.adversaries = [];
    s.rolls = [];
    s.attacks = [];
    if (t.session) {
      const [adversaries, rolls] = await Promise.all([
        t.api.get(`${sessionPath(t)}/adversaries`), t.api.get(`${sessionPath(t)}/action-rolls`)]);
      s.adversaries = adversaries.items;
      s.rolls = rolls.items;
      const attacks = await Promise.all(s.adversaries.map(a => t.api.get(`${sessionPath(t)}/adversaries/${a.adversary_id}/attacks`)
        .then(list => list.items.map(attack => ({ ...attack, adversary: a })))));
      s.attacks = attacks.flat();
    }
    // the action log names countdowns and adversaries instead of showing their ids
    s.countdowns.forEach(c => t.names.set(c.countdown_id, c.name));
    s.adversaries.forEach(a => t.names.set(a.adversary_id, a.name));
    renderFear(t);
    renderParty(t);
    renderRolls(t);
    renderAdversaries(t);
    renderCountdowns(t);
    if (t.isGm) { renderDamageForm(t); renderAdversaryForm(t); renderCountdownForm(t); }
    else { renderMine(t); renderRollForm(t); }
  },

  describe(entry, t) {
    const type = entry.event_type;
    if (!type.startsWith('sys.daggerheart.')) return null;
    const field = name => (new RegExp(`\\b${name}=([^,]+)`).exec(entry.summary) || [])[1];
    const undone = () => (field('undone') || 'a decision').replace(/_/g, ' ');
    switch (type.slice('sys.daggerheart.'.length)) {
      case 'action_roll_resolved': {
        const result = RESULTS[field('result')];
        return `${words(field('trait'))} roll: ${result ? result.words : field('result')} (Hope ${field('hope_die')}, Fear ${field('fear_die')}, total ${field('total')})`;
      }
      case 'damage_applied': return `Damage: ${field('hp_marks') ?? '?'} HP marked`;
      case 'gm_fear_changed': return `GM Fear ${field('before')} → ${field('after')}`;
      case 'character_state_patched': return 'Character state changed';
      case 'condition_changed': return 'Conditions changed';
      case 'character_created': return 'Character sheet created';
      case 'character_profile_updated': return 'Character creation';
      case 'roll_outcome_applied': return 'Roll outcome applied';
      case 'character_state_restored': return `Undone (${undone()}): character restored`;
      case 'gm_state_restored': return `Undone (${undone()}): GM Fear back to ${field('gm_fear') ?? '?'}`;
      case 'countdown_restored': return `Undone (${undone()}): countdown restored`;
      default: return humanize(type);
    }
  },

  /** A GM may undo a damage application, a roll's outcome or a rest from its entry in the log. */
  actions(entry, t) {
    if (!t.isGm || !entry.event_id || !UNDOABLE.has(entry.event_type)) return null;
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.textContent = 'Undo';
    undo.dataset.undo = entry.event_id;
    undo.onclick = () => act(undo, () => t.api.post(`${sheetPath(t)}/undo`, { event_id: entry.event_id }))
      // every entry of the undone decision loses its button (a multi-target damage has one per target)
      .then(done => done && done.undone_event_ids.forEach(id =>
        document.querySelectorAll(`[data-undo="${CSS.escape(id)}"]`).forEach(b => b.remove())));
    return [undo];
  }
};

const UNDOABLE = new Set(['sys.daggerheart.damage_applied', 'sys.daggerheart.roll_outcome_applied',
  'sys.daggerheart.rest_taken']);

// ---------------------------------------------------------------- GM Fear

function renderFear(t) {
  const s = state(t);
  const box = document.getElementById('dh-fear');
  if (!s.fear) { put(box, html`<p class="muted">The GM's Fear is seeded when the first session starts.</p>`); return; }
  const key = t.isGm ? 'fear-gm' : 'fear';
  once(box, key, () => html`<div class="track fear"><span id="dh-fear-slots"></span>
      <span class="count" id="dh-fear-count" aria-live="polite"></span></div>
    ${t.isGm ? html`<div class="row"><button type="button" id="dh-fear-gain">Gain 1 Fear</button>
      <button type="button" id="dh-fear-spend" class="primary">Spend 1 Fear</button></div>` : ''}`);
  put(document.getElementById('dh-fear-slots'), slots(s.fear.gm_fear, 12, 'GM Fear'));
  document.getElementById('dh-fear-count').textContent = `${s.fear.gm_fear} of 12`;
  if (t.isGm) {
    document.getElementById('dh-fear-gain').onclick = e =>
      act(e.target, () => t.api.post(`${sheetPath(t)}/gm-fear/gain`, { amount: 1 })).then(t.refresh);
    document.getElementById('dh-fear-spend').onclick = e =>
      act(e.target, () => t.api.post(`${sheetPath(t)}/gm-fear/spend`, { amount: 1 })).then(t.refresh);
  }
}

// ---------------------------------------------------------------- the party

function characterCard(t, sheet, { selectable }) {
  const st = sheet.state;
  const mine = t.character(sheet.character_id)?.owner_participant_id === t.me.participant_id;
  const spotlight = t.session && t.session.spotlight && t.session.spotlight.character_id === sheet.character_id;
  const mayChange = t.isGm || mine;
  const s = state(t);
  return html`<article class="card" data-character="${sheet.character_id}" data-spotlight="${spotlight ? 'true' : 'false'}"
      aria-label="${t.name(sheet.character_id)}">
    <h3><span>${t.name(sheet.character_id)}</span>
      <span class="muted small">${words(sheet.character_class)} ${sheet.level}</span></h3>
    ${st.life_state !== 'alive' ? html`<p class="chip warn" data-life>${words(st.life_state)}</p>` : ''}
    ${sheet.creation.complete ? '' : html`<p class="small muted">Creation: ${sheet.creation.completed_steps.length} of 9 steps done</p>`}
    <div class="track" data-track="hp"><span class="name">HP</span>${slots(st.hp_marked, st.hp_max, 'HP marked')}<span class="count">${st.hp_marked}/${st.hp_max}</span></div>
    <div class="track" data-track="stress"><span class="name">Stress</span>${slots(st.stress_marked, st.stress_max, 'Stress marked')}<span class="count">${st.stress_marked}/${st.stress_max}</span></div>
    <div class="track hope" data-track="hope"><span class="name">Hope</span>${slots(st.hope, st.hope_max, 'Hope')}<span class="count">${st.hope}/${st.hope_max}</span></div>
    <div class="track" data-track="armor"><span class="name">Armor</span>${st.armor_score ? slots(st.armor_marked, st.armor_score, 'Armor Slots marked') : html`<span class="muted small">none</span>`}<span class="count">${st.armor_marked}/${st.armor_score}</span></div>
    <p class="stats"><span>Evasion <strong>${sheet.evasion}</strong></span>
      <span>Major <strong>${sheet.thresholds.major}</strong></span><span>Severe <strong>${sheet.thresholds.severe}</strong></span></p>
    <div class="chips" data-conditions="${st.conditions.join(' ')}">${mayChange
      ? CONDITIONS.map(c => html`<button type="button" class="small" data-condition="${c}" aria-pressed="${st.conditions.includes(c)}">${words(c)}</button>`)
      : st.conditions.map(c => html`<span class="chip">${words(c)}</span>`)}</div>
    ${mine && !t.isGm ? html`<div class="row"><button type="button" data-spend-hope>Spend 1 Hope</button>
      <button type="button" data-mark-stress>Mark 1 Stress</button></div>` : ''}
    ${selectable ? html`<label class="check"><input type="checkbox" data-target ${s.targets.has(sheet.character_id) ? raw('checked') : ''}> Target</label>` : ''}
  </article>`;
}

function wireCard(t, card) {
  const id = card.dataset.character;
  const s = state(t);
  const path = `${sheetPath(t)}/characters/${id}`;
  card.querySelectorAll('[data-condition]').forEach(button => {
    button.onclick = () => {
      const current = card.querySelector('[data-conditions]').dataset.conditions.split(' ').filter(Boolean);
      const c = button.dataset.condition;
      const next = current.includes(c) ? current.filter(x => x !== c) : current.concat(c);
      act(button, () => t.api.put(`${path}/conditions`, { conditions: next })).then(t.refresh);
    };
  });
  const hope = card.querySelector('[data-spend-hope]');
  if (hope) hope.onclick = () => act(hope, () => t.api.post(`${path}/hope/spend`, { amount: 1 })).then(t.refresh);
  const stress = card.querySelector('[data-mark-stress]');
  if (stress) stress.onclick = () => act(stress, () => t.api.post(`${path}/stress/spend`, { amount: 1 })).then(t.refresh);
  const target = card.querySelector('[data-target]');
  if (target) target.onchange = () => { if (target.checked) s.targets.add(id); else s.targets.delete(id); };
}

function renderParty(t) {
  const s = state(t);
  const box = document.getElementById('dh-party');
  const shown = t.isGm ? s.party : s.party.filter(p => t.character(p.character_id)?.owner_participant_id !== t.me.participant_id);
  const live = new Set(s.party.map(p => p.character_id));
  [...s.targets].forEach(id => { if (!live.has(id)) s.targets.delete(id); });
  const withoutSheet = t.characters.filter(c => !live.has(c.character_id));
  put(box, html`${shown.map(sheet => characterCard(t, sheet, { selectable: t.isGm }))}
    ${t.isGm && withoutSheet.length ? html`<p class="muted small">Without a sheet yet: ${withoutSheet.map(c => c.name).join(', ')}</p>` : ''}
    ${shown.length === 0 && !withoutSheet.length ? html`<p class="muted">${t.isGm ? 'No characters yet.' : 'No other characters.'}</p>` : ''}`);
  box.querySelectorAll('[data-character]').forEach(card => wireCard(t, card));
}

function renderDamageForm(t) {
  const box = document.getElementById('dh-damage');
  if (!once(box, 'damage', () => html`<form id="dh-damage-form" class="stack">
      <h3>Damage the targets</h3>
      <div class="row"><div class="field narrow"><label for="dh-damage-amount">Damage</label>
        <input id="dh-damage-amount" name="amount" type="number" min="0" max="1000" required></div>
      <div class="field narrow"><label for="dh-damage-type">Type</label>
        <select id="dh-damage-type" name="damage_types"><option value="physical">Physical</option><option value="magic">Magic</option></select></div>
      <label class="check"><input type="checkbox" name="mark_armor_slot" checked> Mark an Armor Slot</label>
      <label class="check"><input type="checkbox" name="direct"> Direct</label>
      <button type="submit" value="preview">Preview</button>
      <button type="submit" class="danger" value="apply">Apply damage</button></div>
      <p id="dh-damage-result" class="small" aria-live="polite"></p></form>`)) return;
  const form = document.getElementById('dh-damage-form');
  form.onsubmit = async e => {
    e.preventDefault();
    const v = values(form);
    const targets = [...state(t).targets];
    const out = document.getElementById('dh-damage-result');
    if (targets.length === 0) { out.textContent = 'Tick "Target" on one or more characters first.'; return; }
    const common = { amount: v.amount, damage_types: [v.damage_types], direct: v.direct };
    // a preview is a dry run: the service decides it and rolls it back, and answers what the damage would do
    const preview = e.submitter.value === 'preview';
    const query = preview ? '?dry_run=true' : '';
    const answer = r => (preview ? r.answer : r);
    const result = await act(e.submitter, () => targets.length === 1
      ? t.api.post(`${sheetPath(t)}/characters/${targets[0]}/damage${query}`, { ...common, mark_armor_slot: v.mark_armor_slot })
        .then(r => [answer(r)])
      : t.api.post(`${sheetPath(t)}/damage${query}`, { ...common, targets: targets.map(id => ({ character_id: id, mark_armor_slot: v.mark_armor_slot })) })
        .then(r => answer(r).items), form);
    if (result) out.textContent = (preview ? 'Preview, nothing applied: ' : '')
      + result.map(r => damageSentence(t, r, preview)).join(' ');
    if (!preview) t.refresh();
  };
}

const severity = band => (band === 'none' ? 'no harm' : `${words(band)} damage`);

function damageSentence(t, r, preview = false) {
  const armor = r.armor_spent ? `: ${severity(r.severity_before_armor)}, an Armor Slot made it ${severity(r.severity)}`
    : `: ${severity(r.severity)}`;
  return `${t.name(r.character_id)} ${preview ? 'would take' : 'took'} ${r.mitigated_amount}${armor} `
    + `(${r.hp_marks} HP ${preview ? 'to mark' : 'marked'}).`;
}

// ---------------------------------------------------------------- rolls and outcomes

function renderRolls(t) {
  const s = state(t);
  const box = document.getElementById('dh-rolls');
  if (!t.session) { put(box, html`<li class="muted">Rolls happen in a session.</li>`); return; }
  const rolls = [...s.rolls].reverse();
  put(box, rolls.length ? rolls.map(roll => html`<li data-roll="${roll.roll_seq}">
      <div>${verdict(roll)} <span class="muted small">#${roll.roll_seq}</span></div>
      <div class="small">${rollSentence(t, roll)}</div>
      <div class="small muted">${rollEffects(roll)} ${roll.outcome_applied ? 'Applied.' : ''}</div>
      ${t.isGm && !roll.outcome_applied ? html`<button type="button" data-apply="${roll.roll_seq}">Apply outcome</button>` : ''}</li>`)
    : html`<li class="muted">No Duality rolls in this session yet.</li>`);
  box.querySelectorAll('[data-apply]').forEach(button => {
    // one key per roll: a retry after a lost answer replays the first apply instead of failing
    const key = `dh-outcome-${t.key.campaign_id}-${button.dataset.apply}`;
    button.onclick = () => act(button, () => t.api.post(`${sessionPath(t)}/action-rolls/${button.dataset.apply}/outcome`,
      {}, { 'Idempotency-Key': key })).then(t.refresh);
  });
}

function renderRollForm(t) {
  const s = state(t);
  const box = document.getElementById('dh-roll-form');
  const panel = document.getElementById('dh-roll-panel');
  const mine = s.party.filter(p => t.character(p.character_id)?.owner_participant_id === t.me.participant_id
    && p.creation.complete);
  panel.hidden = !t.session || mine.length === 0;
  if (panel.hidden) return;
  if (once(box, `roll:${mine.map(m => m.character_id).join(',')}`, () => html`<form id="dh-roll" class="stack">
      <div class="row"><div class="field"><label for="dh-roll-character">Character</label><select id="dh-roll-character" name="character_id">
        ${mine.map(m => html`<option value="${m.character_id}">${t.name(m.character_id)}</option>`)}</select></div>
      <div class="field"><label for="dh-roll-trait">Trait</label><select id="dh-roll-trait" name="trait"></select></div>
      <div class="field narrow"><label for="dh-roll-difficulty">Difficulty</label><input id="dh-roll-difficulty" name="difficulty" type="number" min="1" max="100"></div></div>
      <fieldset><legend class="small muted">Experiences (1 Hope each)</legend><div id="dh-roll-experiences" class="row"></div></fieldset>
      <div class="row"><div class="field narrow"><label for="dh-roll-adv">Advantage</label><input id="dh-roll-adv" name="advantage" type="number" min="0" max="10" value="0"></div>
        <div class="field narrow"><label for="dh-roll-dis">Disadvantage</label><input id="dh-roll-dis" name="disadvantage" type="number" min="0" max="10" value="0"></div>
        <div class="field narrow"><label for="dh-roll-mod">Modifier</label><input id="dh-roll-mod" name="modifier" type="number" min="-100" max="100" value="0"></div>
        <label class="check"><input type="checkbox" name="reaction"> Reaction roll</label></div>
      <details><summary>Rolled at the table with real dice?</summary><div class="row">
        <div class="field narrow"><label for="dh-roll-hope">Hope die</label><input id="dh-roll-hope" name="hope_die" type="number" min="1" max="12"></div>
        <div class="field narrow"><label for="dh-roll-fear">Fear die</label><input id="dh-roll-fear" name="fear_die" type="number" min="1" max="12"></div>
        <div class="field narrow"><label for="dh-roll-d6">d6</label><input id="dh-roll-d6" name="d6" type="number" min="1" max="6"></div></div></details>
      <button type="submit" class="primary">Roll</button></form>`)) {
    const form = document.getElementById('dh-roll');
    form.character_id.onchange = () => fillRollChoices(t, form);
    form.onsubmit = async e => {
      e.preventDefault();
      const v = values(form);
      const body = { character_id: v.character_id, trait: v.trait, advantage: v.advantage || 0,
        disadvantage: v.disadvantage || 0, modifier: v.modifier || 0, reaction: v.reaction,
        experiences: [...form.querySelectorAll('[data-experience]:checked')].map(x => x.value) };
      if (v.difficulty !== undefined) body.difficulty = v.difficulty;
      if (v.hope_die !== undefined || v.fear_die !== undefined) {
        body.physical_results = [v.hope_die, v.fear_die].concat(v.d6 !== undefined ? [v.d6] : []);
      }
      const roll = await act(e.submitter, () => t.api.post(`${sessionPath(t)}/action-rolls`, body), form);
      if (!roll) return;
      put(document.getElementById('dh-last-roll'), html`<div class="stack" id="dh-roll-result">${dice(roll)}
        <p>${verdict(roll)}</p><p class="small">${rollSentence(t, roll)}</p>
        <p class="small muted">${rollEffects(roll)} ${roll.reaction ? '' : 'The GM applies the outcome.'}</p></div>`);
      t.refresh();
    };
  }
  fillRollChoices(t, document.getElementById('dh-roll'));
}

function fillRollChoices(t, form) {
  const sheet = state(t).party.find(p => p.character_id === form.character_id.value);
  if (!sheet || !sheet.traits) return;
  options(form.trait, TRAITS.map(tr => ({ value: tr, label: `${words(tr)} ${signed(sheet.traits[tr])}` })));
  const box = document.getElementById('dh-roll-experiences');
  const names = sheet.experiences.map(x => x.name);
  if (box.dataset.key !== names.join('|')) {
    box.dataset.key = names.join('|');
    put(box, html`${sheet.experiences.map(x => html`<label class="check"><input type="checkbox" data-experience value="${x.name}"> ${x.name} ${signed(x.modifier)}</label>`)}`);
  }
}

// ---------------------------------------------------------------- the player's own character

function renderMine(t) {
  const s = state(t);
  const box = document.getElementById('dh-mine');
  const mine = t.characters.filter(c => c.owner_participant_id === t.me.participant_id);
  if (mine.length === 0) {
    once(box, 'none', () => html`<p class="muted">You have no character yet: name one under "At the table".</p>`);
    return;
  }
  const character = mine[0];
  const sheet = s.party.find(p => p.character_id === character.character_id);
  if (!sheet) {
    if (once(box, `class:${character.character_id}`, () => classForm(character))) wireClassForm(t, character);
    return;
  }
  if (!sheet.creation.complete) {
    if (once(box, `profile:${character.character_id}`, () => profileForm(t, sheet))) wireProfileForm(t, sheet);
    put(document.getElementById('dh-missing'), html`Still to do: ${sheet.creation.missing_steps.map(words).join(', ')}.`);
    return;
  }
  if (once(box, `sheet:${character.character_id}`, () => html`<div id="dh-my-card"></div><div id="dh-my-sheet" class="small"></div>
      <div id="dh-incoming"></div>`)) { /* filled below */ }
  put(document.getElementById('dh-my-card'), characterCard(t, sheet, { selectable: false }));
  wireCard(t, document.querySelector('#dh-my-card [data-character]'));
  put(document.getElementById('dh-my-sheet'), html`<p class="stats">${TRAITS.map(tr => html`<span>${words(tr)} <strong>${signed(sheet.traits[tr])}</strong></span>`)}</p>
    <p class="stats"><span>Proficiency <strong>${sheet.proficiency}</strong></span>
      <span>Experiences <strong>${sheet.experiences.map(x => `${x.name} ${signed(x.modifier)}`).join(', ')}</strong></span></p>
    <p class="stats"><span>Loadout <strong>${sheet.domain_cards.loadout.map(c => c.name).join(', ') || 'empty'}</strong></span>
      <span>Weapon <strong>${sheet.equipment?.primary_weapon || 'none'}</strong></span>
      <span>Armor <strong>${sheet.equipment?.armor?.name || 'none'}</strong></span></p>`);
  renderIncoming(t, sheet);
}

/** Hits from adversaries' attacks on my character that wait for me to take them, with or without an Armor Slot. */
function renderIncoming(t, sheet) {
  const s = state(t);
  const hits = s.attacks.flatMap(attack => attack.targets
    .filter(target => target.character_id === sheet.character_id && target.hit && !target.damage_applied)
    .map(target => ({ attack, target })));
  const box = document.getElementById('dh-incoming');
  put(box, html`${hits.map(({ attack, target }) => html`<div class="card" data-incoming="${attack.roll_seq}">
      <p><strong>${attack.adversary.name}</strong>'s ${attack.attack_name} hits you for <strong>${target.damage}</strong>${attack.critical ? ' (critical)' : ''}.</p>
      <div class="row"><button type="button" data-take="armor" class="primary">Mark an Armor Slot</button>
        <button type="button" data-take="plain">Take it</button></div></div>`)}`);
  box.querySelectorAll('[data-incoming]').forEach(card => {
    card.querySelectorAll('[data-take]').forEach(button => {
      button.onclick = () => act(button, () => t.api.post(`${sheetPath(t)}/characters/${sheet.character_id}/damage`,
        { attack_roll_seq: Number(card.dataset.incoming), mark_armor_slot: button.dataset.take === 'armor' }))
        .then(result => { if (result) document.getElementById('dh-my-sheet').insertAdjacentHTML('beforeend',
          `<p class="small">${esc(damageSentence(t, result))}</p>`); t.refresh(); });
    });
  });
}

function select(name, id, values, chosen, label = words) {
  return html`<select id="${id}" name="${name}">${values.map(v => html`<option value="${v}" ${v === chosen ? raw('selected') : ''}>${label(v)}</option>`)}</select>`;
}

function classForm(character) {
  return html`<form id="dh-class-form" class="stack"><p>Give ${character.name} a class to start the sheet.</p>
    <div class="row"><div class="field"><label for="dh-class">Class</label>${select('character_class', 'dh-class', Object.keys(CLASSES), 'ranger')}</div>
    <div class="field"><label for="dh-subclass">Subclass</label><select id="dh-subclass" name="subclass"></select></div></div>
    <button type="submit" class="primary">Start the sheet</button></form>`;
}

function wireClassForm(t, character) {
  const form = document.getElementById('dh-class-form');
  const fill = () => options(form.subclass, CLASSES[form.character_class.value].subclasses.map(v => ({ value: v, label: words(v) })));
  form.character_class.onchange = fill;
  fill();
  form.onsubmit = async e => {
    e.preventDefault();
    const v = values(form);
    await act(e.submitter, () => t.api.post(`${sheetPath(t)}/characters`,
      { character_id: character.character_id, character_class: v.character_class, subclass: v.subclass }), form);
    t.refresh();
  };
}

function profileForm(t, sheet) {
  const domains = CLASSES[sheet.character_class].domains;
  const card = i => html`<div class="row"><div class="field"><label for="dh-card-${i}">Domain card ${i + 1}</label>
      <input id="dh-card-${i}" name="domain_cards[${i}].name" type="text" required maxlength="100"></div>
    <div class="field narrow"><label for="dh-card-${i}-domain">Domain</label>${select(`domain_cards[${i}].domain`, `dh-card-${i}-domain`, domains, domains[i])}</div>
    <div class="field narrow"><label for="dh-card-${i}-type">Type</label>${select(`domain_cards[${i}].type`, `dh-card-${i}-type`, ['ability', 'spell', 'grimoire'], 'ability')}</div>
    <div class="field narrow"><label for="dh-card-${i}-cost">Recall Cost</label><input id="dh-card-${i}-cost" name="domain_cards[${i}].recall_cost" type="number" min="0" max="4" value="1"></div></div>`;
  return html`<form id="dh-profile-form" class="stack">
    <p>${t.name(sheet.character_id)} the ${words(sheet.character_class)}. <span id="dh-missing" class="muted small"></span></p>
    <div class="row"><div class="field"><label for="dh-ancestry">Ancestry</label>${select('heritage.ancestry', 'dh-ancestry', ANCESTRIES, 'human')}</div>
      <div class="field"><label for="dh-community">Community</label>${select('heritage.community', 'dh-community', COMMUNITIES, 'wanderborne')}</div></div>
    <fieldset><legend class="small muted">Traits: +2, +1, +1, 0, 0 and −1, one each</legend><div class="row">
      ${TRAITS.map((tr, i) => html`<div class="field narrow"><label for="dh-trait-${tr}">${words(tr)}</label>
        ${select(`traits.${tr}`, `dh-trait-${tr}`, [2, 1, 0, -1], STARTING_TRAITS[i], signed)}</div>`)}</div></fieldset>
    <div class="row"><div class="field"><label for="dh-armor">Armor</label>${select('equipment.armor', 'dh-armor', ['none', 'gambeson', 'leather', 'chainmail', 'full_plate'], 'leather')}</div>
      <div class="field"><label for="dh-primary">Primary weapon</label><input id="dh-primary" name="equipment.primary_weapon" type="text" required maxlength="100"></div>
      <div class="field"><label for="dh-secondary">Secondary weapon</label><input id="dh-secondary" name="equipment.secondary_weapon" type="text" maxlength="100"></div></div>
    <div class="row"><div class="field"><label for="dh-exp-0">Experience 1 (+2)</label><input id="dh-exp-0" name="experiences[0].name" type="text" required maxlength="100"></div>
      <div class="field"><label for="dh-exp-1">Experience 2 (+2)</label><input id="dh-exp-1" name="experiences[1].name" type="text" required maxlength="100"></div></div>
    ${card(0)}${card(1)}
    <div><label for="dh-description">Description</label><textarea id="dh-description" name="description" rows="2" required></textarea></div>
    <div><label for="dh-background">Background</label><textarea id="dh-background" name="background" rows="2" required></textarea></div>
    <div><label for="dh-connections">Connections</label><textarea id="dh-connections" name="connections" rows="2" required></textarea></div>
    <button type="submit" class="primary">Save the character</button></form>`;
}

function wireProfileForm(t, sheet) {
  const form = document.getElementById('dh-profile-form');
  form.onsubmit = async e => {
    e.preventDefault();
    const v = values(form);
    const traits = Object.fromEntries(TRAITS.map(tr => [tr, Number(v[`traits.${tr}`])]));
    const card = i => {
      const name = v[`domain_cards[${i}].name`];
      const domain = v[`domain_cards[${i}].domain`];
      return { card_id: `${domain}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, name, domain,
        level: 1, recall_cost: v[`domain_cards[${i}].recall_cost`] ?? 0, type: v[`domain_cards[${i}].type`] };
    };
    const armor = v['equipment.armor'];
    const body = {
      heritage: { ancestry: v['heritage.ancestry'], community: v['heritage.community'] }, traits,
      equipment: { armor: armor === 'none' ? null : { preset: armor }, primary_weapon: v['equipment.primary_weapon'],
        ...(v['equipment.secondary_weapon'] ? { secondary_weapon: v['equipment.secondary_weapon'] } : {}) },
      experiences: [0, 1].map(i => ({ name: v[`experiences[${i}].name`], modifier: 2 })),
      domain_cards: [card(0), card(1)],
      description: v.description, background: v.background, connections: v.connections
    };
    await act(e.submitter, () => t.api.patch(`${sheetPath(t)}/characters/${sheet.character_id}/profile`, body), form);
    t.refresh();
  };
}

// ---------------------------------------------------------------- adversaries

function renderAdversaries(t) {
  const s = state(t);
  const box = document.getElementById('dh-adversaries');
  if (!t.session || s.adversaries.length === 0) {
    put(box, html`<p class="muted">${t.session ? 'No adversaries on the table.' : 'Adversaries come to the table in a session.'}</p>`);
    return;
  }
  box.querySelectorAll(':scope > :not([data-adversary])').forEach(el => el.remove());
  const shown = new Set(s.adversaries.map(a => a.adversary_id));
  box.querySelectorAll(':scope > [data-adversary]').forEach(card => { if (!shown.has(card.dataset.adversary)) card.remove(); });
  for (const a of s.adversaries) {
    // each card keeps its forms across live updates (what the GM is typing survives); only its numbers are redrawn
    let card = box.querySelector(`:scope > [data-adversary="${CSS.escape(a.adversary_id)}"]`);
    if (!card) {
      card = document.createElement('article');
      card.className = 'card';
      card.dataset.adversary = a.adversary_id;
      card.setAttribute('aria-label', a.name);
      put(card, html`<div data-live></div><div data-forms></div><ul class="plain small" data-attacks></ul>`);
      box.append(card);
    }
    const attacks = s.attacks.filter(x => x.adversary.adversary_id === a.adversary_id);
    card.dataset.attackCount = attacks.length;
    put(card.querySelector('[data-live]'), html`<h3><span>${a.name}</span><span class="muted small">${words(a.type)} · tier ${a.tier}</span></h3>
      ${a.defeated ? html`<p class="chip warn">Defeated</p>` : ''}
      <div class="track"><span class="name">HP</span>${slots(a.hp_marked, a.hp_max, 'HP marked')}<span class="count">${a.hp_marked}/${a.hp_max}</span></div>
      <div class="track"><span class="name">Stress</span>${slots(a.stress_marked, a.stress_max, 'Stress marked')}<span class="count">${a.stress_marked}/${a.stress_max}</span></div>
      ${a.stat_block ? html`<p class="stats"><span>Difficulty <strong>${a.stat_block.difficulty}</strong></span>
        ${a.stat_block.thresholds ? html`<span>Major <strong>${a.stat_block.thresholds.major}</strong></span><span>Severe <strong>${a.stat_block.thresholds.severe}</strong></span>` : ''}
        <span>ATK <strong>${signed(a.stat_block.attack_modifier)}</strong></span><span>${a.stat_block.standard_attack.name} <strong>${a.attack_damage?.notation}</strong></span></p>` : ''}
      ${a.conditions.length ? html`<div class="chips">${a.conditions.map(c => html`<span class="chip">${words(c)}</span>`)}</div>` : ''}`);
    put(card.querySelector('[data-attacks]'), html`${attacks.slice(-3).map(x => html`
      <li>${x.attack_name} (${x.total}${x.critical ? ', critical' : ''}): ${x.targets.map(tg => `${t.name(tg.character_id)} ${tg.hit
        ? `hit for ${tg.damage}${tg.damage_applied ? ', taken' : ', waiting for the player'}` : 'missed'}`).join('; ')}</li>`)}`);
    const forms = card.querySelector('[data-forms]');
    if (!t.isGm || a.defeated) { put(forms, ''); forms.dataset.key = ''; continue; }
    if (once(forms, 'forms', () => html`<form class="row" data-adversary-damage><div class="field narrow"><label for="dh-adv-dmg-${a.adversary_id}">Damage</label>
          <input id="dh-adv-dmg-${a.adversary_id}" name="amount" type="number" min="0" max="1000" required></div>
          <button type="submit">Hit it</button></form>
        <form class="row" data-adversary-attack><div class="field"><label for="dh-adv-target-${a.adversary_id}">Attack</label>
          <select id="dh-adv-target-${a.adversary_id}" name="target"></select></div>
          <div class="field"><label for="dh-adv-dice-${a.adversary_id}">Table dice (d20, then damage)</label>
          <input id="dh-adv-dice-${a.adversary_id}" name="physical_results" type="text" inputmode="numeric" placeholder="server rolls"></div>
          <button type="submit" class="danger">Attack</button></form>
        <div class="row"><button type="button" data-reveal>Show players its stat block</button></div>`)) {
      const path = `${sessionPath(t)}/adversaries/${a.adversary_id}`;
      const damage = forms.querySelector('[data-adversary-damage]');
      damage.onsubmit = async e => {
        e.preventDefault();
        const done = await act(e.submitter, () => t.api.post(`${path}/damage`, { amount: values(damage).amount, damage_types: ['physical'] }), damage);
        if (done) damage.amount.value = '';
        t.refresh();
      };
      const reveal = forms.querySelector('[data-reveal]');
      reveal.onclick = () => act(reveal, () => t.api.post(`${path}/reveal`)).then(t.refresh);
      const attack = forms.querySelector('[data-adversary-attack]');
      attack.onsubmit = async e => {
        e.preventDefault();
        const dice = values(attack).physical_results.split(/[\s,]+/).filter(Boolean).map(Number);
        const done = await act(e.submitter, () => t.api.post(`${path}/attacks`, { targets: [{ character_id: attack.target.value }],
          ...(dice.length ? { physical_results: dice } : {}) }), attack);
        if (done) attack.physical_results.value = '';
        t.refresh();
      };
    }
    options(forms.querySelector('[name=target]'), s.party.map(p => ({ value: p.character_id, label: t.name(p.character_id) })));
    forms.querySelector('[data-reveal]').hidden = a.revealed;
  }
}

function renderAdversaryForm(t) {
  const box = document.getElementById('dh-adversary-form');
  if (!t.session) { put(box, ''); box.dataset.key = ''; return; }
  if (!once(box, `adversary:${t.session.session_id}`, () => html`<form id="dh-adversary-add" class="stack">
      <div class="row"><div class="field"><label for="dh-adv-preset">Bring in</label>
        ${select('preset', 'dh-adv-preset', Object.keys(ADVERSARIES).concat('custom'), 'Zombie Pack', v => (v === 'custom' ? 'A stat block of my own (JSON)' : v))}</div>
      <button type="submit">Put on the table</button></div>
      <div><label for="dh-adv-json">Stat block (JSON, for "of my own")</label><textarea id="dh-adv-json" name="stat_block" rows="3"></textarea></div></form>`)) return;
  const form = document.getElementById('dh-adversary-add');
  form.onsubmit = async e => {
    e.preventDefault();
    const v = values(form);
    let block = ADVERSARIES[v.preset];
    if (!block) {
      try { block = JSON.parse(v.stat_block); } catch (err) {
        form.stat_block.setAttribute('aria-invalid', 'true');
        form.stat_block.focus();
        return;
      }
    }
    await act(e.submitter, () => t.api.post(`${sessionPath(t)}/adversaries`, block), form);
    t.refresh();
  };
}

// ---------------------------------------------------------------- countdowns

function renderCountdowns(t) {
  const s = state(t);
  const box = document.getElementById('dh-countdowns');
  put(box, s.countdowns.length ? s.countdowns.map(c => html`<li data-countdown="${c.countdown_id}">
      <strong>${c.name}</strong> <span class="count">${c.remaining} of ${c.starting_value}</span>
      <span class="chip">${words(c.tone)}</span>${c.status !== 'active' ? html` <span class="chip warn">${words(c.status)}</span>` : ''}
      ${t.isGm && !c.visible_to_players ? html` <span class="chip">hidden from players</span>` : ''}
      ${t.isGm ? html`<button type="button" data-advance>Advance</button>` : ''}</li>`) : html`<li class="muted">No countdowns.</li>`);
  box.querySelectorAll('[data-advance]').forEach(button => {
    const id = button.closest('[data-countdown]').dataset.countdown;
    button.onclick = () => act(button, () => t.api.post(`${sheetPath(t)}/countdowns/${id}/advance`, { amount: 1 })).then(t.refresh);
  });
}

function renderCountdownForm(t) {
  const box = document.getElementById('dh-countdown-form');
  if (!once(box, 'countdown', () => html`<form id="dh-countdown-add" class="stack">
      <div class="row"><div class="field"><label for="dh-cd-name">New countdown</label><input id="dh-cd-name" name="name" type="text" required maxlength="200"></div>
      <div class="field narrow"><label for="dh-cd-start">Starts at</label><input id="dh-cd-start" name="starting_value" type="number" min="1" max="100" value="4"></div></div>
      <div class="row"><div class="field"><label for="dh-cd-policy">Advances</label>${select('policy', 'dh-cd-policy', ['manual', 'action_standard', 'action_dynamic', 'long_term'], 'manual',
        v => ({ manual: 'By hand', action_standard: 'Each action roll', action_dynamic: 'By roll results', long_term: 'After rests' }[v]))}</div>
      <div class="field"><label for="dh-cd-tone">Tone</label>${select('tone', 'dh-cd-tone', ['neutral', 'progress', 'consequence'], 'consequence')}</div>
      <label class="check"><input type="checkbox" name="visible_to_players" checked> Players see it</label>
      <button type="submit">Create</button></div></form>`)) return;
  const form = document.getElementById('dh-countdown-add');
  form.onsubmit = async e => {
    e.preventDefault();
    const created = await act(e.submitter, () => t.api.post(`${sheetPath(t)}/countdowns`, values(form)), form);
    if (created) form.name.value = '';
    t.refresh();
  };
}
