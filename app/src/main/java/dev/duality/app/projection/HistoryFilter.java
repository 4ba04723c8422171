package dev.duality.app.projection;

import dev.duality.app.persistence.RowChange;
import dev.duality.app.persistence.WrappedAnswer;
import dev.duality.core.campaign.api.AuthzRejection;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.rejection.Rejected;
import dev.duality.web.ApiRejection;
import dev.duality.web.CampaignGuard;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The past of any read of a campaign: {@code ?as_of_seq=} (or {@code ?as_of=} a time) answers the read as it would
 * have been answered right after that event of the campaign ({@link History}); {@code ?diff_from_seq=} adds what
 * changed between two points, field by field, with the events that changed it; {@code ?explain=} names, for every
 * field of the rows the read used, the chain of events that set it, with their actor, request, command and roll.
 */
final class HistoryFilter extends OncePerRequestFilter {
    static final String AS_OF_SEQ = "as_of_seq";
    static final String AS_OF = "as_of";
    static final String DIFF_FROM_SEQ = "diff_from_seq";
    static final String EXPLAIN = "explain";
    private static final List<String> ROLL_FIELDS = List.of("roll_seq", "attack_roll_seq");
    private static final Pattern COLUMNS = Pattern.compile("^[a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)*$");

    private final History history;
    private final CampaignGuard guard;
    private final MessageCatalog catalog;
    private final JsonMapper json;
    private final HandlerExceptionResolver problems;

    HistoryFilter(History history, CampaignGuard guard, MessageCatalog catalog, JsonMapper json,
                  HandlerExceptionResolver problems) {
        this.history = history;
        this.guard = guard;
        this.catalog = catalog;
        this.json = json;
        this.problems = problems;
    }

    /** How far back, and what to tell of the changes. */
    private record Ask(Long asOfSeq, Instant asOf, Long diffFromSeq, Set<String> explain) {
        boolean watches() {
            return diffFromSeq != null || explain != null;
        }

        String pointField() {
            return asOf != null ? AS_OF : AS_OF_SEQ;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the method first: asking a write for its parameters may read its body
        boolean asks = "GET".equals(request.getMethod()) && (request.getParameter(AS_OF_SEQ) != null
                || request.getParameter(AS_OF) != null || request.getParameter(DIFF_FROM_SEQ) != null
                || request.getParameter(EXPLAIN) != null);
        if (!asks) {
            chain.doFilter(request, response);
            return;
        }
        try {
            answer(request, response, chain);
        } catch (Rejected rejected) {
            problems.resolveException(request, response, null, rejected);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Ask ask = ask(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String field = ask.asOfSeq() != null || ask.asOf() != null ? ask.pointField()
                : ask.diffFromSeq() != null ? DIFF_FROM_SEQ : EXPLAIN;
        Optional<String> campaign = History.campaignOf(path);
        if (campaign.isEmpty() || History.readsJournal(path)) {
            throw new Rejected(ApiRejection.PARAMETER_INVALID, field, field + " applies to a campaign's reads of "
                    + "its read models; the timeline, the event stream, the dice audit and the bundle page the "
                    + "journal by seq themselves");
        }
        CampaignId campaignId = CampaignId.of(campaign.get());
        if (ask.watches() && !guard.callerActsAsGm(campaignId)) {
            throw new Rejected(AuthzRejection.AUTHZ_DENY_REQUIRES_GM, field, field + " shows every event behind "
                    + "the rows a read uses: the campaign's GMs only");
        }
        Optional<History.Point> point = ask.asOfSeq() != null ? history.atSeq(campaignId.value(), ask.asOfSeq())
                : ask.asOf() != null ? history.atTime(campaignId.value(), ask.asOf())
                : history.latest(campaignId.value());
        if (point.isEmpty()) {
            if (ask.asOfSeq() == null && ask.asOf() == null) {
                // a campaign without events here: the read answers as it would (most likely not found)
                chain.doFilter(request, response);
                return;
            }
            throw new Rejected(ApiRejection.AS_OF_NOT_FOUND, field, ask.asOfSeq() != null
                    ? "campaign " + campaignId + " has no event with seq " + ask.asOfSeq()
                    : "campaign " + campaignId + " had no event yet at " + ask.asOf());
        }
        History.Point to = point.get();
        if (ask.diffFromSeq() != null && ask.diffFromSeq() > to.seq()) {
            throw new Rejected(ApiRejection.PARAMETER_INVALID, DIFF_FROM_SEQ, DIFF_FROM_SEQ + " must not be after "
                    + "the point read (seq " + to.seq() + ")");
        }
        Long watchAfter = ask.explain() != null ? Long.valueOf(0) : ask.diffFromSeq();
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        History.Result<Void> result;
        try {
            result = history.read(campaignId.value(), to, watchAfter, () -> {
                try {
                    chain.doFilter(request, answer);
                } catch (IOException | ServletException e) {
                    throw new ReadFailed(e);
                }
                return null;
            });
        } catch (ReadFailed failed) {
            if (failed.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) failed.getCause();
        }
        response.setHeader("As-Of-Seq", Long.toString(to.seq()));
        if (!ask.watches() || answer.getStatus() >= 400) {
            answer.copyBodyToResponse();
            return;
        }
        long since = watchAfter;
        WrappedAnswer.write(answer, response, json, endpoint -> new Explained(to.seq(), since, endpoint,
                fields(result, ask, since)));
    }

    private static final class ReadFailed extends RuntimeException {
        ReadFailed(Exception cause) {
            super(cause);
        }
    }

    private Ask ask(HttpServletRequest request) {
        Long asOfSeq = seq(request, AS_OF_SEQ);
        Long diffFromSeq = seq(request, DIFF_FROM_SEQ);
        Instant asOf = null;
        String time = request.getParameter(AS_OF);
        if (time != null) {
            try {
                asOf = Instant.parse(time);
            } catch (DateTimeParseException e) {
                throw new Rejected(ApiRejection.PARAMETER_INVALID, AS_OF, AS_OF + " must be an ISO-8601 instant, "
                        + "e.g. 2026-12-07T19:30:00Z");
            }
            if (asOfSeq != null) {
                throw new Rejected(ApiRejection.PARAMETER_INVALID, AS_OF, "send " + AS_OF_SEQ + " or " + AS_OF
                        + ", not both");
            }
        }
        Set<String> explain = null;
        String columns = request.getParameter(EXPLAIN);
        if (columns != null) {
            if (!columns.equals("true") && !COLUMNS.matcher(columns).matches()) {
                throw new Rejected(ApiRejection.PARAMETER_INVALID, EXPLAIN, EXPLAIN + " must be true or a "
                        + "comma-separated list of fields (snake_case), e.g. hp,stress");
            }
            if (diffFromSeq != null) {
                throw new Rejected(ApiRejection.PARAMETER_INVALID, EXPLAIN, "send " + EXPLAIN + " or "
                        + DIFF_FROM_SEQ + ", not both");
            }
            explain = columns.equals("true") ? Set.of() : new TreeSet<>(Arrays.asList(columns.split(",")));
        }
        return new Ask(asOfSeq, asOf, diffFromSeq, explain);
    }

    private static Long seq(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            return null;
        }
        try {
            long seq = Long.parseLong(value);
            if (seq >= (name.equals(DIFF_FROM_SEQ) ? 0 : 1)) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Rejected(ApiRejection.PARAMETER_INVALID, name, name + " must be a whole number, "
                + (name.equals(DIFF_FROM_SEQ) ? "0 (the campaign's start) or more" : "1 or more"));
    }

    /** The answer to an explanation or a difference: the read's answer at the point, and the fields behind it. */
    record Explained(long asOfSeq, long sinceSeq, JsonNode answer, List<Field> fields) {
    }

    /**
     * A field of a row the read used: its value at {@code since_seq} ({@code before}; null at the campaign's start)
     * and at the point read ({@code value}), and every event in between that set it.
     */
    record Field(String table, Object key, String field, Object before, Object value, List<SetBy> setBy) {
    }

    /** An event that set a field, what it was before and after, and where the event came from. */
    record SetBy(long seq, String eventType, String eventId, Instant occurredAt, String actorId, String requestId,
                 String correlationId, String causationId, Roll roll, List<Related> sameRequest, Object before,
                 Object after) {
    }

    /**
     * The roll an event followed from, as its payload names it ({@code roll_seq}, or {@code attack_roll_seq} for an
     * adversary's attack), and the first event of the window that named it (the roll itself, when it is in the window).
     */
    record Roll(String field, long number, Long seq, String eventType) {
    }

    /** Another event of the same request (the same correlation id). */
    record Related(long seq, String eventType) {
    }

    private List<Field> fields(History.Result<Void> result, Ask ask, long since) {
        Map<String, List<History.Applied>> byRequest = new HashMap<>();
        Map<History.Applied, Roll> named = new HashMap<>();
        Map<String, History.Applied> firstNaming = new HashMap<>();
        Map<Object, Map<String, List<SetBy>>> setters = new HashMap<>();
        for (History.Applied applied : result.applied()) {
            String correlation = meta(applied.event(), Envelope.CORRELATION_ID);
            if (correlation != null) {
                byRequest.computeIfAbsent(correlation, c -> new ArrayList<>()).add(applied);
            }
            // read once per event: every field the event set names the same roll
            roll(applied.event()).ifPresent(roll -> {
                History.Applied first = firstNaming.computeIfAbsent(roll.field() + roll.number(), key -> applied);
                named.put(applied, new Roll(roll.field(), roll.number(), first.seq(), type(first.event())));
            });
        }
        for (History.Applied applied : result.applied()) {
            for (RowChange change : applied.changes()) {
                Map<String, List<SetBy>> columns = setters.computeIfAbsent(List.of(change.table(), change.id()),
                        row -> new LinkedHashMap<>());
                change.columns().forEach((column, values) -> columns.computeIfAbsent(column, c -> new ArrayList<>())
                        .add(setBy(applied, byRequest, named.get(applied), values.before(), values.after())));
            }
        }
        List<Field> fields = new ArrayList<>();
        Set<Object> seen = new java.util.HashSet<>();
        for (History.Loaded row : result.loaded()) {
            Object key = List.of(row.table(), row.id());
            if (!seen.add(key)) {
                continue;
            }
            Map<String, List<SetBy>> columns = setters.getOrDefault(key, Map.of());
            row.columns().forEach((column, value) -> {
                List<SetBy> set = columns.get(column);
                if (set == null || (ask.explain() != null && !ask.explain().isEmpty()
                        && !ask.explain().contains(column))) {
                    return;
                }
                Object before = since == 0 ? null : set.get(0).before();
                if (ask.diffFromSeq() != null && Objects.equals(before, value)) {
                    return;
                }
                fields.add(new Field(row.table(), row.id(), column, before, value, set));
            });
        }
        return fields;
    }

    private SetBy setBy(History.Applied applied, Map<String, List<History.Applied>> byRequest, Roll roll,
                        Object before, Object after) {
        TrackedEventMessage<?> event = applied.event();
        String correlation = meta(event, Envelope.CORRELATION_ID);
        List<Related> sameRequest = correlation == null ? List.of() : byRequest.get(correlation).stream()
                .filter(other -> other != applied).map(other -> new Related(other.seq(), type(other.event())))
                .toList();
        return new SetBy(applied.seq(), type(event), event.getIdentifier(), event.getTimestamp(),
                meta(event, Envelope.ACTOR_ID), meta(event, Envelope.REQUEST_ID), correlation,
                meta(event, Envelope.CAUSATION_ID), roll, sameRequest, before, after);
    }

    private String type(TrackedEventMessage<?> event) {
        return catalog.typeName(event.getPayloadType()).orElse(event.getPayloadType().getName());
    }

    private static String meta(TrackedEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    /** The roll an event's payload names, if any. */
    private Optional<Roll> roll(TrackedEventMessage<?> event) {
        JsonNode payload = json.valueToTree(event.getPayload());
        for (String field : ROLL_FIELDS) {
            JsonNode number = payload.get(field);
            if (number != null && number.isNumber()) {
                return Optional.of(new Roll(field, number.asLong(), null, null));
            }
        }
        return Optional.empty();
    }
}
