package org.senesim.intervention;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.TreatmentEvent.DeviceSession;
import org.senesim.intervention.TreatmentEvent.ExposureChange;
import org.senesim.intervention.TreatmentEvent.SenolyticDose;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.Person;
import org.senesim.scenario.Scenario;
import org.senesim.systemic.Organ;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A protocol compiled to dated events: every catalog mechanism, one route per dose, days from enrolment. */
class TimelineTest {

    private static final String HEAD = """
            name: t
            duration: 10 years
            person: {age: 60 years}
            tissue: {dimension: 2D, size: [1 mm, 1.2 mm], voxel: 20 um}
            """;

    @Test
    void everyCatalogMechanismMakesAnEvent() {
        assertThat(Timeline.MECHANISMS.keySet()).isEqualTo(Catalog.MECHANISMS);
    }

    @Test
    void aDoseReachesPatchAndOrgansWithTheSameNumbers() {
        Scenario s = InterventionTestSupport.scenario(HEAD + """
                protocol:
                  - arm: oral
                    steps: [{drug: dasatinib-quercetin, route: oral, start: 61 years, sessions: 2, interval: 4 weeks}]
                  - arm: topical
                    steps: [{drug: dasatinib-quercetin, route: topical, start: 61 years}]
                """);
        ParameterSet p = InterventionTestSupport.defaults();
        Timeline oral = Timeline.of(s.protocol().arm("oral"), p);
        assertThat(oral.events()).hasSize(2).allMatch(e -> e instanceof SenolyticDose);
        SenolyticDose dose = (SenolyticDose) oral.events().get(0);
        assertThat(dose.day()).isEqualTo(365L);
        OrganApplier organs = new OrganApplier(oral, p, s.person());
        // the rest of the body's share of a day is its own course fraction turned into a daily one
        // (combined with nothing else that day: 1 - (1 - 0)(1 - kill))
        SystemicDay first = organs.on(dose.day());
        assertThat(first.senolyticKillFraction(Organ.REST))
                .isEqualTo(1.0 - (1.0 - SenolyticReach.dailyKill(p.get("intervention.dq.kill_fraction.human.rest"), dose.days())));
        assertThat(first.senolyticKillFraction(Organ.REST)).isGreaterThan(0.0);
        // D+Q reaches organs unequally (SenolyticReach): in people the registry spares liver,
        // muscle and brain, and the skin and the rest of the body take their own figures
        assertThat(first.senolyticKillFraction(Organ.BRAIN)).isZero();
        assertThat(first.senolyticKillFraction(Organ.LIVER)).isZero();
        assertThat(first.senolyticKillFraction(Organ.MUSCLE)).isZero();
        assertThat(1 - Math.pow(1 - first.senolyticKillFraction(Organ.SKIN), dose.days()))
                .isCloseTo(p.get("intervention.dq.kill_fraction.human.skin"), within(1e-9));
        assertThat(organs.on(dose.day() - 1).isNeutral()).isTrue();

        Timeline topical = Timeline.of(s.protocol().arm("topical"), p);
        SenolyticDose onSkin = (SenolyticDose) topical.events().get(0);
        assertThat(onSkin.fraction()).isLessThan(dose.fraction());
        assertThat(new OrganApplier(topical, p, s.person()).on(onSkin.day()).isNeutral()).isTrue();
    }

    @Test
    void daysCountFromEnrolmentSoOneArmServesPeopleOfAnyAge() {
        Scenario s = InterventionTestSupport.scenario(HEAD + """
                protocol:
                  - {device: thulium-1927, start: 62 years, sessions: 3, interval: 4 weeks}
                  - {lifestyle: sunscreen, start: 61 years, settings: {spf: 30, adherence: 0.8}}
                """);
        ParameterSet p = InterventionTestSupport.defaults();
        Arm arm = s.protocol().arms().get(0);
        Timeline timeline = Timeline.of(arm, p);
        assertThat(timeline.events()).extracting(TreatmentEvent::day).containsExactly(365L, 731L, 759L, 787L);
        assertThat(timeline.on(731)).singleElement().isInstanceOf(DeviceSession.class);
        // two people enrolled at different ages: the same events on the same days after enrolment,
        // each applied to that person's own exposures
        Person young = s.person().withAgeYears(30).withSunscreen(0, 0).withSmoking(1);
        Person old = s.person().withAgeYears(70);
        for (Person who : List.of(young, old)) {
            OrganApplier organs = new OrganApplier(timeline, p, who);
            Person after = organs.on(365).lifestyle();
            assertThat(after.ageYears()).isEqualTo(who.ageYears());
            assertThat(after.sunscreenSpf()).isEqualTo(30.0);
            assertThat(after.smokingPacksPerDay()).isEqualTo(who.smokingPacksPerDay());
            assertThat(organs.on(366).lifestyle()).isNull();
        }
        assertThat(((ExposureChange) timeline.on(365).get(0)).applyTo(young).sunscreenAdherence()).isEqualTo(0.8);
    }
}
