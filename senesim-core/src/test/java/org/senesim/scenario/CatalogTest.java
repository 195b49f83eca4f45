package org.senesim.scenario;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void everyDeviceTheModelBriefAsksForIsThereWithItsWavelength() {
        assertThat(CATALOG.find("co2-fractional").wavelengthsNm()).containsExactly(10600);
        assertThat(CATALOG.find("co2-full-field").wavelengthsNm()).containsExactly(10600);
        assertThat(CATALOG.find("erbium-yag-fractional").wavelengthsNm()).containsExactly(2940);
        assertThat(CATALOG.find("erbium-yag-full-field").wavelengthsNm()).containsExactly(2940);
        assertThat(CATALOG.find("thulium-1927").wavelengthsNm()).containsExactly(1927);
        assertThat(CATALOG.find("erbium-glass-1550").wavelengthsNm()).containsExactly(1550);
        assertThat(CATALOG.find("pulsed-dye-595").wavelengthsNm()).containsExactly(595);
        assertThat(CATALOG.find("nd-yag-q-switched").wavelengthsNm()).containsExactly(1064, 532);
        assertThat(CATALOG.find("ipl").wavelengthText()).isEqualTo("515-1,200 nm");
        assertThat(CATALOG.ids(Kind.DEVICE)).contains("rf-microneedling", "micro-focused-ultrasound", "microneedling");
        assertThat(CATALOG.find("co2-fractional").geometry().kind()).isEqualTo(Geometry.Kind.COLUMNS);
        assertThat(CATALOG.find("co2-fractional").geometry().ablative()).isTrue();
        assertThat(CATALOG.find("thulium-1927").geometry().ablative()).isFalse();
        assertThat(CATALOG.find("co2-full-field").geometry().kind()).isEqualTo(Geometry.Kind.FULL_FIELD);
        assertThat(CATALOG.find("rf-microneedling").geometry().kind()).isEqualTo(Geometry.Kind.NEEDLES);
        assertThat(CATALOG.find("micro-focused-ultrasound").geometry().kind()).isEqualTo(Geometry.Kind.FOCAL_POINTS);
        assertThat(CATALOG.find("pulsed-dye-595").geometry().wounds()).isFalse();
    }

    @Test
    void drugsCellsTherapiesAndLifestyleAreThere() {
        assertThat(CATALOG.ids(Kind.DRUG)).contains("dasatinib-quercetin", "fisetin", "rapamycin");
        assertThat(CATALOG.find("dasatinib-quercetin").routes()).containsExactly("oral", "topical");
        assertThat(CATALOG.ids(Kind.CELLS)).contains("stem-cells", "fat-transfer", "exosomes");
        assertThat(CATALOG.find("stem-cells").routes()).containsExactly("intravenous", "local");
        assertThat(CATALOG.ids(Kind.THERAPY)).contains("photobiomodulation", "cryotherapy");
        assertThat(CATALOG.ids(Kind.LIFESTYLE)).contains("sunscreen", "smoking", "alcohol", "diet");
    }

    @Test
    void everyEntryHasEvidenceAndEverySettingATypicalValueWithASource() {
        for (CatalogEntry e : CATALOG.entries()) {
            assertThat(e.evidence()).as(e.id()).isNotEmpty();
            for (SettingSpec s : e.settings().values()) {
                assertThat(s.source()).as(e.id() + "." + s.name()).isNotBlank();
                if (!s.isWord() && !s.isChoice()) {
                    assertThat(s.typical()).as(e.id() + "." + s.name()).isBetween(s.min(), s.max());
                }
            }
            if (e.kind() == Kind.DEVICE) {
                assertThat(e.response()).as(e.id()).isIn(Catalog.RESPONSES);
                assertThat(e.minIntervalDays()).as(e.id()).isPositive();
            }
        }
    }

    @Test
    void theAkFiguresNameTheTrialSettingsTheyWereMeasuredAt() {
        assertThat(CATALOG.find("pulsed-dye-595").akClearance()).isEqualTo("intervention.ak_clearance.pulsed_dye");
        assertThat(ParameterRegistry.builtIn().get("intervention.ak_clearance.pulsed_dye").defaultValue()).isZero();
        for (String id : List.of("co2-fractional", "thulium-1927", "erbium-glass-1550")) {
            assertThat(CATALOG.find(id).akReference()).as(id).containsKey("coverage");
        }
    }

    @Test
    void aBrokenCatalogFailsWithItsLine() {
        String yaml = """
                - id: x
                  kind: device
                  name: X
                  summary: s
                  modality: m
                  response: ablative
                  geometry: {kind: none}
                  settings:
                    energy: {unit: mJ, range: [5, 10], typical: 20, source: s}
                  evidence: [{cite: c, tier: rct, finding: f}]
                """;
        assertThatThrownBy(() -> Catalog.parse("c.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                ParameterRegistry.builtIn()))
                .hasMessageContaining("c.yaml:1:").hasMessageContaining("typical 20.0 lies outside");
        String badId = yaml.replace("typical: 20", "typical: 7").replace("response: ablative", "ak_clearance: no.such.id\n  ak_reference: {energy: 7}\n  response: ablative");
        assertThatThrownBy(() -> Catalog.parse("c.yaml", new ByteArrayInputStream(badId.getBytes(StandardCharsets.UTF_8)),
                ParameterRegistry.builtIn()))
                .hasMessageContaining("registry id 'no.such.id' does not exist");
    }
}
