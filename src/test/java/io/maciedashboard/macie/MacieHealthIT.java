package io.maciedashboard.macie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.maciedashboard.emulator.MacieEmulator;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application in emulator mode: Macie's health (component macie) is in the
 * group {@code /actuator/health/dependencies}, with its details for operators, and stays
 * out of the overall status.
 */
@SpringBootTest(properties = "macie.emulator.port=0")
@AutoConfigureMockMvc
class MacieHealthIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MacieEmulator emulator;

	@AfterEach
	void enableMacie() {
		this.emulator.faults().macieEnabled(true);
	}

	@Test
	void upWithTheRegionWhenMacieAnswers() throws Exception {
		this.mvc.perform(get("/actuator/health/dependencies").with(operator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.macie.status").value("UP"))
			.andExpect(jsonPath("$.components.macie.details.places['us-east-1 / 111122223333'].status").value("UP"))
			.andExpect(jsonPath("$.components.macie.details.places['us-east-1 / 111122223333'].macieStatus")
				.value("ENABLED"));
	}

	@Test
	void downWithTheReasonWhenMacieIsNotEnabled() throws Exception {
		this.emulator.faults().macieEnabled(false);

		this.mvc.perform(get("/actuator/health/dependencies").with(operator()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("DOWN"))
			.andExpect(jsonPath("$.components.macie.status").value("DOWN"))
			.andExpect(jsonPath("$.components.macie.details.places['us-east-1 / 111122223333'].reason")
				.value("Macie is not enabled in us-east-1 / 111122223333."));
		this.mvc.perform(get("/actuator/health").with(operator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.macie").doesNotExist());
	}

	@Test
	void anonymousCallersSeeOnlyTheOverallStatus() throws Exception {
		this.emulator.faults().macieEnabled(false);

		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	private static RequestPostProcessor operator() {
		return oidcLogin().authorities(() -> "ROLE_VIEWER", () -> "ROLE_OPERATOR");
	}

}
