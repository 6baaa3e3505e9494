package org.civicportal.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a replicated or Galera database needs from the schema (docs/operations.md): every table has a primary key
 * (Galera replicates row by row and cannot apply changes to a table without one; a replica applies them by key)
 * and every table is InnoDB (transactional, the only engine Galera replicates). Checked on the migrated schema.
 */
@ExtendWith(TestServers.class)
class SchemaForClusterIT {

    @Test
    void everyTableHasAPrimaryKeyAndIsInnoDb() throws Exception {
        try (var connection = TestServers.connect()) {
            var tables = tables(connection);
            assertTrue(tables.size() > 10, "the migrated schema is there: " + tables);
            assertEquals(List.of(), tables.stream().filter(t -> !t.hasPrimaryKey()).map(Table::name).toList(),
                    "tables without a primary key");
            assertEquals(List.of(), tables.stream().filter(t -> !"InnoDB".equalsIgnoreCase(t.engine()))
                    .map(t -> t.name() + " (" + t.engine() + ")").toList(), "tables that are not InnoDB");
        }
    }

    @Test
    void theCheckFindsATableWithoutAPrimaryKey() throws Exception {
        try (var connection = TestServers.connect(); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE cluster_probe_without_key (note VARCHAR(20)) ENGINE=Aria");
            try {
                var probe = tables(connection).stream().filter(t -> t.name().equals("cluster_probe_without_key"))
                        .findFirst().orElseThrow();
                assertEquals(new Table("cluster_probe_without_key", "Aria", false), probe);
            } finally {
                statement.execute("DROP TABLE cluster_probe_without_key");
            }
        }
    }

    record Table(String name, String engine, boolean hasPrimaryKey) {
    }

    private static List<Table> tables(Connection connection) throws SQLException {
        var tables = new ArrayList<Table>();
        try (var query = connection.prepareStatement("SELECT t.table_name, t.engine, EXISTS (SELECT 1 FROM "
                + "information_schema.table_constraints c WHERE c.table_schema = t.table_schema AND c.table_name = "
                + "t.table_name AND c.constraint_type = 'PRIMARY KEY') FROM information_schema.tables t "
                + "WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' ORDER BY t.table_name");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(new Table(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
            }
        }
        return tables;
    }
}
