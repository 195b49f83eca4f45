package org.senesim.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.senesim.scenario.Suggest;
import org.senesim.validation.organism.Franco2025;
import org.senesim.validation.organism.Karin2019;
import org.senesim.validation.organism.LifeTableUk;
import org.senesim.validation.organism.Mitnitski2002;
import org.senesim.validation.organism.Xu2018;
import org.senesim.validation.tissue.Benson2023;
import org.senesim.validation.tissue.DermalThicknessByAge;
import org.senesim.validation.tissue.DeviceReview;
import org.senesim.validation.tissue.Herbig2006;
import org.senesim.validation.tissue.KeratinocyteCancer;
import org.senesim.validation.tissue.NambourSunscreen;
import org.senesim.validation.tissue.SpandauChenFractionalLaser;
import org.senesim.validation.tissue.Thompson1993;
import org.senesim.validation.tissue.VaraniVerzijlCollagen;

/**
 * Every reproduction {@code senesim reproduce} knows, by name, in the order {@code --all} runs and
 * {@code docs/validation.md} lists them. A new reproduction is one line in {@link #ALL}.
 */
public final class Reproductions {

    private static final List<Reproduction> ALL = List.of(
            // organism model (package organism)
            new Karin2019(),
            new Xu2018(),
            new Franco2025(),
            new LifeTableUk(),
            new Mitnitski2002(),
            // tissue model (package tissue)
            new Herbig2006(),
            new VaraniVerzijlCollagen(),
            new DermalThicknessByAge(),
            new SpandauChenFractionalLaser(),
            new DeviceReview(),
            new KeratinocyteCancer(),
            new NambourSunscreen(),
            new Benson2023(),
            new Thompson1993()
    );

    private static final Map<String, Reproduction> BY_NAME = index(ALL);

    private Reproductions() {
    }

    /** All reproductions, in run order. */
    public static List<Reproduction> all() {
        return ALL;
    }

    /** Names of all reproductions, in run order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * The reproduction called {@code name}.
     *
     * @throws IllegalArgumentException with a one-line message listing the names and a did-you-mean
     */
    public static Reproduction byName(String name) {
        Reproduction r = BY_NAME.get(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown reproduction '" + name + "'"
                    + Suggest.didYouMean(name, BY_NAME.keySet())
                    + " Known: " + String.join(", ", BY_NAME.keySet())
                    + " (senesim reproduce --list)");
        }
        return r;
    }

    private static Map<String, Reproduction> index(List<Reproduction> all) {
        Map<String, Reproduction> map = new LinkedHashMap<>();
        for (Reproduction r : all) {
            if (map.put(r.name(), r) != null) {
                throw new IllegalStateException("two reproductions are called " + r.name());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
