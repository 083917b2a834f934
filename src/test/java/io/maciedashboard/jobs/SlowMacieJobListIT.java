package io.maciedashboard.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.maciedashboard.emulator.MacieEmulator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One slow Macie does not slow everyone: with every Macie call taking 1 s, three people
 * opening three job lists at once each get their page after about the list call plus the
 * details deadline (2 s), with the rows whose details came too late marked as loading,
 * and their refresh fills them in. Before, every list shared one pool of describe threads
 * and people waited 11 to 16 s for complete pages. With one request at work at a time
 * ({@code dashboard.admission.requests-at-work}), so that these would queue if a request
 * kept its turn while it waited for Macie (and would wait a minute for it).
 */
@SpringBootTest(properties = { "dashboard.admission.requests-at-work=1", "dashboard.admission.max-wait=60s" })
@AutoConfigureMockMvc
class SlowMacieJobListIT {

	/**
	 * Generous: the list call (1 s) and the deadline (2 s) on a busy machine; waiting for
	 * every row took 11 s and more.
	 */
	private static final Duration PATIENCE = Duration.ofSeconds(9);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MacieEmulator emulator;

	@AfterEach
	void quickMacie() {
		this.emulator.faults().clear();
	}

	@Test
	void threeListsAtOnceEachReturnByTheDeadlineWithLateRowsMarkedAndFilledInLater() throws Exception {
		this.emulator.faults().latency(Duration.ofSeconds(1));
		List<String> lists = List.of("/jobs", "/jobs?sort=name", "/jobs?sort=status");

		List<Render> first = openAtOnce(lists);

		for (Render render : first) {
			assertThat(render.rows()).as(render.list()).isEqualTo(25);
			assertThat(render.lateRows()).as(render.list() + ": rows still loading").isPositive();
			assertThat(render.took()).as(render.list()).isLessThan(PATIENCE);
		}
		// the late calls finish in the background meanwhile
		Thread.sleep(5_000);
		List<Render> next = openAtOnce(lists);
		for (int i = 0; i < lists.size(); i++) {
			assertThat(next.get(i).lateRows()).as(lists.get(i) + ": rows still loading on the refresh")
				.isLessThan(first.get(i).lateRows());
			assertThat(next.get(i).took()).as(lists.get(i)).isLessThan(PATIENCE);
		}
	}

	@Test
	void aPageThatNeedsNoMacieIsNotHeldUpByAListWaitingForMacie() throws Exception {
		this.emulator.faults().latency(Duration.ofSeconds(3));
		CompletableFuture<Render> waitingForMacie = CompletableFuture
			.supplyAsync(() -> render("/jobs?name=held-up-by-nobody"));
		Thread.sleep(500);

		int notifications = this.mvc
			.perform(get("/alerts/notifications").with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(notifications).isEqualTo(200);
		assertThat(waitingForMacie).as("the list, still waiting for Macie").isNotDone();
		// a quick Macie again for the rest of its calls (the scan of the triage strip)
		this.emulator.faults().clear();
		assertThat(waitingForMacie.join().list()).isEqualTo("/jobs?name=held-up-by-nobody");
	}

	private List<Render> openAtOnce(List<String> lists) {
		return lists.stream()
			.map((list) -> CompletableFuture.supplyAsync(() -> render(list)))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();
	}

	private Render render(String list) {
		try {
			long start = System.nanoTime();
			MvcResult result = this.mvc.perform(get(list).with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
				.andReturn();
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			return new Render(list, took, page.select("tr[data-job-id]").size(),
					page.select("tr[data-details-late]").size());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Render(String list, Duration took, int rows, int lateRows) {
	}

}
