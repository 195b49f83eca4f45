package org.senesim.calibration.space;

import org.senesim.evidence.Distribution;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters a design varies, in a fixed order, each a {@link Dimension} of the unit cube.
 *
 * @param dimensions the varied parameters
 */
public record ParameterSpace(List<Dimension> dimensions) {

    public ParameterSpace {
        dimensions = List.copyOf(dimensions);
        Set<String> ids = new LinkedHashSet<>();
        for (Dimension d : dimensions) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("parameter '" + d.id() + "' is listed twice");
            }
        }
    }

    /**
     * The registry parameters selected by {@code selectors}, in registry order: each selector is an
     * exact id, or a prefix ending in {@code .*} or {@code *} ({@code organism.sasp.*}). Parameters
     * without a range cannot vary and are left out of a prefix (named exactly, they are an error);
     * parameters whose registry distribution is {@code fixed} are left out of a prefix too.
     *
     * @throws IllegalArgumentException naming the selector that matched nothing or a parameter that cannot vary
     */
    public static ParameterSpace select(ParameterRegistry registry, List<String> selectors) {
        Map<String, Parameter> chosen = new LinkedHashMap<>();
        for (String s : selectors) {
            String sel = s.strip();
            int before = chosen.size();
            if (sel.endsWith("*")) {
                String prefix = sel.substring(0, sel.length() - 1);
                for (Parameter p : registry.all()) {
                    // a prefix takes the uncertain parameters only: a 'fixed' one (a calibrated
                    // normalisation, a modelling switch) varies only when named exactly
                    if (p.id().startsWith(prefix) && p.max() > p.min() && p.distribution() != Distribution.FIXED) {
                        chosen.putIfAbsent(p.id(), p);
                    }
                }
                if (chosen.size() == before && registry.all().stream().noneMatch(p -> p.id().startsWith(prefix))) {
                    throw new IllegalArgumentException("no registry parameter starts with '" + prefix
                            + "'. Fix: list ids with 'senesim params --grep WORD'");
                }
            } else {
                if (!registry.contains(sel)) {
                    throw new IllegalArgumentException("no parameter '" + sel
                            + "' in the registry. Fix: list ids with 'senesim params --grep WORD'");
                }
                Parameter p = registry.get(sel);
                if (!(p.max() > p.min())) {
                    throw new IllegalArgumentException("parameter '" + sel + "' has no plausible range to vary over"
                            + " (min = max = " + p.defaultValue() + "). Fix: leave it out");
                }
                chosen.putIfAbsent(p.id(), p);
            }
        }
        List<Dimension> dims = new ArrayList<>();
        for (Parameter p : registry.all()) {
            if (chosen.containsKey(p.id())) {
                dims.add(Dimension.of(chosen.get(p.id())));
            }
        }
        return new ParameterSpace(dims);
    }

    public int size() {
        return dimensions.size();
    }

    public Dimension get(int i) {
        return dimensions.get(i);
    }

    public List<String> ids() {
        return dimensions.stream().map(Dimension::id).toList();
    }

    /** Values of a unit-cube point, in dimension order. */
    public double[] values(double[] u) {
        double[] v = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            v[i] = dimensions.get(i).value(u[i]);
        }
        return v;
    }

    /** The point as registry overrides (id to value). */
    public Map<String, Double> overrides(double[] u) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < u.length; i++) {
            m.put(dimensions.get(i).id(), dimensions.get(i).value(u[i]));
        }
        return m;
    }

    /** Whether any dimension is not uniform in its value (so a unit-cube step is not a fixed value step). */
    public boolean nonUniform() {
        return dimensions.stream().anyMatch(d -> d.distribution() != Distribution.UNIFORM);
    }
}
