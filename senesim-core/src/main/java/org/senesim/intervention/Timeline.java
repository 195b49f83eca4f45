package org.senesim.intervention;

import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.TreatmentEvent.CellInjection;
import org.senesim.intervention.TreatmentEvent.Cells;
import org.senesim.intervention.TreatmentEvent.TherapyKind;
import org.senesim.intervention.TreatmentEvent.DeviceSession;
import org.senesim.intervention.TreatmentEvent.ExposureChange;
import org.senesim.intervention.TreatmentEvent.SenolyticDose;
import org.senesim.intervention.TreatmentEvent.SenomorphicCourse;
import org.senesim.intervention.TreatmentEvent.Therapy;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Person;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.Course;
import org.senesim.scenario.Diet;
import org.senesim.scenario.Kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A protocol arm compiled into dated {@link TreatmentEvent}s, days counted from enrolment. It is
 * built once per arm and parameter set and holds no person: the appliers of each fidelity (the
 * lattice patch: {@link ProtocolSchedule}; the organs: {@link OrganApplier}) read it, each for its
 * own person, so one arm serves a whole cohort.
 *
 * <p>Within a day, devices come first (an exosome or fat transfer after a laser sees the open skin),
 * then the steps in protocol order. The numbers a dose carries (a senolytic's course fraction and
 * length) are read from the registry here, once, so the patch and the organs cannot disagree.
 */
public final class Timeline {

    /** Makes the event of one session of a course, for a catalog mechanism. */
    @FunctionalInterface
    interface EventMaker {
        TreatmentEvent make(long day, Course course, ParameterSet p);
    }

    /**
     * The catalog's {@code mechanism:} names and the event each makes; a test checks that this is
     * exactly {@link Catalog#MECHANISMS}. Devices (no mechanism) make a {@link DeviceSession}.
     */
    static final Map<String, EventMaker> MECHANISMS = Map.ofEntries(
            Map.entry("senolytic", Timeline::senolytic),
            Map.entry("senomorphic", (d, c, p) -> new SenomorphicCourse(d, c, p.get(c.entry().parameter("sasp_factor")),
                    c.courseDays())),
            Map.entry("stem-cells", (d, c, p) -> new CellInjection(d, c, Cells.STEM_CELLS)),
            Map.entry("fat-transfer", (d, c, p) -> new CellInjection(d, c, Cells.FAT_TRANSFER)),
            Map.entry("exosomes", (d, c, p) -> new CellInjection(d, c, Cells.EXOSOMES)),
            Map.entry("photobiomodulation", (d, c, p) -> new Therapy(d, c, TherapyKind.PHOTOBIOMODULATION)),
            Map.entry("cryotherapy", (d, c, p) -> new Therapy(d, c, TherapyKind.CRYOTHERAPY)),
            Map.entry("sunscreen", (d, c, p) -> new ExposureChange(d, c,
                    x -> x.withSunscreen(c.number("spf"), c.number("adherence")))),
            Map.entry("smoking", (d, c, p) -> new ExposureChange(d, c, x -> x.withSmoking(c.number("packs_per_day")))),
            Map.entry("alcohol", (d, c, p) -> new ExposureChange(d, c, x -> x.withAlcohol(c.number("drinks_per_week")))),
            Map.entry("diet", (d, c, p) -> new ExposureChange(d, c, x -> x.withDiet(diet(c.word("diet"))))));

    private final String arm;
    private final List<TreatmentEvent> events;
    private final TreeMap<Long, List<TreatmentEvent>> byDay = new TreeMap<>();

    private Timeline(String arm, List<TreatmentEvent> events) {
        this.arm = arm;
        this.events = Collections.unmodifiableList(events);
        for (TreatmentEvent e : events) {
            byDay.computeIfAbsent(e.day(), k -> new ArrayList<>()).add(e);
        }
    }

    /** The events of {@code arm}'s sessions, with the registry numbers of {@code parameters}. */
    public static Timeline of(Arm arm, ParameterSet parameters) {
        record Session(long day, Course course, int order) {
        }
        List<Session> all = new ArrayList<>();
        int order = 0;
        for (Course c : arm.courses()) {
            for (long d : c.sessionDays()) {
                all.add(new Session(d, c, order));
            }
            order++;
        }
        all.sort(Comparator.comparingLong(Session::day)
                .thenComparing(s -> s.course().entry().kind() == Kind.DEVICE ? 0 : 1)
                .thenComparingInt(Session::order));
        List<TreatmentEvent> events = new ArrayList<>();
        for (Session s : all) {
            events.add(event(s.day(), s.course(), parameters));
        }
        return new Timeline(arm.name(), events);
    }

    private static TreatmentEvent event(long day, Course c, ParameterSet p) {
        if (c.entry().kind() == Kind.DEVICE) {
            return new DeviceSession(day, c);
        }
        EventMaker maker = MECHANISMS.get(c.entry().mechanism());
        if (maker == null) {
            throw new IllegalStateException("catalog mechanism '" + c.entry().mechanism() + "' of " + c.entry().id()
                    + " makes no treatment event");
        }
        return maker.make(day, c, p);
    }

    private static SenolyticDose senolytic(long day, Course c, ParameterSet p) {
        double kill = p.get(c.entry().parameter("kill_fraction"));
        double fraction = "topical".equals(c.route()) ? kill * p.get("intervention.senolytic.topical_fraction") : kill;
        return new SenolyticDose(day, c, fraction, c.courseDays());
    }

    private static Diet diet(String word) {
        for (Diet d : Diet.values()) {
            if (d.id().equalsIgnoreCase(word)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown diet " + word);
    }

    /** Name of the arm. */
    public String arm() {
        return arm;
    }

    /** Every event, in the order applied. */
    public List<TreatmentEvent> events() {
        return events;
    }

    /** The events of one day, in the order applied; empty when none. */
    public List<TreatmentEvent> on(long day) {
        List<TreatmentEvent> today = byDay.get(day);
        return today == null ? List.of() : today;
    }

    /** True when the arm does nothing. */
    /**
     * The person's exposures after each day on which a lifestyle change takes effect, starting from
     * {@code start} (their exposures at enrolment): what every skin applier sets on those days.
     */
    public java.util.TreeMap<Long, Person> lifestyleByDay(Person start) {
        java.util.TreeMap<Long, Person> out = new java.util.TreeMap<>();
        Person current = start;
        for (TreatmentEvent e : events) {
            if (e instanceof ExposureChange x) {
                current = x.applyTo(current);
                out.put(e.day(), current);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}
