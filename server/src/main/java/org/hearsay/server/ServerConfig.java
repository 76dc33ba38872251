package org.hearsay.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the web app runs.
 *
 * @param host              the address to bind: loopback unless the user says otherwise
 * @param port              0 for any free port
 * @param maxAnalyzeBytes   the largest body {@code POST /api/analyze} takes; larger gets 413
 * @param analyzeTimeout    how long one analysis may take before the request gets 503
 */
public record ServerConfig(String host, int port, long maxAnalyzeBytes, Duration analyzeTimeout) {

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(analyzeTimeout, "analyze timeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port was " + port + ", must be 0 to 65535");
        }
        if (maxAnalyzeBytes < 1) {
            throw new IllegalArgumentException("maximum analyse size was " + maxAnalyzeBytes + ", must be at least 1 byte");
        }
        if (analyzeTimeout.isNegative() || analyzeTimeout.isZero()) {
            throw new IllegalArgumentException("analyse timeout was " + analyzeTimeout + ", must be positive");
        }
    }

    /** 127.0.0.1:7070, 256 KB a request, 30 s an analysis. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 7070, 256 * 1024, Duration.ofSeconds(30));
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(host, port, maxAnalyzeBytes, analyzeTimeout);
    }
}
