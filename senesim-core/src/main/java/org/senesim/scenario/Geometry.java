package org.senesim.scenario;

import java.util.Map;

/**
 * How a device's settings map to a wound on the patch: the kind of wound and its constants from
 * device literature (depth at a reference energy and how it scales, column diameter, coagulation
 * margin, ...). {@link WoundGeometry} turns it into voxels.
 *
 * @param kind      columns, full-field, needles, focal-points or none
 * @param ablative  whether the core of a column is vaporised (cells and matrix removed)
 * @param numbers   the named constants of the kind (um, mJ, J/cm2, exponents)
 * @param source    where the constants come from
 */
public record Geometry(Kind kind, boolean ablative, Map<String, Double> numbers, String source) {

    /** The wound shapes a device can make. */
    public enum Kind {
        COLUMNS("columns"),
        FULL_FIELD("full-field"),
        NEEDLES("needles"),
        FOCAL_POINTS("focal-points"),
        NONE("none");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            return null;
        }
    }

    public static final Geometry NONE = new Geometry(Kind.NONE, false, Map.of(), "");

    public Geometry {
        numbers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(numbers));
    }

    /** A constant that the loader guarantees is present. */
    public double number(String name) {
        Double v = numbers.get(name);
        if (v == null) {
            throw new IllegalStateException("geometry " + kind.id() + " has no '" + name + "'");
        }
        return v;
    }

    /** A constant, or {@code fallback} when absent. */
    public double number(String name, double fallback) {
        Double v = numbers.get(name);
        return v == null ? fallback : v;
    }

    public boolean has(String name) {
        return numbers.containsKey(name);
    }

    /** True when the device wounds the tissue (anything but {@link Kind#NONE}). */
    public boolean wounds() {
        return kind != Kind.NONE;
    }
}
