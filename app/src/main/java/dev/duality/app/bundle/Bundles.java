package dev.duality.app.bundle;

import dev.duality.app.axon.CampaignJournal;
import dev.duality.app.axon.CampaignJournal.RecordedEvent;
import dev.duality.app.bundle.Bundle.BundleEvent;
import dev.duality.app.bundle.Bundle.Scope;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.SessionEnded;
import dev.duality.core.session.api.SessionRejection;
import dev.duality.core.session.api.SessionStarted;
import dev.duality.core.session.api.SessionId;
import dev.duality.web.RetryableFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static dev.duality.app.axon.CampaignJournal.MAX_COLUMN_LENGTH;
import static dev.duality.app.bundle.BundleRejection.BUNDLE_MALFORMED;

/**
 * Session bundles: a campaign's journal events exported, signed, and imported into another Duality unchanged, where
 * the projections apply them as they applied them at home. See docs/api.md, "Session bundles".
 */
@Component
public class Bundles {
    /** The payloads' and metadata's canonical bytes: compact JSON, properties in their recorded order. */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger LOG = LoggerFactory.getLogger(Bundles.class);
    private final CampaignJournal journal;
    private final BundleKeys keys;
    private final RetryableFaults faults;

    public Bundles(CampaignJournal journal, BundleKeys keys, RetryableFaults faults) {
        this.journal = journal;
        this.keys = keys;
        this.faults = faults;
    }

    /**
     * The campaign's events, all of them or, with a session, those up to that session's end: the journal up to its
     * {@code session.ended} event and the events the same request appended with it (a game system's session-end
     * effects), or everything so far while the session runs.
     *
     * @throws Rejected SESSION_NOT_FOUND for a session the campaign never started
     */
    public Bundle export(CampaignId campaignId, Optional<SessionId> session) {
        List<RecordedEvent> events = journal.events(campaignId);
        if (session.isPresent()) {
            events = events.subList(0, endOf(session.get(), campaignId, events));
        }
        List<BundleEvent> exported = events.stream().map(event -> new BundleEvent(event.eventId(),
                event.aggregateId(), event.aggregateType(), event.sequenceNumber(), event.type(), event.revision(),
                event.timestamp(), tree(event.payload()), tree(event.metaData()))).toList();
        PublicKey key = keys.publicKey();
        Bundle unsigned = new Bundle(Bundle.FORMAT, Bundle.VERSION, campaignId.value(),
                session.isPresent() ? Scope.SESSION : Scope.CAMPAIGN, session.map(SessionId::value).orElse(null),
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), BundleKeys.id(key), BundleKeys.encode(key),
                exported, null, null);
        byte[] digest = digest(unsigned);
        return new Bundle(unsigned.format(), unsigned.version(), unsigned.campaignId(), unsigned.scope(),
                unsigned.sessionId(), unsigned.exportedAt(), unsigned.keyId(), unsigned.publicKey(), exported,
                HexFormat.of().formatHex(digest), Base64.getEncoder().encodeToString(keys.sign(digest)));
    }

    /** What an import appended. */
    public record Imported(CampaignId campaignId, Scope scope, String sessionId, int events, int streams,
                           String keyId) {
    }

    /**
     * Verifies the bundle (form, digest, signature, trusted signer, known types, a campaign new here) and appends its
     * events unchanged, all in one transaction.
     */
    public Imported importBundle(Bundle bundle) {
        Rejected.unless(bundle != null, BUNDLE_MALFORMED, "bundle", "send a bundle as exported");
        requireForm(bundle);
        PublicKey key = BundleKeys.publicKey(bundle.publicKey()).orElseThrow(() -> new Rejected(BUNDLE_MALFORMED,
                "public_key", "not an Ed25519 public key (X.509 DER, base64)"));
        Rejected.unless(BundleKeys.id(key).equals(bundle.keyId()), BUNDLE_MALFORMED, "key_id",
                "key_id is not the id of public_key");
        byte[] digest = digest(bundle);
        Rejected.unless(HexFormat.of().formatHex(digest).equals(bundle.digest()),
                BundleRejection.BUNDLE_SIGNATURE_INVALID, "digest",
                "the digest is not the digest of the bundle's content: it was changed after it was signed");
        Rejected.unless(BundleKeys.verify(key, digest, base64(bundle.signature())),
                BundleRejection.BUNDLE_SIGNATURE_INVALID, "signature",
                "the signature is not " + bundle.keyId() + "'s signature of the digest");
        Rejected.unless(keys.trusts(key), BundleRejection.BUNDLE_SIGNER_UNTRUSTED, "key_id", bundle.keyId()
                + " is not trusted here: add its public key to duality.bundles.trusted-keys");
        List<RecordedEvent> events = recorded(bundle);
        Set<String> streams = new LinkedHashSet<>();
        events.forEach(event -> streams.add(event.aggregateId()));
        Rejected.unless(!journal.holdsAny(streams, events.stream().map(RecordedEvent::eventId).toList()),
                BundleRejection.BUNDLE_CAMPAIGN_EXISTS, "campaign_id",
                "the journal holds campaign " + bundle.campaignId() + " (or one of its events) already");
        try {
            journal.append(events);
        } catch (RuntimeException e) {
            if (faults.classify(e).isPresent()) {
                throw e; // the database is busy or away: answered as such, to retry
            }
            // another import of the same campaign committed first: the unique stream sequence refused this one
            if (journal.holdsAny(streams, List.of())) {
                throw new Rejected(BundleRejection.BUNDLE_CAMPAIGN_EXISTS, "campaign_id",
                        "campaign " + bundle.campaignId() + " was imported meanwhile");
            }
            // signed by a trusted key, yet the events do not apply here (a journal this service's rules reject)
            LOG.warn("bundle of campaign {} signed by {} does not apply", bundle.campaignId(), bundle.keyId(), e);
            throw new Rejected(BUNDLE_MALFORMED, "events", "the events do not apply to this service's read models: "
                    + e.getClass().getSimpleName());
        }
        return new Imported(CampaignId.of(bundle.campaignId()), bundle.scope(), bundle.sessionId(), events.size(),
                streams.size(), bundle.keyId());
    }

    /** The fields every bundle has, in the form this service writes them. */
    private static void requireForm(Bundle bundle) {
        Rejected.unless(Bundle.FORMAT.equals(bundle.format()), BUNDLE_MALFORMED, "format",
                "format must be " + Bundle.FORMAT);
        Rejected.unless(Objects.equals(bundle.version(), Bundle.VERSION), BUNDLE_MALFORMED, "version",
                "this service reads bundle version " + Bundle.VERSION);
        required(bundle.campaignId(), "campaign_id");
        CampaignId.of(bundle.campaignId());
        Rejected.unless(bundle.scope() != null, BUNDLE_MALFORMED, "scope", "scope must be campaign or session");
        Rejected.unless((bundle.scope() == Scope.SESSION) == (bundle.sessionId() != null), BUNDLE_MALFORMED,
                "session_id", "a session bundle names its session, a campaign bundle none");
        instant(bundle.exportedAt(), "exported_at");
        required(bundle.keyId(), "key_id");
        required(bundle.publicKey(), "public_key");
        required(bundle.digest(), "digest");
        required(bundle.signature(), "signature");
        Rejected.unless(bundle.events() != null && !bundle.events().isEmpty(), BUNDLE_MALFORMED, "events",
                "a bundle holds the campaign's events, from campaign.created");
    }

    /**
     * The events as the journal will hold them, checked: each belongs to the campaign, each stream runs from 0
     * without a gap, the campaign's stream begins the bundle, every type is one this service reads, and every
     * payload reads as its type.
     */
    private List<RecordedEvent> recorded(Bundle bundle) {
        String campaign = bundle.campaignId();
        Map<String, Long> next = new HashMap<>();
        Set<String> ids = new HashSet<>();
        List<RecordedEvent> events = new ArrayList<>(bundle.events().size());
        for (int i = 0; i < bundle.events().size(); i++) {
            String at = "events[" + i + "]";
            BundleEvent event = bundle.events().get(i);
            Rejected.unless(event != null, BUNDLE_MALFORMED, at, "an event is missing");
            Rejected.unless(ids.add(required(event.eventId(), at + ".event_id")), BUNDLE_MALFORMED,
                    at + ".event_id", "event ids are unique");
            String stream = required(event.aggregateId(), at + ".aggregate_id");
            // the campaign's own stream, or one whose identifier names it between colons (session:<campaign>:…)
            Rejected.unless(stream.equals(campaign) || List.of(stream.split(":")).contains(campaign),
                    BUNDLE_MALFORMED, at + ".aggregate_id", "not a stream of campaign " + campaign);
            Rejected.unless(i > 0 || stream.equals(campaign), BUNDLE_MALFORMED, at + ".aggregate_id",
                    "a bundle begins with the campaign's own stream");
            Rejected.unless(event.sequenceNumber() != null
                            && event.sequenceNumber() == next.getOrDefault(stream, 0L), BUNDLE_MALFORMED,
                    at + ".sequence_number", "stream " + stream + " continues at " + next.getOrDefault(stream, 0L));
            next.put(stream, event.sequenceNumber() + 1);
            String type = required(event.type(), at + ".type");
            Rejected.unless(journal.knowsEventType(type), BundleRejection.BUNDLE_EVENT_TYPE_UNKNOWN, at + ".type",
                    type + " is not an event type of this service's modules");
            instant(event.timestamp(), at + ".timestamp");
            Rejected.unless(event.revision() == null || event.revision().length() <= MAX_COLUMN_LENGTH,
                    BUNDLE_MALFORMED, at + ".revision", "a revision is at most " + MAX_COLUMN_LENGTH + " characters");
            Rejected.unless(event.payload() != null && event.payload().isObject(), BUNDLE_MALFORMED,
                    at + ".payload", "a payload is a JSON object");
            Rejected.unless(event.metadata() == null || event.metadata().isNull() || event.metadata().isObject(),
                    BUNDLE_MALFORMED, at + ".metadata", "metadata is a JSON object");
            JsonNode named = event.payload().get("campaign_id");
            Rejected.unless(named == null || campaign.equals(named.asString(null)), BUNDLE_MALFORMED,
                    at + ".payload", "the payload names another campaign");
            RecordedEvent recorded = new RecordedEvent(event.eventId(), stream,
                    required(event.aggregateType(), at + ".aggregate_type"), event.sequenceNumber(), type,
                    event.revision(), event.timestamp(), bytes(event.payload()), bytes(event.metadata()));
            try {
                journal.read(recorded);
            } catch (RuntimeException e) {
                throw new Rejected(BUNDLE_MALFORMED, at + ".payload", "the payload or metadata does not read as "
                        + type);
            }
            events.add(recorded);
        }
        return events;
    }

    /** How many of the campaign's events a bundle of the session holds. */
    private int endOf(SessionId session, CampaignId campaignId, List<RecordedEvent> events) {
        boolean started = false;
        for (int i = 0; i < events.size(); i++) {
            RecordedEvent event = events.get(i);
            if (!event.aggregateId().equals(campaignId.value())) {
                continue;
            }
            if (event.type().equals("session.started")
                    && ((SessionStarted) journal.read(event)).sessionId().equals(session)) {
                started = true;
            } else if (event.type().equals("session.ended")
                    && ((SessionEnded) journal.read(event)).sessionId().equals(session)) {
                // the session's end is a decision of one request: the effects it ran nested follow it directly
                String correlation = correlation(event);
                int end = i + 1;
                while (end < events.size() && correlation != null && correlation.equals(correlation(events.get(end)))) {
                    end++;
                }
                return end;
            }
        }
        Rejected.unless(started, SessionRejection.SESSION_NOT_FOUND, "session_id",
                "campaign " + campaignId + " has no session " + session);
        return events.size();
    }

    private static String correlation(RecordedEvent event) {
        JsonNode metadata = tree(event.metaData());
        return metadata == null ? null : metadata.path(Envelope.CORRELATION_ID).asString(null);
    }

    /**
     * SHA-256 of the bundle's canonical form: each field in the order of the format (docs/api.md), as UTF-8 bytes, a
     * payload and metadata as compact JSON; each field is 0x00 when absent, else 0x01, its length (4 bytes, big
     * endian) and its bytes; the number of events and each sequence number are 8-byte big-endian numbers.
     */
    static byte[] digest(Bundle bundle) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        field(sha, bundle.format());
        field(sha, bundle.version() == null ? null : bundle.version().toString());
        field(sha, bundle.campaignId());
        field(sha, bundle.scope() == null ? null : bundle.scope().name().toLowerCase(java.util.Locale.ROOT));
        field(sha, bundle.sessionId());
        field(sha, bundle.exportedAt());
        field(sha, bundle.keyId());
        field(sha, bundle.publicKey());
        List<BundleEvent> events = bundle.events() == null ? List.of() : bundle.events();
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(events.size()).array());
        for (BundleEvent event : events) {
            field(sha, event.eventId());
            field(sha, event.aggregateId());
            field(sha, event.aggregateType());
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(event.sequenceNumber() == null ? -1
                    : event.sequenceNumber()).array());
            field(sha, event.type());
            field(sha, event.revision());
            field(sha, event.timestamp());
            field(sha, bytes(event.payload()));
            field(sha, bytes(event.metadata()));
        }
        return sha.digest();
    }

    private static void field(MessageDigest sha, String value) {
        field(sha, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest sha, byte[] value) {
        if (value == null) {
            sha.update((byte) 0);
            return;
        }
        sha.update((byte) 1);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        sha.update(value);
    }

    /** A JSON value's canonical bytes; null for none. */
    private static byte[] bytes(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : JSON.writeValueAsBytes(node);
    }

    private static JsonNode tree(byte[] json) {
        return json == null ? null : JSON.readTree(json);
    }

    /** A value the journal keeps in a column of its own: present, and no wider than the column. */
    private static String required(String value, String field) {
        Rejected.unless(value != null && !value.isBlank(), BUNDLE_MALFORMED, field, field + " is required");
        Rejected.unless(value.length() <= MAX_COLUMN_LENGTH, BUNDLE_MALFORMED, field,
                field + " is longer than " + MAX_COLUMN_LENGTH + " characters");
        return value;
    }

    private static void instant(String value, String field) {
        required(value, field);
        try {
            Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Rejected(BUNDLE_MALFORMED, field, field + " is not an ISO-8601 instant");
        }
    }

    private static byte[] base64(String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new Rejected(BUNDLE_MALFORMED, "signature", "the signature is not base64");
        }
    }
}
