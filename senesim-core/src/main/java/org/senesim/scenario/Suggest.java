package org.senesim.scenario;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for misspelt keys, values and parameter ids. */
public final class Suggest {

    private Suggest() {
    }

    /**
     * The candidate closest to {@code typed}, or null when none is close: a small edit distance
     * (about a third of the word), one being a prefix of the other, or a candidate that ends with the
     * typed text after a dot (a registry id written without its area prefix), or, failing all that, a
     * candidate that contains the typed text.
     */
    public static String closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT).strip();
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            int score;
            if (lc.equals(t)) {
                score = 0;
            } else if (lc.endsWith("." + t) || (t.length() >= 3 && (lc.startsWith(t) || t.startsWith(lc)))) {
                score = 1 + Math.abs(lc.length() - t.length()) / 4;
            } else {
                int d = distance(t, lc);
                int limit = Math.max(1, Math.max(t.length(), lc.length()) / 3);
                if (d <= limit) {
                    score = d;
                } else if (t.length() >= 3 && lc.contains(t)) {
                    // e.g. "co2" for "co2-fractional"
                    score = 2 + (lc.length() - t.length()) / 4;
                } else {
                    continue;
                }
            }
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** {@code ", did you mean 'x'?"} or the empty string. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        String c = closest(typed, candidates);
        return c == null ? "" : ", did you mean '" + c + "'?";
    }

    /** Levenshtein distance, with a transposition of neighbours counted as one edit. */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
