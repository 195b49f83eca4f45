package org.senesim.validation;

import java.util.List;

/**
 * What one reproduction gave.
 *
 * @param name      reproduction name
 * @param title     its title (from the published-figures file)
 * @param verdicts  one per figure, in file order
 * @param scenarios scenario files it ran, each as {@code file (seed S)}
 * @param seconds   wall time
 */
public record ReproductionResult(String name, String title, List<Verdict> verdicts, List<String> scenarios,
                                 double seconds) {

    public ReproductionResult {
        verdicts = List.copyOf(verdicts);
        scenarios = List.copyOf(scenarios);
    }

    public long passed() {
        return verdicts.stream().filter(Verdict::pass).count();
    }

    public boolean allPass() {
        return passed() == verdicts.size();
    }
}
