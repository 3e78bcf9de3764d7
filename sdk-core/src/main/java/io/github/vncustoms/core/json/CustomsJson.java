package io.github.vncustoms.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.vncustoms.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The preconfigured JSON mapping every module of the SDK uses.
 *
 * <ul>
 *   <li>{@code java.time} values are ISO-8601 text ({@code 2026-02-17}, {@code 2026-02-17T01:00:00Z}),
 *       never numeric timestamps;
 *   <li>records and their canonical constructors are read directly, so their validation runs;
 *   <li>unknown properties are ignored, for forward compatibility with newer documents;
 *   <li>{@code BigDecimal} amounts are written as plain numbers, never in scientific notation.
 * </ul>
 *
 * <p>The shared {@link #reader(Class)} and {@link #writer()} are immutable and thread-safe. Callers
 * that need a mapper of their own (to register a module, say) take a fresh one from
 * {@link #newMapper()}; the shared configuration cannot be changed by anyone.
 */
public final class CustomsJson {
    private static final ObjectMapper SHARED = newMapper();

    private CustomsJson() {}

    /**
     * Creates a new mapper with the SDK's configuration. Each call returns a new, independent
     * instance that the caller may reconfigure.
     *
     * @return a new mapper
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }

    /**
     * Returns the shared reader for a type.
     *
     * @param type the type to read
     * @return an immutable, thread-safe reader
     */
    public static ObjectReader reader(Class<?> type) {
        return SHARED.readerFor(Objects.requireNonNull(type, "type"));
    }

    /**
     * Returns the shared writer.
     *
     * @return an immutable, thread-safe writer
     */
    public static ObjectWriter writer() {
        return SHARED.writer();
    }

    /**
     * Reads a JSON document into a value, turning malformed JSON and failed record validation
     * into one clear {@link ValidationException}.
     *
     * @param json the document
     * @param type the type to read
     * @param <T> the type
     * @return the value read
     * @throws ValidationException if the document is not valid JSON or does not fit the type
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return SHARED.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw invalid(type, e);
        }
    }

    /**
     * Reads a JSON stream into a value. The stream is not closed.
     *
     * @param in the stream, UTF-8
     * @param type the type to read
     * @param <T> the type
     * @return the value read
     * @throws ValidationException if the document is not valid JSON, does not fit the type, or
     *     cannot be read
     */
    public static <T> T read(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        try {
            return SHARED.readValue(in, type);
        } catch (IOException e) {
            throw invalid(type, e);
        }
    }

    /**
     * Writes a value as a JSON string.
     *
     * @param value the value
     * @return the JSON text
     * @throws ValidationException if the value cannot be written as JSON
     */
    public static String write(Object value) {
        try {
            return SHARED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ValidationException("value",
                    "Cannot write " + (value == null ? "null" : value.getClass().getSimpleName())
                            + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ValidationException invalid(Class<?> type, IOException e) {
        // A record constructor's own ValidationException is the clearest message: surface it.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return v;
            }
        }
        String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return new ValidationException("json",
                "Expected a JSON document for " + type.getSimpleName() + " but it could not be read: " + detail, e);
    }
}
