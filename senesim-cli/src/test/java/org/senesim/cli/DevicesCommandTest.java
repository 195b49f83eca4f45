package org.senesim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevicesCommandTest {

    @Test
    void theCatalogIsListedWithWavelengthsSettingsAndEvidence() {
        CliTestSupport.Result r = CliTestSupport.run("devices");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("co2-fractional", "10,600 nm", "2,940 nm", "1,927 nm", "1,550 nm", "595 nm",
                "1,064 / 532 nm", "515-1,200 nm", "rf-microneedling", "micro-focused-ultrasound", "microneedling",
                "dasatinib-quercetin", "fisetin", "stem-cells", "fat-transfer", "exosomes", "photobiomodulation",
                "cryotherapy", "sunscreen", "smoking", "alcohol", "diet", "Chen R", "Alexiades-Armenakas",
                "energy 5-70 mJ (typical 20 mJ)");
    }

    @Test
    void oneEntryInFullWithItsRegistryNumbers() {
        CliTestSupport.Result r = CliTestSupport.run("devices", "pulsed-dye-595");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Pulsed dye laser 595 nm", "intervention.ak_clearance.pulsed_dye = 0",
                "no decrease in actinic keratoses", "fluence: 4-15 J/cm2, typical 7.5 J/cm2");
        CliTestSupport.Result co2 = CliTestSupport.run("devices", "co2-fractional");
        assertThat(co2.out()).contains("Wound geometry: columns, ablative", "Hantash");
    }

    @Test
    void kindsFormatsAndMistakes() throws Exception {
        CliTestSupport.Result drugs = CliTestSupport.run("devices", "--kind", "drug");
        assertThat(drugs.out()).contains("fisetin").doesNotContain("co2-fractional");
        CliTestSupport.Result json = CliTestSupport.run("devices", "--format", "json");
        JsonNode all = new ObjectMapper().readTree(json.out());
        assertThat(all.size()).isGreaterThanOrEqualTo(24);
        assertThat(CliTestSupport.run("devices", "--format", "csv").out()).startsWith("id,kind,name,");
        CliTestSupport.Result bad = CliTestSupport.run("devices", "co2-fractionl");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("did you mean 'co2-fractional'?");
        assertThat(CliTestSupport.run("devices", "--kind", "gadget").exitCode()).isEqualTo(2);
    }
}
