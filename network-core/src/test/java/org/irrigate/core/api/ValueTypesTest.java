package org.irrigate.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void penceIsExactAndNeverNegative() {
        assertThat(Pence.ofPounds(275_000).value()).isEqualTo(27_500_000L);
        assertThat(Pence.ofPounds(275_000).formatted()).isEqualTo("£275,000.00");
        assertThat(new Pence(1).plus(new Pence(2))).isEqualTo(new Pence(3));
        assertThatThrownBy(() -> new Pence(-1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Pence(1).minus(new Pence(2))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Pence(Long.MAX_VALUE).plus(new Pence(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void placeCodesFollowTheOnsFormat() {
        assertThat(new PlaceCode("E07000082").level()).isEqualTo(PlaceLevel.DISTRICT);
        assertThat(new PlaceCode("E10000013").level()).isEqualTo(PlaceLevel.COUNTY);
        assertThat(new PlaceCode("E05010974").level()).isEqualTo(PlaceLevel.WARD);
        assertThat(new PlaceCode("E01022204").level()).isEqualTo(PlaceLevel.LSOA);
        for (String bad : new String[] {"E0700008", "E070000821", "W07000082", "E06000082", "e07000082", "", " "}) {
            assertThatThrownBy(() -> new PlaceCode(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> new PlaceCode(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void placeLevelsNest() {
        assertThat(PlaceLevel.LSOA.parent()).isEqualTo(PlaceLevel.WARD);
        assertThat(PlaceLevel.WARD.parent()).isEqualTo(PlaceLevel.DISTRICT);
        assertThat(PlaceLevel.DISTRICT.parent()).isEqualTo(PlaceLevel.COUNTY);
        assertThat(PlaceLevel.COUNTY.parent()).isNull();
    }

    @Test
    void dateRangesCannotRunBackwards() {
        LocalDate day = LocalDate.of(2023, 3, 15);
        DateRange range = new DateRange(day, day.plusDays(10));
        assertThat(range.contains(day)).isTrue();
        assertThat(range.contains(day.plusDays(10))).isTrue();
        assertThat(range.contains(day.plusDays(11))).isFalse();
        assertThat(DateRange.openFrom(day).contains(day.plusYears(5))).isTrue();
        assertThatThrownBy(() -> new DateRange(day, day.minusDays(1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new DateRange(null, day)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void idsAreUuidsAndSayWhichFieldWasWrong() {
        UUID uuid = UUID.randomUUID();
        assertThat(OrganisationId.of(uuid.toString()).value()).isEqualTo(uuid);
        assertThat(OrganisationId.of(uuid.toString()).toString()).isEqualTo(uuid.toString());
        assertThatThrownBy(() -> OrganisationId.of("nope")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("organisationId");
        assertThatThrownBy(() -> PersonId.of("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RoleId(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void personalDetailsNeedANameAndCheckContacts() {
        assertThat(new PersonalDetails(" Helen ", "", null).email()).isNull();
        assertThat(new PersonalDetails(" Helen ", "", null).fullName()).isEqualTo("Helen");
        assertThatThrownBy(() -> new PersonalDetails("", null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PersonalDetails("Helen", "not-an-email", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PersonalDetails("Helen", null, "call me")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void happenedOnCannotBeInTheFuture() {
        assertThat(HappenedOn.orToday(null)).isEqualTo(LocalDate.now());
        assertThatThrownBy(() -> HappenedOn.orToday(LocalDate.now().plusDays(1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
