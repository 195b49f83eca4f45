package org.senesim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to the Spark entry point: one line and exit 2, before any Spark session starts. */
class SparkTrialMainTest {

    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        int code;
        try {
            code = SparkTrialMain.execute(args);
        } finally {
            System.setErr(err);
        }
        return new String[] {Integer.toString(code), buf.toString()};
    }

    @Test
    void missingTrialFileIsOneLineAndExitTwo() {
        String[] r = run(tmp.resolve("nope.yaml").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1].strip().lines()).hasSize(1);
        assertThat(r[1]).contains("nope.yaml: no such file");
    }

    @Test
    void badTrialFileNamesTheKeyAndExitsTwo() throws Exception {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "name: x\npopulation: {size: 10}\narms: [{name: a}]\n");
        String[] r = run(f.toString(), "--master", "local[1]");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1].strip().lines()).hasSize(1);
        assertThat(r[1]).contains("bad.yaml").contains("arms");
    }

    @Test
    void badOptionIsExitTwo() {
        assertThat(run("x.yaml", "--people", "0")[0]).isEqualTo("2");
        assertThat(run("x.yaml", "--block", "0")[0]).isEqualTo("2");
        assertThat(run("x.yaml", "--min-tier", "gossip")[1]).contains("unknown evidence tier");
    }
}
