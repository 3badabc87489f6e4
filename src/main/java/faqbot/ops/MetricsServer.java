package faqbot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves /metrics (Prometheus text) and /healthz (200 while polling works, 503 otherwise) on the
 * operator's port, with the JDK's own HTTP server so no web framework comes along for two pages.
 */
public final class MetricsServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService thread;

    private MetricsServer(HttpServer server, ExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    /**
     * Starts serving.
     *
     * @param host   e.g. "127.0.0.1"
     * @param port   e.g. 9464
     * @param window /healthz is 200 while the last good poll is at most this old
     * @throws IOException when the port cannot be bound (in use, not allowed)
     */
    public static MetricsServer start(String host, int port, Meters meters, Duration window) throws IOException {
        Objects.requireNonNull(meters, "meters");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext("/metrics", ex -> {
            if (only(ex, "/metrics")) {
                respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", meters.scrape());
            }
        });
        server.createContext("/healthz", ex -> {
            if (only(ex, "/healthz")) {
                boolean ok = meters.healthy(window);
                respond(ex, ok ? 200 : 503, "text/plain; charset=utf-8",
                        ok ? "ok\n" : "no successful poll of the Bot API server in the last " + window.toSeconds() + " s\n");
            }
        });
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "faqbot-metrics");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(thread);
        server.start();
        return new MetricsServer(server, thread);
    }

    /** The bound port, e.g. for a configured port of 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static boolean only(HttpExchange ex, String path) throws IOException {
        if (!ex.getRequestURI().getPath().equals(path)) {
            respond(ex, 404, "text/plain; charset=utf-8", "not found\n");
            return false;
        }
        return true;
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        try (ex) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            boolean head = ex.getRequestMethod().equalsIgnoreCase("HEAD");
            ex.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }
}
