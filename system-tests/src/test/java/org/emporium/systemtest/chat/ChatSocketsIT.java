package org.emporium.systemtest.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.SystemUnderTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat's sockets from outside, as plain WebSocket clients: the agents' socket refuses anyone who has not
 * logged in as staff; the visitors' socket answers a widget's hello with a token and hands back what the
 * visitor says, and tells a page of an unknown site that the chat is not set up for it.
 */
@ExtendWith(ArquillianExtension.class)
class ChatSocketsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_agents_socket_refuses_a_caller_who_has_not_logged_in() {
        assertThatThrownBy(() -> http.newWebSocketBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .buildAsync(socket("admin/chat/agent"), new Collect())
                        .get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class);
    }

    @Test
    void a_widget_is_given_a_token_and_hears_what_its_visitor_said() throws Exception {
        Collect heard = new Collect();
        WebSocket widget = http.newWebSocketBuilder()
                .buildAsync(socket("chat/socket"), heard)
                .get(20, TimeUnit.SECONDS);

        widget.sendText(
                        "{\"type\":\"hello\",\"site\":\"emporium-shop\",\"url\":\"http://shop.test/\","
                                + "\"title\":\"Home\",\"lang\":\"en\",\"device\":\"phone\",\"department\":\"after-sales\"}",
                        true)
                .get(10, TimeUnit.SECONDS);
        String welcome = heard.next();
        assertThat(welcome).contains("\"type\":\"welcome\"").containsPattern("\"token\":\"[A-Za-z0-9_-]{43}\"");

        widget.sendText("{\"type\":\"say\",\"text\":\"<script>alert(1)</script> where is my parcel?\"}", true)
                .get(10, TimeUnit.SECONDS);
        String said = heard.nextOfType("message");
        assertThat(said)
                .contains("<script>alert(1)</script> where is my parcel?")
                .contains("\"author\":\"VISITOR\"");
        widget.sendText("{\"type\":\"end\"}", true).get(10, TimeUnit.SECONDS);
        assertThat(heard.nextOfType("conversation")).as("first the queue").contains("\"status\":\"WAITING\"");
        assertThat(heard.nextOfType("conversation", "\"status\":\"CLOSED\""))
                .as("then the end")
                .isNotNull();
        widget.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_page_of_an_unknown_site_is_told_the_chat_is_not_set_up_for_it() throws Exception {
        Collect heard = new Collect();
        WebSocket widget = http.newWebSocketBuilder()
                .buildAsync(socket("chat/socket"), heard)
                .get(20, TimeUnit.SECONDS);

        widget.sendText("{\"type\":\"hello\",\"site\":\"no-such-site\",\"lang\":\"en\"}", true)
                .get(10, TimeUnit.SECONDS);

        assertThat(heard.next()).contains("\"key\":\"chat.site.unknown\"").contains("not set up");
        widget.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
    }

    private static URI socket(String path) {
        return URI.create(SystemUnderTest.storefrontUrl().replaceFirst("^http", "ws") + path);
    }

    /** What a socket heard, one whole text message at a time. */
    static final class Collect implements WebSocket.Listener {

        private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        String next() throws InterruptedException {
            String message = messages.poll(20, TimeUnit.SECONDS);
            assertThat(message).as("a message within 20 s").isNotNull();
            return message;
        }

        String nextOfType(String type, String... containing) throws InterruptedException {
            while (true) {
                String message = next();
                if (message.contains("\"type\":\"" + type + "\"")
                        && java.util.Arrays.stream(containing).allMatch(message::contains)) {
                    return message;
                }
            }
        }
    }
}
