package io.maciedashboard.watch;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat takes connector properties by name and ignores a name it does not know: the
 * connection buffers each open event stream holds must really be the smaller ones, and so
 * must the response buffer its protocol asks for.
 */
class WatchConfigurationTest {

	@Test
	void tomcatsSocketBuffersAreFourKilobytesAndItsTrailerBufferOne() {
		Connector connector = new Connector("HTTP/1.1");

		new WatchConfiguration().smallerConnectionBuffers().customize(connector);

		assertThat(connector.getProperty("socket.appReadBufSize")).isEqualTo("4096");
		assertThat(connector.getProperty("socket.appWriteBufSize")).isEqualTo("4096");
		assertThat(connector.getProperty("maxTrailerSize")).isEqualTo(1024);
	}

	@Test
	void responsesOfTheConnectorTomcatIsGivenHaveTwoKilobyteBuffers() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

		new WatchConfiguration().smallResponseBuffers().customize(factory);

		Connector connector = new Connector(factory.getProtocol());
		assertThat(connector.createResponse(new org.apache.coyote.Response()).getBufferSize()).isEqualTo(2048);
	}

}
