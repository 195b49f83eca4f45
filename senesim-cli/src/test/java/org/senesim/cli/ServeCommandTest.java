package org.senesim.cli;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code senesim serve}'s bad input: one line, exit 2, no stack trace (the server itself: senesim-web's browser tests). */
class ServeCommandTest {

    @Test
    void aPortInUseIsBadInputNamingTheFix() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliTestSupport.Result r = CliTestSupport.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--port " + taken.getLocalPort()).contains("Fix: choose another --port")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void outOfRangeOptionsAreBadInput() {
        CliTestSupport.Result r = CliTestSupport.run("serve", "--port", "70000");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--port must be between 0 and 65535");
        r = CliTestSupport.run("serve", "--max-concurrent", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--max-concurrent 1 to 64");
    }
}
