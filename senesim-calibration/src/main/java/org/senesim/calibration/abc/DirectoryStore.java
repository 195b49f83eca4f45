package org.senesim.calibration.abc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generations as {@code generation-NNN.json} files in a folder, each written to a temporary file and
 * moved into place atomically, so a run killed mid-write leaves the previous generations intact and
 * no half file. Every file carries the run's fingerprint (settings, parameters, targets); resuming
 * with different settings is refused rather than mixing two calibrations.
 */
public final class DirectoryStore implements GenerationStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final String fingerprint;

    /**
     * @param folder      the run's {@code generations/} folder (created when missing)
     * @param fingerprint what must match to resume: settings, parameter ids, targets
     */
    public DirectoryStore(Path folder, String fingerprint) {
        this.folder = folder;
        this.fingerprint = fingerprint;
    }

    /** Thrown when the stored generations belong to another calibration. */
    public static final class MismatchException extends RuntimeException {
        public MismatchException(String message) {
            super(message);
        }
    }

    @Override
    public List<Generation> load() {
        List<Generation> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        for (int g = 0; ; g++) {
            Path f = file(g);
            if (!Files.exists(f)) {
                break;
            }
            try {
                JsonNode n = JSON.readTree(f.toFile());
                if (!fingerprint.equals(n.path("fingerprint").asText())) {
                    throw new MismatchException(f + " belongs to a calibration with other settings, parameters or"
                            + " targets. Fix: give another --out, or delete that folder to start afresh");
                }
                out.add(read(n));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public void save(Generation g) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", "senesim-abc-generation");
        n.put("version", 1);
        n.put("fingerprint", fingerprint);
        n.put("generation", g.index());
        n.put("epsilon", Double.isInfinite(g.epsilon()) ? "inf" : Double.toString(g.epsilon()));
        n.put("proposed", g.proposed());
        n.put("evaluated", g.evaluated());
        n.put("acceptance", g.acceptance());
        n.put("ess", g.ess());
        ArrayNode ps = n.putArray("particles");
        for (Particle p : g.particles()) {
            ObjectNode o = ps.addObject();
            o.put("weight", p.weight());
            o.put("distance", p.distance());
            ArrayNode u = o.putArray("u");
            for (double v : p.u()) {
                u.add(v);
            }
            ArrayNode y = o.putArray("outputs");
            for (double v : p.outputs()) {
                y.add(v);
            }
        }
        try {
            Files.createDirectories(folder);
            Path tmp = folder.resolve(file(g.index()).getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), n);
            try {
                Files.move(tmp, file(g.index()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(g.index()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generation " + g.index() + " into " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private Path file(int g) {
        return folder.resolve(String.format(Locale.ROOT, "generation-%03d.json", g));
    }

    private static Generation read(JsonNode n) {
        List<Particle> ps = new ArrayList<>();
        for (JsonNode p : n.get("particles")) {
            ps.add(new Particle(doubles(p.get("u")), p.get("weight").asDouble(), p.get("distance").asDouble(),
                    doubles(p.get("outputs"))));
        }
        String eps = n.get("epsilon").asText();
        return new Generation(n.get("generation").asInt(), eps.equals("inf") ? Double.POSITIVE_INFINITY
                : Double.parseDouble(eps), n.get("proposed").asInt(), n.get("evaluated").asInt(), ps);
    }

    private static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            // NaN outputs are written as the text "NaN" by Jackson
            v[i] = a.get(i).isNumber() ? a.get(i).asDouble() : Double.parseDouble(a.get(i).asText());
        }
        return v;
    }
}
