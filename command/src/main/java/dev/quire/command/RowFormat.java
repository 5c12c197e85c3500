package dev.quire.command;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** How listing commands print their rows: CSV with a header (lists joined by ';'), or JSON. */
public enum RowFormat {
    CSV, JSON;

    /** Prints {@code rows}, records of {@code type}, to {@code out}. */
    public <T> void print(PrintWriter out, Class<T> type, List<T> rows) {
        try {
            if (this == JSON) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValueAsString(rows));
            } else {
                // Columns in the record's order, as the commands describe them, not alphabetical;
                // values quoted only where CSV needs it.
                CsvMapper csv = CsvMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                        .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
                CsvSchema schema = csv.schemaFor(type).withHeader().withArrayElementSeparator(";");
                out.print(csv.writer(schema).writeValueAsString(rows));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
