import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live chat under load, end to end through the running server: VISITORS visitor sockets say hello on the
 * storefront's /chat/socket, AGENTS agents log into the back office and open their console sockets, ACTIVE of the
 * visitors start conversations (routed over Artemis to the agents, ten each), and for DURATION seconds each of
 * those sends one message a second (the widget's own limit) stamped with the time it was sent. The agents'
 * sockets take the time each message arrives: the latency is visitor socket → server → chat.events → agent
 * socket. Prints sockets connected, messages/s delivered and latency percentiles.
 *
 * <p>Run by bench/chat-sockets: java bench/chat/ChatSocketsBench.java BASE_URL VISITORS AGENTS ACTIVE DURATION
 */
public class ChatSocketsBench {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern FORM_ACTION = Pattern.compile("<form id=\"login-form\"[^>]*action=\"([^\"]+)\"");
    /** The back office's session cookie (web.xml's cookie-config). */
    static final String SESSION_COOKIE = "EMPORIUM_ADMIN_SESSION";

    static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    static final Pattern STAMP = Pattern.compile("\"text\":\"t:(\\d+):");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int visitors = Integer.parseInt(args[1]);
        int agents = Integer.parseInt(args[2]);
        int active = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String ws = base.replaceFirst("^http", "ws");
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong received = new AtomicLong();

        // Agents: log in through the back office's form, open the console socket, go online.
        System.out.printf("logging in %d agents%n", agents);
        List<WebSocket> agentSockets = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            String session = login(base, "bench-agent-" + i, "emporium");
            WebSocket socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Cookie", SESSION_COOKIE + "=" + session)
                    .buildAsync(URI.create(ws + "/admin/chat/agent?lang=en"), new Listener(text -> {
                        Matcher m = STAMP.matcher(text);
                        if (text.contains("\"type\":\"message\"") && m.find()) {
                            latencies.add(System.nanoTime() - Long.parseLong(m.group(1)));
                            received.incrementAndGet();
                        }
                    }))
                    .get(30, TimeUnit.SECONDS);
            socket.sendText("{\"type\":\"status\",\"status\":\"ONLINE\"}", true);
            agentSockets.add(socket);
        }

        // Visitors: one client per 250 sockets; each says hello as the widget does.
        System.out.printf("connecting %d visitors%n", visitors);
        long connectStart = System.nanoTime();
        List<Visitor> all = new ArrayList<>();
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            if (i % 250 == 0) {
                clients.add(HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build());
            }
            Visitor v = new Visitor();
            v.socket = clients.get(clients.size() - 1)
                    .newWebSocketBuilder()
                    .buildAsync(URI.create(ws + "/chat/socket"), new Listener(text -> {
                        Matcher m = TOKEN.matcher(text);
                        if (text.contains("\"type\":\"welcome\"") && m.find()) {
                            v.token = m.group(1);
                            v.welcomed.countDown();
                        }
                        if (text.contains("\"status\":\"ACTIVE\"")) {
                            v.active = true;
                        }
                    }))
                    .get(60, TimeUnit.SECONDS);
            v.socket.sendText(
                    "{\"type\":\"hello\",\"site\":\"emporium-shop\",\"token\":\"\",\"url\":\"" + base
                            + "/product.xhtml?slug=bench-" + i + "\",\"title\":\"Bench\",\"referrer\":\"\","
                            + "\"lang\":\"en\",\"device\":\"desktop\",\"department\":\"pre-sales\"}",
                    true);
            all.add(v);
        }
        int welcomed = 0;
        for (Visitor v : all) {
            if (v.welcomed.await(60, TimeUnit.SECONDS)) {
                welcomed++;
            }
        }
        double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
        System.out.printf("%d of %d visitors welcomed in %.1f s%n", welcomed, visitors, connectSeconds);

        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        timers.scheduleAtFixedRate(
                () -> all.forEach(v -> v.socket.sendText("{\"type\":\"ping\"}", true)), 25, 25, TimeUnit.SECONDS);

        // Conversations: the first ACTIVE visitors start one each, and wait to be assigned.
        List<Visitor> chatting = all.subList(0, Math.min(active, all.size()));
        chatting.forEach(v -> v.socket.sendText(
                "{\"type\":\"say\",\"text\":\"hello\",\"department\":\"pre-sales\"}", true));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until && chatting.stream().filter(v -> v.active).count() < chatting.size()) {
            Thread.sleep(500);
        }
        long assigned = chatting.stream().filter(v -> v.active).count();
        System.out.printf("%d of %d conversations assigned to agents%n", assigned, chatting.size());

        // The measurement: one message a second from each chatting visitor, spread over the second.
        latencies.clear();
        received.set(0);
        AtomicInteger sent = new AtomicInteger();
        List<Visitor> senders = chatting.stream().filter(v -> v.active).toList();
        for (int i = 0; i < senders.size(); i++) {
            Visitor v = senders.get(i);
            long offset = 1000L * i / Math.max(1, senders.size());
            timers.scheduleAtFixedRate(
                    () -> {
                        v.socket.sendText(
                                "{\"type\":\"say\",\"text\":\"t:" + System.nanoTime() + ":" + sent.incrementAndGet()
                                        + "\",\"department\":\"pre-sales\"}",
                                true);
                    },
                    offset,
                    1000,
                    TimeUnit.MILLISECONDS);
        }
        long measureStart = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        timers.shutdownNow();
        Thread.sleep(2000);
        double measured = (System.nanoTime() - measureStart) / 1e9 - 2;

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        String report = String.format(
                "visitor sockets connected: %d of %d (in %.1f s)%n"
                        + "agents: %d; conversations assigned: %d%n"
                        + "messages sent: %d, delivered to agents: %d (%.0f/s over %.0f s)%n"
                        + "latency visitor socket -> agent socket: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                welcomed,
                visitors,
                connectSeconds,
                agents,
                assigned,
                sent.get(),
                sorted.length,
                sorted.length / measured,
                measured,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.print(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/emporium-chat-bench.txt"), report);
        System.exit(0);
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** Logs a staff member into the back office through its login form; returns the session id. */
    static String login(String base, String user, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        Matcher state = null;
        Matcher action = null;
        String page = "";
        // The back office's first page after a start may take a while to compile: ask a few times.
        for (int attempt = 0; attempt < 10; attempt++) {
            page = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/admin/login.xhtml")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            state = VIEW_STATE.matcher(page);
            action = FORM_ACTION.matcher(page);
            if (state.find() && action.find()) {
                break;
            }
            state = null;
            Thread.sleep(2000);
        }
        if (state == null) {
            throw new IllegalStateException("no login form at " + base + "/admin/login.xhtml: "
                    + page.substring(0, Math.min(300, page.length())));
        }
        String form = String.join(
                "&",
                Arrays.asList(
                        "login-form=login-form",
                        "username=" + enc(user),
                        "password=" + enc(password),
                        "login=" + enc("login"),
                        "jakarta.faces.ViewState=" + enc(state.group(1).replace("&#58;", ":"))));
        String target = base.replaceFirst("(https?://[^/]+).*", "$1") + action.group(1).replace("&amp;", "&");
        http.send(
                HttpRequest.newBuilder(URI.create(target))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(SESSION_COOKIE))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException(user + " got no session"))
                .getValue();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static final class Visitor {
        volatile WebSocket socket;
        volatile String token;
        volatile boolean active;
        final CountDownLatch welcomed = new CountDownLatch(1);
    }

    /** Hands each whole text message to a handler. */
    static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> handler;
        private final StringBuilder partial = new StringBuilder();

        Listener(java.util.function.Consumer<String> handler) {
            this.handler = handler;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                handler.accept(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
