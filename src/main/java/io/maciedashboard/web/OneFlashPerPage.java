package io.maciedashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash messages ({@code RedirectAttributes.addFlashAttribute}, shown by the layout)
 * target the page their redirect leads to: {@code redirect:/jobs/{id}} is read by the
 * next request for {@code /jobs/{id}} only. Spring keeps every unread one, so two actions
 * leading to the same page (a double click, two tabs, a retried create answered with the
 * same job) would leave one behind for a later visit. Here the newest message for a page
 * replaces those not yet shown: each action's message appears once, on the page that
 * follows it.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
public class OneFlashPerPage extends SessionFlashMapManager {

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		List<FlashMap> newest = new ArrayList<>();
		for (int i = flashMaps.size() - 1; i >= 0; i--) {
			FlashMap flash = flashMaps.get(i);
			if (newest.stream().noneMatch((kept) -> sameTarget(kept, flash))) {
				newest.add(0, flash);
			}
		}
		super.updateFlashMaps(newest, request, response);
	}

	private static boolean sameTarget(FlashMap one, FlashMap other) {
		return Objects.equals(one.getTargetRequestPath(), other.getTargetRequestPath())
				&& one.getTargetRequestParams().equals(other.getTargetRequestParams());
	}

}
