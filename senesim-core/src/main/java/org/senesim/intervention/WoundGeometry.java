package org.senesim.intervention;

import org.senesim.lattice.Lattice;
import org.senesim.random.CounterRandom;
import org.senesim.scenario.Course;
import org.senesim.scenario.Geometry;
import org.senesim.tissue.Wound;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Turns a device session (catalog geometry plus the session's settings) into voxels of the patch.
 *
 * <p>Depths in device literature are measured from the skin surface; the patch starts under the
 * epidermis, so a voxel at layer z lies {@code epidermis + (z + ½)·h} below the surface. Shapes:
 * <ul>
 *   <li><b>columns</b> (fractional lasers): cylinders of diameter d to depth D, both growing with
 *       pulse energy as power laws fitted to histology ({@code D = D_ref·(E/E_ref)^k}), placed at
 *       random so that they cover the set fraction of the surface per pass. Ablative columns are
 *       emptied (cells and matrix) and wrapped in a coagulated sleeve; non-ablative columns are
 *       coagulated. The basal epidermis over the columns is not replaced here: column devices clear
 *       AKs through their registry AK clearance instead.</li>
 *   <li><b>full-field</b> (resurfacing): every layer down to the ablation depth
 *       {@code rate·(F − threshold)·passes} is removed, a coagulated layer lies under it, and the
 *       whole basal epidermis is replaced when the wound reaches it.</li>
 *   <li><b>needles</b>: thin tracks to the penetration depth (cells killed, matrix left); with
 *       radiofrequency, an ellipsoidal coagulation zone around each tip. Mechanical needles fall at
 *       random; radiofrequency pins form the hand piece's square grid.</li>
 *   <li><b>focal points</b> (micro-focused ultrasound): ellipsoidal coagulation points on a grid at
 *       the focal depth.</li>
 * </ul>
 * A 2D patch is a vertical section: random features are kept when they cross the section plane,
 * with their expected number; grids are cut along one row, as a histologist would cut through a
 * treated line. All positions come from the counter-based generator under the session's key.
 */
public final class WoundGeometry {

    private static final double UM2_PER_CM2 = 1e8;
    private static final double UM_PER_MM = 1000.0;

    /**
     * The voxels of one session and its nominal dose.
     *
     * @param wounds         the wounds to apply, in order (a needle session has tracks and tips)
     * @param footprint      basal-epidermis units replaced (column footprints, or all of them)
     * @param woundedVoxels  every ablated or coagulated voxel (where recruited stem cells arrive)
     * @param doseUm         wounded tissue per unit of skin surface (µm), from the settings alone
     */
    public record Plan(List<Wound> wounds, int[] footprint, int[] woundedVoxels, double doseUm) {
    }

    private WoundGeometry() {
    }

    /**
     * The wound of one session of {@code course} on {@code lattice}.
     *
     * @param epidermisUm    epidermal thickness over the patch, µm
     * @param pulse          growth-factor pulse per wounded voxel (reference-cell units)
     * @param pulseDays      mean life of the growth-factor release, days
     * @param key            counter-random key of this session
     * @param replaceEpidermis whether the wound replaces the basal units of its footprint (false when
     *                       the caller replaces the epidermis its own way)
     */
    public static Plan plan(Course course, Lattice lattice, double epidermisUm, double pulse, double pulseDays, long key,
                            boolean replaceEpidermis) {
        Voxels b = voxels(course, lattice, epidermisUm, key);
        List<Wound> wounds = new ArrayList<>();
        int[] ablated = toArray(b.ablated);
        int[] coagulated = toArray(b.coagulated);
        int[] tracks = toArray(b.tracks);
        if (b.hasMainWound()) {
            wounds.add(new Wound(ablated, coagulated, b.denatured, replaceEpidermis ? toArray(b.footprint) : new int[0],
                    pulse, pulseDays));
        }
        if (b.hasTrackWound()) {
            wounds.add(new Wound(new int[0], tracks, 0.0, new int[0], pulse, pulseDays));
        }
        BitSet all = (BitSet) b.ablated.clone();
        all.or(b.coagulated);
        all.or(b.tracks);
        return new Plan(wounds, toArray(b.footprint), toArray(all), nominalDose(course, epidermisUm));
    }

    /**
     * The voxel sets of one session, before they become {@link Wound}s: what {@link #plan} is made
     * of, for callers that only count voxels ({@link WoundShares} averages a thousand placements
     * and need not build the voxel arrays of each).
     */
    static Voxels voxels(Course course, Lattice lattice, double epidermisUm, long key) {
        Geometry g = course.entry().geometry();
        Voxels b = new Voxels(lattice, epidermisUm, key, g.number("denatured", 0.0));
        switch (g.kind()) {
            case COLUMNS -> columns(course, g, b);
            case FULL_FIELD -> fullField(course, g, b);
            case NEEDLES -> needles(course, g, b);
            case FOCAL_POINTS -> focalPoints(course, g, b);
            case NONE -> { }
        }
        return b;
    }

    /**
     * Wounded tissue per unit of skin surface (µm) that a session's settings produce, from the
     * geometry alone (no patch, no randomness): covered fraction times wound depth for columns,
     * ablation plus coagulation depth for full-field, track and tip volume per area for needles,
     * point volume per area for focal points, 0 for devices that make no wound.
     */
    public static double nominalDose(Course course, double epidermisUm) {
        Geometry g = course.entry().geometry();
        switch (g.kind()) {
            case COLUMNS: {
                Column c = column(course, g);
                return Math.min(1.0, c.coverage) * (c.depth + (g.ablative() ? c.coagulation : 0.0));
            }
            case FULL_FIELD: {
                double[] ff = fullFieldDepths(course, g);
                return ff[0] + ff[1];
            }
            case NEEDLES: {
                Needles n = needles(course, g);
                double perUm2 = n.perCm2 / UM2_PER_CM2;
                double track = Math.min(1.0, perUm2 * Math.PI * n.radius * n.radius) * Math.max(0.0, n.tipDepth);
                double tip = n.tipHeight > 0 ? perUm2 * ellipsoidVolume(n.tipHeight, n.tipWidth) : 0.0;
                return track + tip;
            }
            case FOCAL_POINTS: {
                Focal f = focal(course, g);
                return ellipsoidVolume(f.height, f.width) / (f.spacingUm * f.lineSpacingUm);
            }
            default:
                return 0.0;
        }
    }

    // ---------------------------------------------------------------- columns

    private record Column(double depth, double diameter, double coagulation, double coverage) {
    }

    private static Column column(Course c, Geometry g) {
        double coverage = c.number("coverage") / 100.0 * c.number("passes", 1.0);
        if (g.has("depth_from_setting")) {
            return new Column(c.number("depth"), g.number("diameter"), c.number("coagulation"), coverage);
        }
        double ratio = c.number("energy") / g.number("reference_energy");
        double depth = g.number("depth") * Math.pow(ratio, g.number("depth_exponent"));
        double diameter = g.number("diameter") * Math.pow(ratio, g.number("diameter_exponent"));
        return new Column(depth, diameter, g.number("coagulation", 0.0), coverage);
    }

    private static void columns(Course course, Geometry g, Voxels b) {
        Column c = column(course, g);
        double radius = c.diameter / 2;
        double sleeve = g.ablative() ? c.coagulation : 0.0;
        double outer = radius + sleeve;
        boolean reachesBasal = c.depth + sleeve >= b.epidermis;
        double expected = b.threeD ? c.coverage * b.areaUm2() / (Math.PI * radius * radius)
                : c.coverage * b.lengthX / c.diameter;
        int n = b.count(expected, 0);
        for (int k = 0; k < n; k++) {
            double cx = b.uniform(k, 1) * b.lengthX;
            double cy = b.threeD ? b.uniform(k, 2) * b.lengthY : b.h / 2;
            b.forLateral(cx, cy, outer, (x, y, rho) -> {
                if (reachesBasal && rho <= outer) {
                    b.footprint.set(b.lattice.index(x, y, 0));
                }
                for (int z = 0; z < b.lattice.nz(); z++) {
                    double depth = b.depthFromSurface(z);
                    int v = b.lattice.index(x, y, z);
                    if (g.ablative() && rho <= radius && depth <= c.depth) {
                        b.ablated.set(v);
                        b.coagulated.clear(v);
                    } else if (rho <= outer && depth <= c.depth + sleeve && !b.ablated.get(v)) {
                        b.coagulated.set(v);
                    } else if (depth > c.depth + sleeve) {
                        break;
                    }
                }
            });
        }
    }

    // ---------------------------------------------------------------- full field

    /** Ablation depth and coagulation thickness from the surface, µm. */
    private static double[] fullFieldDepths(Course c, Geometry g) {
        double ablation = g.number("ablation_rate") * Math.max(0.0, c.number("fluence") - g.number("threshold"))
                * c.number("passes", 1.0);
        return new double[] {ablation, g.number("coagulation")};
    }

    private static void fullField(Course course, Geometry g, Voxels b) {
        double[] d = fullFieldDepths(course, g);
        Lattice lat = b.lattice;
        boolean reachesBasal = d[0] + d[1] >= b.epidermis;
        for (int z = 0; z < lat.nz(); z++) {
            double depth = b.depthFromSurface(z);
            if (depth > d[0] + d[1]) {
                break;
            }
            int from = z * lat.layerSize();
            if (depth <= d[0]) {
                b.ablated.set(from, from + lat.layerSize());
            } else {
                b.coagulated.set(from, from + lat.layerSize());
            }
        }
        if (reachesBasal) {
            b.footprint.set(0, lat.layerSize());
        }
    }

    // ---------------------------------------------------------------- needles

    private record Needles(double perCm2, double radius, double tipDepth, double tipHeight, double tipWidth, boolean grid) {
    }

    private static Needles needles(Course c, Geometry g) {
        double radius = g.number("needle_diameter") / 2;
        double penetration = g.number("penetration");
        boolean rf = g.has("tip_height");
        double length = rf ? c.number("depth") : c.number("needle_length");
        double density = (rf ? c.number("pin_density") : c.number("punctures")) * c.number("passes", 1.0);
        double tipDepth = length * UM_PER_MM * penetration;
        if (!rf) {
            return new Needles(density, radius, tipDepth, 0, 0, false);
        }
        double scale = Math.pow(c.number("level") / g.number("reference_level"), g.number("tip_exponent"));
        return new Needles(density, radius, tipDepth, g.number("tip_height") * scale, g.number("tip_width") * scale, true);
    }

    private static void needles(Course course, Geometry g, Voxels b) {
        Needles n = needles(course, g);
        int passes = (int) Math.round(course.number("passes", 1.0));
        List<double[]> sites = new ArrayList<>();
        if (n.grid) {
            double spacing = 1e4 / Math.sqrt(n.perCm2 / passes);
            for (int p = 0; p < passes; p++) {
                sites.addAll(b.grid(spacing, spacing, p));
            }
        } else {
            double reach = Math.max(n.radius, b.h / 2);
            double expected = b.threeD ? n.perCm2 / UM2_PER_CM2 * b.areaUm2()
                    : n.perCm2 / UM2_PER_CM2 * b.lengthX * 2 * reach;
            int count = b.count(expected, 0);
            for (int k = 0; k < count; k++) {
                sites.add(new double[] {b.uniform(k, 1) * b.lengthX, b.threeD ? b.uniform(k, 2) * b.lengthY : b.h / 2});
            }
        }
        double tipCentre = n.tipDepth - n.tipHeight / 2;
        double outer = Math.max(n.radius, n.tipWidth / 2);
        for (double[] s : sites) {
            b.forLateral(s[0], s[1], outer, (x, y, rho) -> {
                for (int z = 0; z < b.lattice.nz(); z++) {
                    double depth = b.depthFromSurface(z);
                    int v = b.lattice.index(x, y, z);
                    if (n.tipHeight > 0 && inEllipsoid(rho, depth - tipCentre, n.tipWidth, n.tipHeight)) {
                        b.coagulated.set(v);
                        b.tracks.clear(v);
                    } else if (rho <= Math.max(n.radius, b.h / 2) && depth <= n.tipDepth && !b.coagulated.get(v)) {
                        b.tracks.set(v);
                    } else if (depth > n.tipDepth + n.tipHeight) {
                        break;
                    }
                }
            });
        }
    }

    // ---------------------------------------------------------------- focal points

    private record Focal(double depthUm, double height, double width, double spacingUm, double lineSpacingUm) {
    }

    private static Focal focal(Course c, Geometry g) {
        double scale = Math.pow(c.number("energy") / g.number("reference_energy"), g.number("size_exponent"));
        return new Focal(c.number("focal_depth") * UM_PER_MM, g.number("height") * scale, g.number("width") * scale,
                c.number("spacing") * UM_PER_MM, c.number("line_spacing") * UM_PER_MM);
    }

    private static void focalPoints(Course course, Geometry g, Voxels b) {
        Focal f = focal(course, g);
        for (double[] s : b.grid(f.spacingUm, f.lineSpacingUm, 0)) {
            b.forLateral(s[0], s[1], f.width / 2, (x, y, rho) -> {
                for (int z = 0; z < b.lattice.nz(); z++) {
                    double dz = b.depthFromSurface(z) - f.depthUm;
                    if (inEllipsoid(rho, dz, f.width, f.height)) {
                        b.coagulated.set(b.lattice.index(x, y, z));
                    }
                }
            });
        }
    }

    // ---------------------------------------------------------------- helpers

    private static boolean inEllipsoid(double rho, double dz, double width, double height) {
        double a = rho / (width / 2);
        double c = dz / (height / 2);
        return a * a + c * c <= 1.0;
    }

    private static double ellipsoidVolume(double height, double width) {
        return 4.0 / 3.0 * Math.PI * (height / 2) * (width / 2) * (width / 2);
    }

    private static int[] toArray(BitSet set) {
        return set.stream().toArray();
    }

    @FunctionalInterface
    private interface LateralVisitor {
        void visit(int x, int y, double rho);
    }

    /** Voxel sets of one session (under construction, then read) plus the lattice arithmetic. */
    static final class Voxels {
        final Lattice lattice;
        final double h;
        final double epidermis;
        final long key;
        final boolean threeD;
        final double lengthX;
        final double lengthY;
        final BitSet ablated = new BitSet();
        final BitSet coagulated = new BitSet();
        final BitSet tracks = new BitSet();
        final BitSet footprint = new BitSet();
        /** The catalog's denatured fraction of the main wound's matrix. */
        final double denatured;

        Voxels(Lattice lattice, double epidermis, long key, double denatured) {
            this.lattice = lattice;
            this.denatured = denatured;
            this.h = lattice.voxelUm();
            this.epidermis = epidermis;
            this.key = key;
            this.threeD = lattice.threeD();
            this.lengthX = lattice.nx() * h;
            this.lengthY = lattice.ny() * h;
        }

        /** Whether the session has its main wound: anything ablated or coagulated, or a footprint. */
        boolean hasMainWound() {
            return !ablated.isEmpty() || !coagulated.isEmpty() || !footprint.isEmpty();
        }

        /** Whether the session has a second wound of needle tracks. */
        boolean hasTrackWound() {
            return !tracks.isEmpty();
        }

        double areaUm2() {
            return lengthX * lengthY;
        }

        double depthFromSurface(int z) {
            return epidermis + (z + 0.5) * h;
        }

        double uniform(long entity, int draw) {
            return CounterRandom.uniform(key, entity, draw);
        }

        /** The whole part of an expected count plus one more with the fractional part's probability. */
        int count(double expected, long entity) {
            double whole = Math.floor(expected);
            return (int) whole + (CounterRandom.uniform(key, -1 - entity, 0) < expected - whole ? 1 : 0);
        }

        /** Sites of a square or rectangular grid with a random offset (one row in 2D). */
        List<double[]> grid(double sx, double sy, int pass) {
            List<double[]> sites = new ArrayList<>();
            double ox = CounterRandom.uniform(key, -100 - pass, 1) * sx;
            double oy = CounterRandom.uniform(key, -100 - pass, 2) * sy;
            for (double x = ox; x < lengthX; x += sx) {
                if (threeD) {
                    for (double y = oy; y < lengthY; y += sy) {
                        sites.add(new double[] {x, y});
                    }
                } else {
                    sites.add(new double[] {x, h / 2});
                }
            }
            return sites;
        }

        /**
         * Visits every lattice column (x, y) whose centre lies within {@code radius} of the point
         * (cx, cy), with periodic lateral boundaries, plus the column holding the point itself.
         */
        void forLateral(double cx, double cy, double radius, LateralVisitor visitor) {
            int nx = lattice.nx();
            int ny = lattice.ny();
            int x0 = (int) Math.floor((cx - radius) / h);
            int x1 = (int) Math.floor((cx + radius) / h);
            int y0 = threeD ? (int) Math.floor((cy - radius) / h) : 0;
            int y1 = threeD ? (int) Math.floor((cy + radius) / h) : 0;
            int hx = Math.floorMod((int) Math.floor(cx / h), nx);
            int hy = threeD ? Math.floorMod((int) Math.floor(cy / h), ny) : 0;
            if (x1 - x0 + 1 > nx) {
                x0 = 0;
                x1 = nx - 1;
            }
            if (y1 - y0 + 1 > ny) {
                y0 = 0;
                y1 = ny - 1;
            }
            for (int yi = y0; yi <= y1; yi++) {
                int y = Math.floorMod(yi, ny);
                double dy = threeD ? periodic((y + 0.5) * h - cy, lengthY) : 0.0;
                for (int xi = x0; xi <= x1; xi++) {
                    int x = Math.floorMod(xi, nx);
                    double dx = periodic((x + 0.5) * h - cx, lengthX);
                    double rho = Math.sqrt(dx * dx + dy * dy);
                    boolean home = x == hx && y == hy;
                    if (rho <= radius || home) {
                        visitor.visit(x, y, home ? Math.min(rho, radius) : rho);
                    }
                }
            }
        }

        private static double periodic(double d, double length) {
            double a = Math.abs(d) % length;
            return Math.min(a, length - a);
        }
    }
}
