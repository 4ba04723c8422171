package dev.duality.app.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Switching a deployment between the inline and the async apply mode without replaying events into tables that already
 * hold them and without dropping the events between the two:
 * <ul>
 *   <li>every start in the inline mode records that each projection's tables are complete up to the head;</li>
 *   <li>async after inline: such a projection's streaming processor starts at the head, not at the journal's
 *       start;</li>
 *   <li>inline after async: a projection whose tokens have passed the head drops them and runs inline; one whose
 *       tokens lag (the async processor had not caught up) keeps streaming from them in this run, and runs inline from
 *       the next start on.</li>
 * </ul>
 * Switch modes with every node stopped; nodes of one database all run the same mode.
 */
final class ApplyModeHandover {
    static final String INLINE = "inline";
    static final String ASYNC = "async";
    private final JdbcTemplate jdbc;
    private final StoredTokens stored;

    ApplyModeHandover(JdbcTemplate jdbc, StoredTokens stored) {
        this.jdbc = jdbc;
        this.stored = stored;
    }

    /** The projections whose tables were last kept inline: complete up to the head. */
    Set<String> keptInline() {
        return new TreeSet<>(jdbc.queryForList(
                "select processing_group from projection_apply_modes where mode = ?", String.class, INLINE));
    }

    /** Records how these projections' tables are kept from now on. */
    void record(Collection<String> groups, String mode) {
        groups.forEach(group -> jdbc.update("insert into projection_apply_modes (processing_group, mode) values (?, ?) "
                + "on conflict (processing_group) do update set mode = excluded.mode, changed_at = now()", group,
                mode));
    }

    /** Async: the projections whose processors hold tokens now no longer depend on where inline left them. */
    void recordStreaming() {
        jdbc.update("update projection_apply_modes set mode = ?, changed_at = now() where mode = ? and "
                + "processing_group in (select processor_name from token_entry)", ASYNC, INLINE);
    }

    /** Leaves the async mode: stamps out every processor's tokens that passed the head; names those that lag. */
    Set<String> tokensBehindTheHead() {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        Set<String> behind = new TreeSet<>();
        stored.all().forEach((processor, tokens) -> {
            if (head == null || tokens.values().stream().allMatch(token -> ProjectionProcessors.covers(token, head))) {
                jdbc.update("delete from token_entry where processor_name = ?", processor);
            } else {
                behind.add(processor);
            }
        });
        return behind;
    }
}
