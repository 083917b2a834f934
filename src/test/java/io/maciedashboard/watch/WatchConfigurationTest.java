package io.maciedashboard.watch;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat takes connector properties by name and ignores a name it does not know: the
 * socket buffers each open event stream holds must really be the smaller ones.
 */
class WatchConfigurationTest {

	@Test
	void tomcatsSocketBuffersAreFourKilobytes() {
		Connector connector = new Connector("HTTP/1.1");

		new WatchConfiguration().smallerSocketBuffers().customize(connector);

		assertThat(connector.getProperty("socket.appReadBufSize")).isEqualTo("4096");
		assertThat(connector.getProperty("socket.appWriteBufSize")).isEqualTo("4096");
	}

}
