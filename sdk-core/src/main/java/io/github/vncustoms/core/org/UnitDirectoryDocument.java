package io.github.vncustoms.core.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON form of a unit directory: its era and its units. */
record UnitDirectoryDocument(OrgEra era, List<CustomsUnit> units) {
    @JsonCreator
    UnitDirectoryDocument(@JsonProperty("era") OrgEra era, @JsonProperty("units") List<CustomsUnit> units) {
        this.era = era;
        this.units = units == null ? List.of() : List.copyOf(units);
    }
}
