package dev.duality.app.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;

/**
 * Temporary tables with the names of read-model tables, for the rest of the current transaction: the projections'
 * own handlers and queries, run unchanged, then read and write them instead of the live tables, which stay as they
 * are. They are dropped with the transaction, committed or not.
 */
final class ScratchTables {
    private ScratchTables() {
    }

    /**
     * Creates empty copies of {@code tables} (filled from {@code fillFrom}'s tables of the same names, if not null) and
     * puts them first on the search path. Setting the path matters: PostgreSQL looks in the temporary schema first
     * anyway, but a statement the connection prepared before still names the live table, and only a change of the
     * path's value makes PostgreSQL parse it again.
     *
     * @return the live tables' schema
     */
    static String create(JdbcTemplate jdbc, Collection<String> tables, String fillFrom) {
        // the live tables' schema: public, or the one a deployment (or a test run) puts first on its search path
        String live = jdbc.queryForObject("select current_schema()", String.class);
        String path = jdbc.queryForObject("select current_setting('search_path')", String.class);
        tables.forEach(table -> {
            jdbc.execute("create temporary table " + table + " (like " + live + "." + table
                    + " including defaults) on commit drop");
            if (fillFrom != null) {
                jdbc.execute("insert into pg_temp." + table + " select * from \"" + fillFrom + "\"." + table);
            }
        });
        jdbc.execute("set local search_path to pg_temp, " + path);
        return live;
    }
}
