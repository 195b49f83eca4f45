package org.senesim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's protocol after checking: either one list of steps (no arms given), or several named
 * arms to compare, optionally with the ages at which to compare them.
 *
 * @param arms        the arms; without arms in the file, one arm named {@code protocol}
 * @param armsGiven   whether the file named its arms
 * @param compareAges ages at which a comparison tabulates differences (empty: the commands choose)
 * @param reference   name of the arm differences are taken against
 * @param replicates  how many seeds a comparison runs (1 = the scenario's seed only)
 * @param written     the {@code protocol:} items as the file gave them, one line of YAML flow style
 *                    each (what the resolved scenario echoes); empty for a protocol built in code
 */
public record Protocol(List<Arm> arms, boolean armsGiven, List<Double> compareAges, String reference, int replicates,
                       List<String> written) {

    /** Most seeds a comparison may ask for. */
    public static final int MAX_REPLICATES = 20;

    /** The empty protocol: no steps, no arms. */
    public static final Protocol NONE = new Protocol(List.of(new Arm(Protocol.SINGLE, "Protocol", List.of())),
            false, List.of(), null, 1);

    /** Name of the single arm of a protocol without arms. */
    public static final String SINGLE = "protocol";

    public Protocol {
        arms = List.copyOf(arms);
        compareAges = List.copyOf(compareAges);
        written = written == null ? List.of() : List.copyOf(written);
    }

    /** A protocol built in code, with no written form. */
    public Protocol(List<Arm> arms, boolean armsGiven, List<Double> compareAges, String reference, int replicates) {
        this(arms, armsGiven, compareAges, reference, replicates, List.of());
    }

    /** The same protocol with its written form. */
    Protocol withWritten(List<String> lines) {
        return new Protocol(arms, armsGiven, compareAges, reference, replicates, lines);
    }

    /** True when the scenario has no protocol at all. */
    public boolean isEmpty() {
        return !armsGiven && arms.stream().allMatch(Arm::isEmpty);
    }

    /** The arm with this name, or null. */
    public Arm arm(String name) {
        for (Arm a : arms) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The arms to compare: the named arms, or for a protocol without arms "no treatment" against
     * the protocol (same person, same seed).
     */
    public List<Arm> comparisonArms() {
        if (armsGiven) {
            return arms;
        }
        List<Arm> out = new ArrayList<>();
        out.add(Arm.noTreatment());
        out.addAll(arms);
        return out;
    }

    /** The reference arm of a comparison: the named one, or the first arm. */
    public String comparisonReference() {
        if (reference != null) {
            return reference;
        }
        return comparisonArms().get(0).name();
    }
}
