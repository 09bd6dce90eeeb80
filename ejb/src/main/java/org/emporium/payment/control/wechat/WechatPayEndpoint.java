package org.emporium.payment.control.wechat;

import com.wechat.pay.java.core.http.Constant;
import com.wechat.pay.java.core.http.HostName;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Points the WeChat Pay SDK somewhere else than WeChat Pay's host: the SDK always addresses
 * {@code https://api.mch.weixin.qq.com}, and this interceptor of its HTTP client sends the call to the same path and
 * query under another base address (the simulator, or a configured one). The request's signature covers only the
 * path and query, so it holds at the new address.
 *
 * <p>It also gives the answer's {@code Wechatpay-*} and {@code Request-ID} headers the spelling the SDK looks them up
 * by: HTTP header names are case-insensitive, the SDK's lookup is not, and a server, a proxy or HTTP/2 may send them
 * in lower case.
 */
final class WechatPayEndpoint implements Interceptor {

    private static final List<String> SIGNATURE_HEADERS = List.of(
            Constant.WECHAT_PAY_TIMESTAMP,
            Constant.WECHAT_PAY_NONCE,
            Constant.WECHAT_PAY_SIGNATURE,
            Constant.WECHAT_PAY_SERIAL,
            Constant.REQUEST_ID);

    private final Supplier<Optional<String>> base;

    /** {@code base}: the address to use instead, asked on every call; empty keeps WeChat Pay's own host. */
    WechatPayEndpoint(Supplier<Optional<String>> base) {
        this.base = base;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Optional<String> to = base.get();
        if (to.isPresent() && HostName.API.getValue().equals(request.url().host())) {
            request = request.newBuilder().url(moved(request.url(), to.get())).build();
        }
        Response response = chain.proceed(request);
        return response.newBuilder().headers(spelled(response.headers())).build();
    }

    /** The same path and query under {@code base} (which may carry a path of its own, as the simulator's does). */
    static HttpUrl moved(HttpUrl url, String base) {
        String query = url.encodedQuery();
        String target = base.replaceAll("/+$", "") + url.encodedPath() + (query == null ? "" : "?" + query);
        HttpUrl moved = HttpUrl.parse(target);
        if (moved == null) {
            throw new IllegalStateException("Not an address for WeChat Pay's API: " + base);
        }
        return moved;
    }

    /** The headers with the SDK's spelling of the names it reads; the others as they came. */
    static Headers spelled(Headers headers) {
        Headers.Builder spelled = new Headers.Builder();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            spelled.add(
                    SIGNATURE_HEADERS.stream()
                            .filter(name::equalsIgnoreCase)
                            .findFirst()
                            .orElse(name),
                    headers.value(i));
        }
        return spelled.build();
    }
}
