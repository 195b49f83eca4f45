package org.senesim.intervention;

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
 */
public record Protocol(List<Arm> arms, boolean armsGiven, List<Double> compareAges, String reference, int replicates) {

    /** Name of the single arm of a protocol without arms. */
    public static final String SINGLE = "protocol";

    public Protocol {
        arms = List.copyOf(arms);
        compareAges = List.copyOf(compareAges);
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
