package org.senesim.trial.survival;

import java.util.Arrays;

/** Index sorts on primitive arrays, so large trials are analysed without boxing each person. */
final class Order {

    private Order() {
    }

    /**
     * Indices sorted by stratum, then by time ascending, then events before censorings at the
     * same time (the convention of every survival package: a person censored at t was at risk at t).
     */
    static int[] byStratumTime(int[] stratum, double[] time, boolean[] event) {
        int n = time.length;
        long[] keys = new long[n];
        // Pack stratum, the rank of the time and the event flag into one long and sort primitives.
        double[] sortedTimes = time.clone();
        Arrays.sort(sortedTimes);
        for (int i = 0; i < n; i++) {
            int rank = Arrays.binarySearch(sortedTimes, time[i]);
            while (rank > 0 && sortedTimes[rank - 1] == time[i]) {
                rank--;
            }
            long s = stratum == null ? 0 : stratum[i];
            keys[i] = (s << 42) | ((long) rank << 1) | (event[i] ? 0L : 1L);
        }
        // 21 bits of stratum, 42 of rank, 1 of event.
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        sortIndex(idx, keys);
        return idx;
    }

    /** Sorts {@code idx} by {@code keys[idx]} ascending, stable. */
    static void sortIndex(int[] idx, long[] keys) {
        int n = idx.length;
        // Merge sort on indices keeps it stable and allocation-light.
        int[] tmp = new int[n];
        mergeSort(idx, tmp, keys, 0, n);
    }

    private static void mergeSort(int[] a, int[] tmp, long[] keys, int lo, int hi) {
        if (hi - lo < 24) {
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= lo && keys[a[j]] > keys[v]) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, keys, lo, mid);
        mergeSort(a, tmp, keys, mid, hi);
        if (keys[a[mid - 1]] <= keys[a[mid]]) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && keys[tmp[i]] <= keys[tmp[j]])) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
