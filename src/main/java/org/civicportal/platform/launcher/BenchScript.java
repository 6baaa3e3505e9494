package org.civicportal.platform.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL file of db/bench read into statements, each with the directives of the comment lines right above it
 * ({@code -- step:}, {@code -- chunks:}, {@code -- set:}, {@code -- check:}). Kept as plain SQL so the dataset
 * and its checks can be read, and run by hand, without the Java around them.
 */
record BenchScript(List<Statement> statements) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9_]*)}");

    /** One statement; its directives are null when absent. */
    record Statement(String sql, String step, String chunks, String set, String check) {

        /** The SQL with every ${name} replaced; a name without a value is a mistake in the file. */
        String sql(Map<String, Long> values) {
            Matcher m = PLACEHOLDER.matcher(sql);
            var out = new StringBuilder();
            while (m.find()) {
                var value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException("No value for ${" + m.group(1) + "} in: " + sql);
                }
                m.appendReplacement(out, Long.toString(value));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    static BenchScript load(String resource) {
        try (var in = BenchScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BenchScript parse(String text) {
        var statements = new ArrayList<Statement>();
        var sql = new StringBuilder();
        String step = null;
        String chunks = null;
        String set = null;
        String check = null;
        for (var line : text.split("\n", -1)) {
            var trimmed = line.strip();
            if (sql.length() == 0 && trimmed.startsWith("--")) {
                var comment = trimmed.substring(2).strip();
                step = comment.startsWith("step:") ? comment.substring(5).strip() : step;
                chunks = comment.startsWith("chunks:") ? comment.substring(7).strip() : chunks;
                set = comment.startsWith("set:") ? comment.substring(4).strip() : set;
                check = comment.startsWith("check:") ? comment.substring(6).strip() : check;
                continue;
            }
            if (sql.length() == 0 && trimmed.isEmpty()) {
                continue;
            }
            sql.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                var statement = sql.toString().strip();
                statements.add(new Statement(statement.substring(0, statement.length() - 1), step, chunks, set, check));
                sql.setLength(0);
                step = null;
                chunks = null;
                set = null;
                check = null;
            }
        }
        if (!sql.toString().isBlank()) {
            throw new IllegalStateException("The last statement does not end with ';': " + sql);
        }
        return new BenchScript(List.copyOf(statements));
    }
}
