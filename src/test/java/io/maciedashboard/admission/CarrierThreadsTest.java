package io.maciedashboard.admission;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierThreadsTest {

	private String before;

	@BeforeEach
	void forget() {
		this.before = System.clearProperty(CarrierThreads.PARALLELISM);
	}

	@AfterEach
	void restore() {
		if (this.before == null) {
			System.clearProperty(CarrierThreads.PARALLELISM);
		}
		else {
			System.setProperty(CarrierThreads.PARALLELISM, this.before);
		}
	}

	@Test
	void twoCarriersPerProcessorAsTheAdmissionHasTurns() {
		CarrierThreads.twoPerProcessorUnlessSet();

		assertThat(System.getProperty(CarrierThreads.PARALLELISM))
			.isEqualTo(Integer.toString(2 * Runtime.getRuntime().availableProcessors()))
			.isEqualTo(Integer.toString(new AdmissionProperties(0, Duration.ofSeconds(5)).limit()));
	}

	@Test
	void aNumberSetOnTheCommandLineIsKept() {
		System.setProperty(CarrierThreads.PARALLELISM, "3");

		CarrierThreads.twoPerProcessorUnlessSet();

		assertThat(System.getProperty(CarrierThreads.PARALLELISM)).isEqualTo("3");
	}

}
