package org.senesim.web;

import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.report.Numbers;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Evidence;
import org.senesim.scenario.SettingSpec;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import static org.senesim.web.Page.esc;

/**
 * The catalog (every device, drug, cell therapy and lifestyle step with its settings and evidence)
 * and the evidence (every registry parameter with unit, range, source and tier). Both are whole
 * tables rendered on the server and narrowed by {@code ?q=} and {@code ?tier=}; the page's search
 * box and tier filter narrow them further as you type (filter.js).
 */
final class EvidencePages {

    private EvidencePages() {
    }

    /** The tier of a query, or null for every tier (an unknown tier is a 400 for the caller). */
    static EvidenceTier tier(String text) {
        return text == null || text.isBlank() ? null : EvidenceTier.parse(text.strip());
    }

    static String catalog(String q, EvidenceTier tier) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        StringBuilder rows = new StringBuilder();
        int shown = 0;
        int all = 0;
        for (CatalogEntry e : Catalog.builtIn().entries()) {
            all++;
            Set<String> tiers = new LinkedHashSet<>();
            StringBuilder ev = new StringBuilder();
            for (Evidence x : e.evidence()) {
                tiers.add(x.tier().id());
                ev.append("<li><span class=\"tier\">").append(esc(x.tier().id())).append("</span> ")
                        .append(esc(x.cite())).append(": ").append(esc(x.finding())).append("</li>");
            }
            StringBuilder settings = new StringBuilder();
            for (SettingSpec s : e.settings().values()) {
                settings.append("<li><b>").append(esc(s.name())).append("</b> ").append(esc(s.allowed()))
                        .append(" (typical ").append(esc(s.typicalText())).append(")")
                        .append(s.source() == null || s.source().isBlank() ? "" : " — " + esc(s.source())).append("</li>");
            }
            String text = (e.id() + " " + e.name() + " " + e.kind().key() + " " + e.summary() + " " + e.modality()).toLowerCase(Locale.ROOT);
            boolean hide = !needle.isEmpty() && !text.contains(needle) || tier != null && !tiers.contains(tier.id());
            shown += hide ? 0 : 1;
            rows.append(hide ? "<tr hidden data-tiers=\"" : "<tr data-tiers=\"").append(esc(String.join(" ", tiers))).append("\" data-text=\"").append(esc(text))
                    .append("\"><td><code>").append(esc(e.id())).append("</code><br><span class=\"kind\">").append(esc(e.kind().key()))
                    .append("</span></td><td><b>").append(esc(e.name())).append("</b><br>").append(esc(e.summary()))
                    .append("<br><i>").append(esc(e.modality())).append(e.wavelengthsNm().isEmpty() ? "" : "; " + esc(e.wavelengthText()))
                    .append("</i></td><td><ul>").append(settings).append("</ul></td><td><ul>").append(ev).append("</ul></td></tr>");
        }
        String body = filters(q, tier, shown, all, "entries")
                + "<table class=\"list\" id=\"table\"><thead><tr><th>id, kind</th><th>what</th><th>settings (unit, range, source)</th>"
                + "<th>evidence (tier, source, finding)</th></tr></thead><tbody>" + rows + "</tbody></table>";
        return Page.of("Intervention catalog", "/catalog", body, "/assets/filter.js");
    }

    static String evidence(String q, EvidenceTier tier) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        StringBuilder rows = new StringBuilder();
        int shown = 0;
        int all = 0;
        for (Parameter p : ParameterRegistry.builtIn().all()) {
            all++;
            String text = (p.id() + " " + p.meaning() + " " + p.source()).toLowerCase(Locale.ROOT);
            boolean hide = !needle.isEmpty() && !text.contains(needle) || tier != null && p.tier() != tier;
            shown += hide ? 0 : 1;
            rows.append(hide ? "<tr hidden data-tiers=\"" : "<tr data-tiers=\"").append(esc(p.tier().id())).append("\" data-text=\"").append(esc(text))
                    .append("\"><td><code>").append(esc(p.id())).append("</code><br>").append(esc(p.meaning()))
                    .append("</td><td class=\"num\">").append(esc(Numbers.readable(p.defaultValue(), 4))).append("</td><td>")
                    .append(esc(p.unit())).append("</td><td class=\"num\">[").append(esc(Numbers.readable(p.min(), 4))).append(", ")
                    .append(esc(Numbers.readable(p.max(), 4))).append("]</td><td><span class=\"tier\">").append(esc(p.tier().id()))
                    .append("</span></td><td>").append(esc(p.source()))
                    .append(p.doi() == null || p.doi().isBlank() ? "" : " <span class=\"doi\">doi:" + esc(p.doi()) + "</span>")
                    .append("</td></tr>");
        }
        String body = filters(q, tier, shown, all, "parameters")
                + "<table class=\"list\" id=\"table\"><thead><tr><th>parameter</th><th>default</th><th>unit</th>"
                + "<th>plausible range</th><th>tier</th><th>source</th></tr></thead><tbody>" + rows + "</tbody></table>";
        return Page.of("Evidence: the parameter registry", "/evidence", body, "/assets/filter.js");
    }

    private static String filters(String q, EvidenceTier tier, int shown, int all, String noun) {
        StringBuilder b = new StringBuilder("<form class=\"filters\" method=\"get\"><label>Search <input type=\"search\" id=\"q\" name=\"q\" value=\"")
                .append(esc(q == null ? "" : q)).append("\"></label> <label>Tier <select id=\"tier\" name=\"tier\"><option value=\"\">every tier</option>");
        for (EvidenceTier t : EvidenceTier.values()) {
            b.append("<option value=\"").append(t.id()).append('"').append(t == tier ? " selected" : "").append('>')
                    .append(t.id()).append(" — ").append(esc(t.meaning())).append("</option>");
        }
        return b.append("</select></label> <noscript><button>Filter</button></noscript> <span id=\"count\">").append(shown)
                .append(" of ").append(all).append(' ').append(noun).append("</span></form>").toString();
    }
}
