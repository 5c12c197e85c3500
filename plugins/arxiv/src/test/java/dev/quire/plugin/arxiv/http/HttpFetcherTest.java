package dev.quire.plugin.arxiv.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    @Test
    void knowsAnUnresolvedHostFromOtherNetworkErrors() {
        // What java.net.http throws when the name does not resolve, and what other clients throw.
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new ConnectException("unresolved").initCause(new UnresolvedAddressException()));
        assertThat(HttpFetcher.isUnresolvedHost(unresolved)).isTrue();
        assertThat(HttpFetcher.isUnresolvedHost(new IOException(new UnknownHostException("export.arxiv.org")))).isTrue();

        assertThat(HttpFetcher.isUnresolvedHost(new ConnectException("Connection refused"))).isFalse();
        assertThat(HttpFetcher.isUnresolvedHost(new HttpTimeoutException("request timed out"))).isFalse();
        assertThat(HttpFetcher.isUnresolvedHost(new IOException("connection reset"))).isFalse();
    }
}
