"""Reading the past on a long campaign (docs/performance.md, "Reading the past"): what ?as_of_seq= costs with and
without checkpoints. Usage: python3 bench/history_reads.py [service URL, default http://localhost:8099] [Fear changes].
Plays a campaign of about N events against a running service (GM Fear gained and spent in turn), then times reads
of the GM's Fear as of early and late points: the first read of a late point replays from the start (and keeps
checkpoints); the next reads start from the nearest checkpoint."""
import json, sys, time, urllib.error, urllib.request

URL = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8099"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 1000

def call(method, path, body=None, token=None):
    req = urllib.request.Request(URL + path, method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    try:
        with urllib.request.urlopen(req) as r:
            return json.loads(r.read() or b"null"), r.headers
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{method} {path} -> {e.code} {e.read().decode()}")

c, _ = call("POST", "/api/v1/campaigns", {"name": "Long campaign", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "Morgan"})
cid, gm = c["campaign_id"], c["access_token"]
base = "/api/v1/campaigns/" + cid
riley, _ = call("POST", base + "/participants", {"name": "Riley", "role": "player"}, gm)
ch, _ = call("POST", base + "/characters", {"name": "Sable", "kind": "pc", "owner_participant_id": riley["participant_id"]}, gm)
call("POST", base + "/daggerheart/characters", {"character_id": ch["character_id"], "character_class": "ranger", "subclass": "wayfinder"}, gm)
profile = {"heritage": {"ancestry": "elf", "community": "wildborne"},
           "traits": {"agility": 2, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0, "knowledge": 0},
           "equipment": {"armor": {"preset": "leather"}, "primary_weapon": "Shortbow"},
           "experiences": [{"name": "Tracker", "modifier": 2}, {"name": "Forest lore", "modifier": 2}],
           "domain_cards": [{"card_id": "bone-untouchable", "name": "Untouchable", "domain": "bone", "level": 1, "recall_cost": 1, "type": "ability"},
                            {"card_id": "sage-gifted-tracker", "name": "Gifted Tracker", "domain": "sage", "level": 1, "recall_cost": 0, "type": "ability"}],
           "description": "Tall", "background": "Wardens", "connections": "A debt"}
call("PATCH", base + "/daggerheart/characters/" + ch["character_id"] + "/profile", profile, gm)
call("POST", base + "/sessions", {"name": "The long night"}, gm)
t0 = time.time()
for i in range(N):
    call("POST", base + "/daggerheart/gm-fear/" + ("gain" if i % 2 == 0 else "spend"), {"amount": 1, "reason": "tick"}, gm)
print(f"played {N} Fear changes in {time.time() - t0:.1f} s")
last = 0
page = 0
while True:
    items = call("GET", base + f"/timeline?after_seq={last}&limit=200", token=gm)[0]["items"]
    if not items:
        break
    last = items[-1]["seq"]
print(f"campaign events: {last}")

def timed(path):
    t = time.time(); body, headers = call("GET", path, token=gm); return (time.time() - t) * 1000, body, headers

for label, seq in [("early", 20), ("late", last - 5), ("late again", last - 5), ("late, another point", last - 150), ("middle", last // 2)]:
    ms, body, headers = timed(base + f"/daggerheart/gm-fear?as_of_seq={seq}")
    print(f"as_of_seq={seq:5d} ({label:20s}) {ms:8.1f} ms  gm_fear={body['gm_fear']}")
ms, _, _ = timed(base + "/daggerheart/gm-fear")
print(f"live read                               {ms:8.1f} ms")
ms, body, _ = timed(base + f"/daggerheart/gm-fear?explain=gm_fear")
print(f"explain=gm_fear (whole history)         {ms:8.1f} ms  setters={len(body['fields'][0]['set_by'])}")
