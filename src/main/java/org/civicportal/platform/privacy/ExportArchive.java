package org.civicportal.platform.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.text.SafeCell;

/**
 * Writes one person's export: every feature's files ({@link PersonalData}), then README.txt describing each file
 * and column in the person's language. All files are read in one read-only transaction (one consistent
 * snapshot), each query streamed row by row into the ZIP, so neither a large account nor a large table is held
 * in memory. JSON through Jakarta JSON-P; CSV through Commons CSV (RFC 4180), every text cell made safe for
 * spreadsheets ({@link SafeCell}).
 */
@ApplicationScoped
public class ExportArchive {

    /** Rows the driver fetches at a time: MariaDB's driver streams a result set with a fetch size. */
    private static final int FETCH = 500;
    /** A long file renews the lease every so many rows, not only when it starts. */
    private static final int HEARTBEAT_ROWS = 5_000;

    /** Told before each file; answers false when the export is no longer this node's to build. */
    @FunctionalInterface
    public interface Progress {
        boolean at(int done, int total, String file);
    }

    /** The node lost its lease (or the export was withdrawn) while writing: whoever holds it now builds it. */
    public static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned(String message) {
            super(message);
        }
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    Instance<PersonalData> features;

    @Inject
    ExportReadme readme;

    /** Every file of an export, by name (README.txt comes last). */
    public List<ExportFile> files() {
        var files = new ArrayList<ExportFile>();
        features.forEach(feature -> files.addAll(feature.files()));
        files.sort(Comparator.comparing(ExportFile::name));
        return files;
    }

    public void write(long accountId, Language language, Path target, Progress progress) throws IOException {
        var files = files();
        var columns = new LinkedHashMap<ExportFile, List<String>>();
        try (var zip = new ZipOutputStream(Files.newOutputStream(target));
                var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                int done = 0;
                for (var file : files) {
                    int at = done++;
                    Runnable heartbeat = () -> {
                        if (!progress.at(at, files.size() + 1, file.name())) {
                            throw new Abandoned("Export of account " + accountId + " is no longer this node's");
                        }
                    };
                    heartbeat.run();
                    zip.putNextEntry(new ZipEntry(file.name()));
                    columns.put(file, writeFile(connection, file, accountId, new Unclosed(zip), heartbeat));
                    zip.closeEntry();
                }
                progress.at(done, files.size() + 1, ExportReadme.NAME);
                zip.putNextEntry(new ZipEntry(ExportReadme.NAME));
                var text = new OutputStreamWriter(new Unclosed(zip), StandardCharsets.UTF_8);
                text.write(readme.text(language, columns));
                text.flush();
                zip.closeEntry();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("Reading the data of account " + accountId + " failed", e);
        }
    }

    private static List<String> writeFile(Connection connection, ExportFile file, long accountId, OutputStream out,
            Runnable heartbeat) throws SQLException, IOException {
        return file.format() == ExportFile.Format.CSV
                ? writeCsv(connection, file.parts().get(0), accountId, out, heartbeat)
                : writeJson(connection, file, accountId, out, heartbeat);
    }

    private static List<String> writeCsv(Connection connection, ExportFile.Part part, long accountId, OutputStream out,
            Runnable heartbeat) throws SQLException, IOException {
        try (var statement = query(connection, part.sql(), accountId); var rows = statement.executeQuery()) {
            var columns = Columns.of(rows);
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.names()).get());
            var record = new ArrayList<String>(columns.names().length);
            for (long row = 1; rows.next(); row++) {
                beat(row, heartbeat);
                record.clear();
                for (int i = 0; i < columns.kinds().length; i++) {
                    var value = ExportColumns.value(rows, i + 1, columns.kinds()[i]);
                    var text = ExportColumns.text(value);
                    record.add(columns.kinds()[i] == ExportColumns.Kind.TEXT ? SafeCell.of(text) : text);
                }
                csv.printRecord(record);
            }
            csv.flush();
            return List.of(columns.names());
        }
    }

    private static List<String> writeJson(Connection connection, ExportFile file, long accountId, OutputStream out,
            Runnable heartbeat) throws SQLException {
        var names = new ArrayList<String>();
        var json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out,
                StandardCharsets.UTF_8);
        json.writeStartObject();
        for (var part : file.parts()) {
            names.add(part.key());
            try (var statement = query(connection, part.sql(), accountId); var rows = statement.executeQuery()) {
                var columns = Columns.of(rows);
                names.addAll(List.of(columns.names()));
                if (part.single()) {
                    if (rows.next()) {
                        json.writeStartObject(part.key());
                        writeMembers(json, rows, columns);
                        json.writeEnd();
                    } else {
                        json.writeNull(part.key());
                    }
                } else {
                    json.writeStartArray(part.key());
                    for (long row = 1; rows.next(); row++) {
                        beat(row, heartbeat);
                        json.writeStartObject();
                        writeMembers(json, rows, columns);
                        json.writeEnd();
                    }
                    json.writeEnd();
                }
            }
        }
        json.writeEnd();
        json.close();
        return names.stream().distinct().toList();
    }

    private static void beat(long row, Runnable heartbeat) {
        if (row % HEARTBEAT_ROWS == 0) {
            heartbeat.run();
        }
    }

    private static void writeMembers(JsonGenerator json, ResultSet rows, Columns columns) throws SQLException {
        for (int i = 0; i < columns.kinds().length; i++) {
            var name = columns.names()[i];
            var value = ExportColumns.value(rows, i + 1, columns.kinds()[i]);
            if (value == null) {
                json.writeNull(name);
            } else if (value instanceof Boolean b) {
                json.write(name, b);
            } else if (value instanceof Long n) {
                json.write(name, n);
            } else if (value instanceof BigDecimal d) {
                json.write(name, d);
            } else {
                json.write(name, value.toString());
            }
        }
    }

    private static PreparedStatement query(Connection connection, String sql, long accountId) throws SQLException {
        var statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH);
        // Every ? of the feature's query is the account id (no query holds a literal ?).
        long parameters = sql.chars().filter(c -> c == '?').count();
        for (int i = 1; i <= parameters; i++) {
            statement.setLong(i, accountId);
        }
        return statement;
    }

    private record Columns(String[] names, ExportColumns.Kind[] kinds) {
        static Columns of(ResultSet rows) throws SQLException {
            var meta = rows.getMetaData();
            var names = new String[meta.getColumnCount()];
            var kinds = new ExportColumns.Kind[names.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = meta.getColumnLabel(i + 1);
                kinds[i] = ExportColumns.kind(meta.getColumnType(i + 1));
            }
            return new Columns(names, kinds);
        }
    }

    /** The ZIP entry's stream, which the file's writer may close without closing the ZIP. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream zip) {
            super(zip);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
