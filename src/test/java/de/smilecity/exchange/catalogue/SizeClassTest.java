package de.smilecity.exchange.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeClassTest {

    @ParameterizedTest
    @CsvSource({
        "CITY, 209191, LARGE_CITY",
        "CITY, 100000, LARGE_CITY",
        "CITY, 99999, MEDIUM_TOWN",
        "CITY, 20000, MEDIUM_TOWN",
        "CITY, 19999, SMALL_TOWN",
        "CITY, 5000, SMALL_TOWN",
        "CITY, 4999, RURAL_MUNICIPALITY",
        "COUNTY, 73000, COUNTY",
        "INTER_MUNICIPAL, 250000, ALLIANCE",
        "NETWORK, 10, ALLIANCE"
    })
    void derivesTheClassFromKindAndPopulation(OrganisationKind kind, int population, SizeClass expected) {
        assertThat(SizeClass.of(kind, population)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"CITY, UNKNOWN", "COUNTY, COUNTY"})
    void copesWithAnUnknownPopulation(OrganisationKind kind, SizeClass expected) {
        assertThat(SizeClass.of(kind, null)).isEqualTo(expected);
    }
}
