package org.senesim.planner.search;

/**
 * One decision variable of a search: a name a person can read and its closed range. Integer and
 * categorical choices are encoded as reals and rounded by the problem that reads them, so every
 * variable evolves under the same real-coded operators.
 */
public record Decision(String name, double lower, double upper) {

    public Decision {
        if (!(lower <= upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("decision " + name + ": range [" + lower + ", " + upper + "] is empty");
        }
    }
}
