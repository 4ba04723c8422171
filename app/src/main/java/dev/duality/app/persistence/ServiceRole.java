package dev.duality.app.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the service's own database role may do: everything the read models, tokens, sagas and dead letters need (and
 * creating a schema, for the shadow apply mode's tables), but on the journal ({@link #JOURNAL}) only read and append. Granted by the owner after every migration, so tables a
 * migration adds are covered; checked by the service at start-up, which refuses to run as a role that could rewrite
 * the journal (a superuser, the tables' owner or a member of it, or one granted more).
 */
final class ServiceRole {
    private static final Logger log = LoggerFactory.getLogger(ServiceRole.class);
    /** The append-only tables: the events and the snapshots folded from them. */
    static final Set<String> JOURNAL = Set.of("domain_event_entry", "snapshot_event_entry");
    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    /** Serialises the grants of nodes starting together (concurrent GRANTs on one table can fail). */
    private static final long GRANTS_LOCK = 0x6475616c697479L;

    private ServiceRole() {
    }

    /** Run as the owner, in the migrated schema: sets the service role's privileges to exactly those it needs. */
    static void grant(DataSource owner, String role) {
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        new TransactionTemplate(new DataSourceTransactionManager(owner)).executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", GRANTS_LOCK);
            if (role.equals(jdbc.queryForObject("select current_user", String.class))) {
                // the owner's own privileges stay; the service's start-up check refuses to run as the owner
                return;
            }
            String schema = identifier(jdbc.queryForObject("select current_schema()", String.class));
            String grantee = identifier(role);
            jdbc.execute("grant usage on schema " + schema + " to " + grantee);
            // the shadow apply mode keeps its copies of the read models in a schema the service creates and owns
            jdbc.execute("grant create on database " + identifier(jdbc.queryForObject("select current_database()",
                    String.class)) + " to " + grantee);
            jdbc.execute("revoke all on all tables in schema " + schema + " from " + grantee);
            jdbc.execute("revoke all on all sequences in schema " + schema + " from " + grantee);
            // nextval only: setval could hand out journal positions again
            jdbc.execute("grant usage, select on all sequences in schema " + schema + " to " + grantee);
            for (String table : jdbc.queryForList(
                    "select tablename from pg_tables where schemaname = current_schema()", String.class)) {
                String privileges = JOURNAL.contains(table) ? "select, insert"
                        : table.startsWith(FLYWAY_HISTORY) ? "select"
                        : "select, insert, update, delete, truncate";
                jdbc.execute("grant " + privileges + " on " + schema + "." + identifier(table) + " to " + grantee);
            }
        });
    }

    /** Run as the service: refuses to start if its role could rewrite the journal or its commits are not durable. */
    static void check(DataSource service) {
        JdbcTemplate jdbc = new JdbcTemplate(service);
        Map<String, Object> role = jdbc.queryForMap("""
                select current_user as role, r.rolsuper as superuser,
                       bool_or(pg_has_role(current_user, c.relowner, 'MEMBER')) as owner,
                       bool_or(has_table_privilege(c.oid, 'UPDATE') or has_table_privilege(c.oid, 'DELETE')
                               or has_table_privilege(c.oid, 'TRUNCATE')) as rewrites,
                       current_setting('synchronous_commit') as synchronous_commit,
                       current_setting('fsync') as fsync, current_setting('full_page_writes') as full_page_writes
                from pg_roles r, pg_class c
                where r.rolname = current_user and c.oid in (to_regclass('domain_event_entry'), to_regclass('snapshot_event_entry'))
                group by r.rolname, r.rolsuper""");
        List<String> problems = new ArrayList<>();
        if (Boolean.TRUE.equals(role.get("superuser"))) {
            problems.add("is a superuser");
        }
        if (Boolean.TRUE.equals(role.get("owner"))) {
            problems.add("owns the journal tables (or is a member of their owner)");
        }
        if (Boolean.TRUE.equals(role.get("rewrites"))) {
            problems.add("may update, delete or truncate the journal");
        }
        // replica mode skips every trigger; only a superuser, or since PostgreSQL 15 a role granted it, may set it
        if (jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class) >= 150000
                && Boolean.TRUE.equals(jdbc.queryForObject(
                "select has_parameter_privilege('session_replication_role', 'SET')", Boolean.class))) {
            problems.add("may set session_replication_role, which switches the journal's triggers off");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the service's database role " + role.get("role") + " "
                    + String.join(", ", problems) + ": set duality.database.username to a role of its own and "
                    + "duality.database.owner-username to the tables' owner (README, Configuration)");
        }
        if ("off".equals(role.get("synchronous_commit"))) {
            throw new IllegalStateException("synchronous_commit is off on the service's connections");
        }
        if (!"on".equals(role.get("fsync")) || !"on".equals(role.get("full_page_writes"))) {
            log.warn("PostgreSQL runs with fsync={} and full_page_writes={}: a crash of the database's machine can "
                            + "lose or corrupt events that were acknowledged; set both to on",
                    role.get("fsync"), role.get("full_page_writes"));
        }
    }

    /** A role, schema or table name quoted for SQL. */
    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
