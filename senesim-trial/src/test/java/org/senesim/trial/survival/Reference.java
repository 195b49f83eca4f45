package org.senesim.trial.survival;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the committed datasets and R's answers (written by survival-reference.R beside them). */
final class Reference {

    private Reference() {
    }

    /** A CSV as columns of numbers, by header name. */
    static Map<String, double[]> csv(String name) {
        List<String> lines = lines(name);
        String[] header = lines.get(0).replace("\"", "").split(",");
        Map<String, double[]> cols = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            double[] col = new double[lines.size() - 1];
            for (int r = 1; r < lines.size(); r++) {
                col[r - 1] = Double.parseDouble(lines.get(r).split(",")[c]);
            }
            cols.put(header[c], col);
        }
        return cols;
    }

    static Map<String, double[]> answers() {
        Map<String, double[]> out = new HashMap<>();
        for (String line : lines("r-answers.txt")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] kv = line.split("\t");
            String[] parts = kv[1].trim().split(" ");
            double[] v = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = parts[i].equals("NA") ? Double.NaN : Double.parseDouble(parts[i]);
            }
            out.put(kv[0], v);
        }
        return out;
    }

    static boolean[] events(double[] e) {
        boolean[] b = new boolean[e.length];
        for (int i = 0; i < e.length; i++) {
            b[i] = e[i] != 0.0;
        }
        return b;
    }

    static int[] ints(double[] v) {
        int[] r = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (int) v[i];
        }
        return r;
    }

    static double[] doubles(int[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i];
        }
        return r;
    }

    private static List<String> lines(String name) {
        try (InputStream in = Reference.class.getResourceAsStream(name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                out.add(l);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
