package org.senesim.validation.tissue;

import org.senesim.engine.RunResult;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Scenario;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Absolute incidence of actinic keratoses and keratinocyte carcinoma against population surveys, at a
 * subtropical latitude (Nambour, Queensland) and a northern one (Merseyside, England).
 *
 * <p>The model counts lesions per 100 cm² of sun-exposed skin; a survey counts them per person. A
 * person's count is the model's times {@code epidermis.site.exposed_area}/100 cm² (AKs are counted on
 * those sites), and a person's carcinoma incidence that divided by {@code epidermis.site.exposed_share}
 * (the carcinomas that arise elsewhere). Prevalence from a mean count assumes Poisson counts, which
 * overstates prevalence for the skewed counts surveys find (Frost 2000: 12 % of people held 65 % of
 * the AKs). Incidence over an age band is the cumulative count's rise over the band divided by its
 * years, the mean of the age-specific rates with equal weight per year of age.
 */
public final class KeratinocyteCancer implements Reproduction {

    static final String NAMBOUR = "keratinocyte-cancer-nambour.yaml";
    static final String MERSEYSIDE = "keratinocyte-cancer-merseyside.yaml";
    static final int SEEDS = 2;
    /** Frost 2000's random sample of the Nambour cohort (aged 20-69 in 1986), examined in 1994-95. */
    static final double[] FROST_AGES = {28, 77};
    /** Green & Battistutta 1990: incidence in adults aged 20-69. */
    static final double[] GREEN_AGES = {20, 70};
    /** Progression per AK-year read around 70, the age of most AK patients in the progression studies. */
    static final double[] PROGRESSION_AGES = {65, 75};
    /** Memon 2000: people aged 70 and above (70-86). */
    static final double[] MEMON_AGES = {70, 80};
    private static final double PER_100K = 1e5;
    private static final double EDGE = 0.05;

    @Override
    public String name() {
        return "keratinocyte-cancer";
    }

    @Override
    public String title() {
        return "Actinic keratoses and keratinocyte carcinoma by age and latitude: Nambour (Frost 2000, Green 1990) and Merseyside (Memon 2000)";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Scenario nambour = context.scenario(NAMBOUR);
        Scenario merseyside = context.scenario(MERSEYSIDE);
        ParameterSet p = context.parameters(nambour);
        List<RunResult> n = TissueRuns.seeds(context, nambour, SEEDS, "Nambour, 20 to 80");
        List<RunResult> m = TissueRuns.seeds(context, merseyside, SEEDS, "Merseyside, 20 to 80");
        return figures(n, m, p.get("epidermis.site.exposed_area"), p.get("epidermis.site.exposed_share"));
    }

    static Map<String, Double> figures(List<RunResult> nambour, List<RunResult> merseyside, double areaCm2,
                                       double exposedShare) {
        double sites = areaCm2 / 100.0;
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("ak_count_nambour_adults",
                sites * TissueFigures.survivorMean(nambour, "actinic_keratoses", FROST_AGES[0], FROST_AGES[1]));
        double akYears = TissueFigures.survivorMean(nambour, "actinic_keratoses", PROGRESSION_AGES[0], PROGRESSION_AGES[1])
                * (PROGRESSION_AGES[1] - PROGRESSION_AGES[0]);
        out.put("scc_per_ak_year_at_70", rise(nambour, "scc_cumulative", PROGRESSION_AGES) / akYears);
        double scc = rise(nambour, "scc_cumulative", GREEN_AGES);
        double kc = rise(nambour, "carcinoma_cumulative", GREEN_AGES);
        out.put("bcc_to_scc_nambour_20_69", (kc - scc) / scc);
        double years = GREEN_AGES[1] - GREEN_AGES[0];
        out.put("scc_incidence_nambour_20_69", PER_100K * scc * sites / exposedShare / years);
        double akOld = sites * TissueFigures.survivorMean(merseyside, "actinic_keratoses", MEMON_AGES[0], MEMON_AGES[1]);
        out.put("ak_prevalence_merseyside_70_plus", -Math.expm1(-akOld));
        return out;
    }

    /** Mean over the runs of a cumulative column's rise between the two ages; NaN if a run ended before. */
    static double rise(List<RunResult> runs, String column, double[] ages) {
        double sum = 0;
        int n = 0;
        for (RunResult run : runs) {
            double a = TissueFigures.windowMean(run.series(), column, ages[0] - EDGE, ages[0] + EDGE);
            double b = TissueFigures.windowMean(run.series(), column, ages[1] - EDGE, ages[1] + EDGE);
            if (!Double.isNaN(a) && !Double.isNaN(b)) {
                sum += b - a;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
