package io.github.vncustoms.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ErrorCode;
import io.github.vncustoms.core.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shared JSON configuration: ISO-8601 time, records, forward compatibility, clear errors. */
final class CustomsJsonTest {
    record Event(String unit, LocalDate day, Instant at) {}

    @Test
    void javaTime_isWrittenAsIso8601Text() {
        String json = CustomsJson.write(new Event("01AB", LocalDate.of(2026, 2, 17), Instant.parse("2026-02-17T01:00:00Z")));
        assertThat(json).isEqualTo("{\"unit\":\"01AB\",\"day\":\"2026-02-17\",\"at\":\"2026-02-17T01:00:00Z\"}");
    }

    @Test
    void unknownProperties_areTolerated_forNewerDocuments() {
        Event e = CustomsJson.read("{\"unit\":\"01AB\",\"day\":\"2026-02-17\",\"addedInV2\":true}", Event.class);
        assertThat(e.unit()).isEqualTo("01AB");
        assertThat(e.at()).isNull();
    }

    @Test
    void malformedJson_isAValidationExceptionNamingTheType() {
        assertThatThrownBy(() -> CustomsJson.read("{\"day\":\"17/02/2026\"}", Event.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains("Expected a JSON document for Event");
                });
    }

    @Test
    void newMapper_isIndependentOfTheSharedConfiguration() {
        assertThat(CustomsJson.newMapper()).isNotSameAs(CustomsJson.newMapper());
    }
}
