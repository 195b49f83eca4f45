package org.senesim.web;

import org.senesim.run.ArmsDesign;
import org.senesim.run.RunSpec;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Protocol;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Species;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The job queue: at most {@link Limits#maxConcurrent()} jobs run and {@link Limits#maxQueued()}
 * wait; one more is refused ({@link Full}, answered 429). Finished jobs stay for their pages until
 * {@link Limits#keptJobs()} newer ones have finished. Jobs are found by opaque random ids only.
 */
public final class Jobs implements AutoCloseable {

    /** The queue is full. */
    public static final class Full extends Exception {
        Full(String message) {
            super(message, null, false, false);
        }
    }

    /** The scenario is valid but not something this server runs (too large, a mouse with a protocol). */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final Limits limits;
    private final int threadsPerJob;
    private final ExecutorService pool;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    public Jobs(Limits limits, int threads) {
        this.limits = limits;
        this.threadsPerJob = Math.max(1, threads / limits.maxConcurrent());
        this.pool = new ThreadPoolExecutor(limits.maxConcurrent(), limits.maxConcurrent(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "senesim-web-job");
                    t.setDaemon(true);
                    return t;
                });
    }

    public Limits limits() {
        return limits;
    }

    /**
     * The design a scenario runs as, as {@code senesim run} decides: a protocol with arms is a
     * comparison (its arms × its replicate seeds), anything else one run of its single arm.
     */
    public static ArmsDesign design(Scenario s) {
        Protocol p = s.protocol();
        List<Arm> arms = p.armsGiven() ? p.comparisonArms() : List.of(p.arms().get(0));
        return new ArmsDesign(s, arms, s.parameterSet(), p.armsGiven() ? p.replicates() : 1);
    }

    /** Voxels × simulated days summed over the design's runs (a mouse's organism counts as one voxel). */
    public static long voxelDays(ArmsDesign design) {
        long sum = 0;
        for (RunSpec spec : design.specs()) {
            long voxels = spec.person().species() == Species.HUMAN ? spec.tissue().voxelCount() : 1;
            sum = Math.addExact(sum, Math.multiplyExact(voxels, Math.max(1, spec.days())));
        }
        return sum;
    }

    /** Queues a scenario the loader accepted. */
    public Job submit(Scenario scenario, String text) throws Full, Refused {
        if (scenario.person().species() != Species.HUMAN && !scenario.protocol().isEmpty()) {
            throw new Refused("protocol: a mouse scenario runs the organism model alone (the skin patch is calibrated "
                    + "for human skin), so a protocol has nothing to act on. Fix: remove 'protocol'.");
        }
        ArmsDesign design = design(scenario);
        long size;
        try {
            size = voxelDays(design);
        } catch (ArithmeticException e) {
            size = Long.MAX_VALUE;
        }
        if (size > limits.maxVoxelDays()) {
            throw new Refused(String.format(java.util.Locale.ROOT, "this scenario is %.3g voxel-days (voxels × days over "
                    + "%d runs), more than this server's limit of %.3g. Fix: a smaller patch, fewer years or seeds, or "
                    + "start the server with a larger --max-voxel-days.", (double) size, design.specs().size(),
                    (double) limits.maxVoxelDays()));
        }
        Job job;
        synchronized (this) {
            int active = 0;
            for (Job j : jobs.values()) {
                if (!j.state().finished()) {
                    active++;
                }
            }
            if (active >= limits.maxConcurrent() + limits.maxQueued()) {
                throw new Full("the server is busy: " + active + " jobs running or waiting (at most "
                        + limits.maxConcurrent() + " running and " + limits.maxQueued() + " waiting). Try again when one "
                        + "has finished.");
            }
            byte[] b = new byte[16];
            random.nextBytes(b);
            job = new Job(HexFormat.of().formatHex(b), scenario, text, design, size);
            jobs.put(job.id(), job);
            forgetOld();
        }
        pool.execute(() -> job.run(threadsPerJob, limits.maxSeconds()));
        return job;
    }

    /** The job of an id, or null for an id that is not one of ours (never read as a path). */
    public synchronized Job get(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return null;
        }
        return jobs.get(id);
    }

    /** Jobs, newest first. */
    public synchronized List<Job> recent() {
        List<Job> out = new ArrayList<>(jobs.values());
        java.util.Collections.reverse(out);
        return out;
    }

    /** Jobs running or waiting. */
    public synchronized int active() {
        return (int) jobs.values().stream().filter(j -> !j.state().finished()).count();
    }

    /** Drops the oldest finished jobs beyond the number kept. */
    private void forgetOld() {
        long finished = jobs.values().stream().filter(j -> j.state().finished()).count();
        Iterator<Job> it = jobs.values().iterator();
        while (finished > limits.keptJobs() && it.hasNext()) {
            if (it.next().state().finished()) {
                it.remove();
                finished--;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            jobs.values().forEach(Job::cancel);
        }
        pool.shutdownNow();
    }
}
